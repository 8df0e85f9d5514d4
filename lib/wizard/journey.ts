import { MIN_IOS_APP_VERSION, type Answer } from '../../machines/diagnosis-machine';
import { EDGES, type Edge } from './flow';
import { answer, startSnapshot, stateIdOf } from './replay';
import { compareVersions, parseVersion } from '../../machines/version';

/** One answered question, with the machine's transitions that decided where it led. */
export type ExplainedStep = {
  question: string;
  value: string;
  /** Whether the answer was a typed version rather than a listed answer. */
  typed: boolean;
  next: string;
  /** The rule (guard name) of the transition taken. */
  rule: string;
  /** Rules of earlier transitions for the same answer that did not apply, in order. */
  notApplied: string[];
};

/** The rule that decides an edge: an answer that also asks `isRestoring` is decided by it. */
function ruleOf(edge: Edge): string {
  return edge.checks.at(-1) ?? 'isAnswer';
}

/**
 * Why an earlier transition for a typed version did not apply: a version-and-situation rule
 * fails on the version when the version is too old, and on the situation otherwise.
 */
function passedOver(edge: Edge, typedValue: string | null): string {
  if (typedValue !== null && edge.checks.length > 1 && edge.checks[0] === 'isAppVersionAtLeast') {
    const version = parseVersion(typedValue);
    const min = parseVersion(MIN_IOS_APP_VERSION);
    const oldEnough = version !== null && min !== null && compareVersions(version, min) >= 0;
    return oldEnough ? ruleOf(edge) : 'isAppVersionAtLeast';
  }
  return ruleOf(edge);
}

function candidates(question: string, value: string, typed: boolean): Edge[] {
  return EDGES.filter((e) =>
    e.from !== question
      ? false
      : typed
        ? e.event === 'answer.version'
        : e.event === 'answer.select' && e.value === value,
  );
}

/**
 * Each answer of a journey with the rule that chose its next step, read off the machine:
 * the answer is replayed, and the transition whose target the machine went to is the one
 * taken. Stops at the first answer the machine refuses.
 */
export function explainJourney(answers: readonly Answer[]): ExplainedStep[] {
  const steps: ExplainedStep[] = [];
  let snapshot = startSnapshot();
  for (const given of answers) {
    if (stateIdOf(snapshot) !== given.question) break;
    const typed = !snapshot.can({ type: 'answer.select', value: given.value });
    const nextSnapshot = answer(snapshot, given.value);
    if (!nextSnapshot) break;
    const next = stateIdOf(nextSnapshot);
    const edges = candidates(given.question, given.value, typed);
    const taken = edges.findIndex((e) => e.to === next);
    steps.push({
      question: given.question,
      value: given.value,
      typed,
      next,
      rule: taken >= 0 ? ruleOf(edges[taken]!) : 'isAnswer',
      notApplied: [
        ...new Set(
          edges.slice(0, Math.max(taken, 0)).map((e) => passedOver(e, typed ? given.value : null)),
        ),
      ],
    });
    snapshot = nextSnapshot;
  }
  return steps;
}

/** Every rule name the machine uses, and those that can be passed over for a later one. */
export function ruleNames(): { all: string[]; passable: string[] } {
  const all = new Set<string>();
  const passable = new Set<string>();
  const groups = new Map<string, Edge[]>();
  for (const edge of EDGES) {
    all.add(ruleOf(edge));
    const key = `${edge.from}|${edge.event}|${edge.event === 'answer.select' ? edge.value : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  for (const group of groups.values()) group.slice(0, -1).forEach((e) => passable.add(ruleOf(e)));
  return { all: [...all], passable: [...passable] };
}

/**
 * The condition on a transition, for drawing it: its rule, every condition it checks (a
 * version rule that also asks about the situation checks both), and whether it is the
 * fallback taken when an earlier transition for the same answer did not apply ("otherwise").
 */
export function conditionOf(edge: Edge): { rule: string; rules: string[]; otherwise: boolean } {
  const index = EDGES.indexOf(edge);
  const otherwise = EDGES.some(
    (other, i) =>
      i < index &&
      other.from === edge.from &&
      other.event === edge.event &&
      other.value === edge.value &&
      other.to !== edge.to,
  );
  const rules = edge.checks.filter((check) => check !== 'isAnswer');
  return { rule: ruleOf(edge), rules, otherwise: otherwise && ruleOf(edge) === 'isAnswer' };
}
