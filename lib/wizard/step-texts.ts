import type { WizardTexts } from '../../content';
import { nextStates } from './flow';
import { startSnapshot, stateIdOf } from './replay';

/**
 * The words one wizard page carries. A page with every step's words in it is mostly words
 * it never shows (about 90 KB of a step's 118 KB), and a built page is served at a speed
 * set by its size. So a page holds only what its first move can need without the network:
 * its own step, the question before it (Back), the first question (Start over), every step
 * one answer away, whatever the guards decide, and on a result every question answered (its
 * transcript quotes them). Titles come for every question (a link's notices name any of
 * them) and for the results the carried ones link to. The rest
 * arrives as one cached file after the page has started (`wizardTextsAsset` on the server);
 * until it has, a move to a step without its words is an ordinary page load.
 */
export function stepsNear(stateId: string, asked: readonly string[]): Set<string> {
  const next = nextStates(stateId);
  const before = next.length === 0 ? asked : asked.slice(-1);
  return new Set([stateId, stateIdOf(startSnapshot()), ...before, ...next]);
}

/** Whether a page can show this step from the words it holds. */
export function hasStepTexts(texts: WizardTexts, stateId: string): boolean {
  return Object.hasOwn(texts.questions, stateId) || Object.hasOwn(texts.outcomes, stateId);
}

/** Every source id cited anywhere in a piece of content (in a `sources` list at any depth). */
function citedSources(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) citedSources(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(inner)) {
        for (const id of inner) if (typeof id === 'string') found.add(id);
      } else citedSources(inner, found);
    }
  }
  return found;
}

function pick<T>(record: Record<string, T>, keep: (key: string) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => keep(key)));
}

/** The words for the page at `stateId`, reached by answering `asked` (see `stepsNear`). */
export function textsForStep(
  all: WizardTexts,
  stateId: string,
  asked: readonly string[],
): WizardTexts {
  const near = stepsNear(stateId, asked);
  const questions = pick(all.questions, (id) => near.has(id));
  const outcomes = pick(all.outcomes, (id) => near.has(id));
  const cited = citedSources([questions, outcomes], new Set());
  const linked = new Set([...near, ...Object.values(outcomes).flatMap((o) => o.related)]);
  return {
    ...all,
    questions,
    outcomes,
    sources: pick(all.sources, (id) => cited.has(id)),
    titles: pick(all.titles, (id) => Object.hasOwn(all.questions, id) || linked.has(id)),
  };
}

/** A loaded file is taken as the whole set of words only if it has every part. */
export function isWizardTexts(value: unknown): value is WizardTexts {
  if (!value || typeof value !== 'object') return false;
  const parts = ['ui', 'serviceNames', 'questions', 'outcomes', 'sources', 'titles'];
  return parts.every((part) => {
    const inner = (value as Record<string, unknown>)[part];
    return inner !== null && typeof inner === 'object' && !Array.isArray(inner);
  });
}
