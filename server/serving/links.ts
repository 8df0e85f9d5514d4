import 'server-only';
import { CONTENT_VERSION } from '../../content';
import type { Answer } from '../../machines/diagnosis-machine';
import { EMBED_PATH, embedStartTarget } from '../../lib/embed/link';
import { hasLook, lookAttributes, lookStylesheetHref } from '../../lib/embed/look';
import { EMBED_OPTION_NAMES, parseEmbedOptions } from '../../lib/embed/protocol';
import { countedAnswer, TYPED_ANSWER } from '../../lib/insights/steps';
import { queryRecord } from '../../lib/query-value';
import type { LookAddition } from '../../lib/serving/built-documents';
import { isUnusableWizardLink } from '../../lib/serving/request-guard';
import { stepPathOfReplay } from '../../lib/serving/static-steps';
import { parseSearch, withoutParams } from '../../lib/wizard/answers-url';
import { replayLink } from '../../lib/wizard/replay';
import { hashesOf } from './build';

/** The pages whose address is a wizard link: `/check?…` and `/embed?…`. */
export const WIZARD_PATHS: readonly string[] = ['/check', EMBED_PATH];

/** What one wizard link means, worked out once: every part of serving it reads this. */
export type ResolvedLink = {
  /** Where it is served from: a prerendered step (with a help desk's look), another address, or, null, the page rendered per request. */
  serve:
    | { kind: 'static'; target: string; look?: LookAddition }
    | { kind: 'redirect'; to: string }
    | null;
  /** Answers were given and not one of them can be used (only /check says so with a 404). */
  unusable: boolean;
  /** The step the page shows and the answers that led to it, for the page-load counter. */
  shown: { stateId: string; answers: Answer[] };
};

/**
 * The embed's options, when the link has any: a first visit that names a starting point is
 * sent to the address with those answers added (the wizard reads its answers from the
 * address); a link whose options need a warning is rendered per request, which shows it.
 */
function embedOptionsOf(query: URLSearchParams) {
  if (!EMBED_OPTION_NAMES.some((name) => query.has(name))) return null;
  const raw = queryRecord(query);
  const { options, warnings } = parseEmbedOptions(raw);
  return {
    options,
    warned: warnings.length > 0,
    start: embedStartTarget(raw, options, CONTENT_VERSION),
  };
}

function resolve(page: string, query: URLSearchParams): ResolvedLink {
  const embed = page === EMBED_PATH ? embedOptionsOf(query) : null;
  const search = embed ? withoutParams(query.toString(), EMBED_OPTION_NAMES) : query.toString();
  const link = parseSearch(search);
  const replay = replayLink(link, CONTENT_VERSION);
  const shown = { stateId: replay.stateId, answers: replay.answers };
  const unusable = isUnusableWizardLink(link, replay);
  if (embed?.start) return { serve: { kind: 'redirect', to: embed.start }, unusable, shown };
  const target = embed?.warned ? null : stepPathOfReplay(page, replay, CONTENT_VERSION);
  if (!target || !hashesOf(target)) return { serve: null, unusable, shown };
  // A look is added to the built page's bytes (lib/embed/look.ts), so the step stays prerendered.
  const look =
    embed && hasLook(embed.options)
      ? {
          mainAttributes: lookAttributes(embed.options),
          stylesheet: lookStylesheetHref(embed.options),
        }
      : undefined;
  return { serve: { kind: 'static', target, ...(look && { look }) }, unusable, shown };
}

/**
 * A link means the same on every request, so it is worked out once per distinct link: the
 * links in use are few, and a help desk's frame link would otherwise have its options
 * validated and its answers replayed on every load. Bounded, oldest out; a long link, or one
 * with a typed answer (typed text is never kept), is worked out each time.
 */
const MAX_REMEMBERED_LINKS = 5_000;
const MAX_LINK_LENGTH = 600;
const remembered = new Map<string, ResolvedLink>();

export function resolveLink(page: string, query: URLSearchParams): ResolvedLink {
  const key = `${page}?${query.toString()}`;
  const known = remembered.get(key);
  if (known) return known;
  const found = resolve(page, query);
  const typed = found.shown.answers.some(
    (a) => countedAnswer(a.question, a.value) === TYPED_ANSWER,
  );
  if (!typed && key.length <= MAX_LINK_LENGTH) {
    if (remembered.size >= MAX_REMEMBERED_LINKS)
      remembered.delete(remembered.keys().next().value ?? '');
    remembered.set(key, found);
  }
  return found;
}
