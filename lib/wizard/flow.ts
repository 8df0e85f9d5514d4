import type { AnyStateNode } from 'xstate';
import {
  diagnosisMachine,
  QUESTION_IDS,
  VERSION_QUESTIONS,
  type QuestionId,
} from '../../machines/diagnosis-machine';

/**
 * What can be read off the machine's own definition, so that nothing here is a
 * hand-kept list: which states are outcomes, what each question's answers lead to, and how
 * many questions can still follow a state (for the progress bar).
 */

export type Edge = {
  from: string;
  to: string;
  event: string;
  value?: string;
  /**
   * What the transition's guard checks, in its order, by the names rules are explained under:
   * `isAnswerAnd` with `also: 'isRestoring'` checks `['isAnswer', 'isRestoring']`. The last
   * check decides between transitions for the same answer. Empty when there is no guard.
   */
  checks: readonly string[];
};

function childNodes(): AnyStateNode[] {
  return Object.values(diagnosisMachine.root.states);
}

export const OUTCOME_IDS: readonly string[] = childNodes()
  .filter((node) => node.tags.includes('outcome'))
  .map((node) => node.key);

export function isOutcomeId(id: string): boolean {
  return OUTCOME_IDS.includes(id);
}

export function isQuestionId(id: string): id is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(id);
}

export function isVersionQuestion(id: string): boolean {
  return (VERSION_QUESTIONS as readonly string[]).includes(id);
}

export function outcomeCategory(id: string): 'fix' | 'referral' {
  const node = diagnosisMachine.root.states[id];
  return node?.tags.includes('referral') ? 'referral' : 'fix';
}

function guardParams(guard: unknown): Record<string, unknown> | undefined {
  if (guard && typeof guard === 'object' && 'params' in guard) {
    const params = (guard as { params: unknown }).params;
    if (params && typeof params === 'object') return params as Record<string, unknown>;
  }
  return undefined;
}

function guardName(guard: unknown): string | undefined {
  if (guard && typeof guard === 'object' && 'type' in guard) {
    return String((guard as { type: unknown }).type);
  }
  return undefined;
}

/** The machine's guards that check a rule of their own and then `params.also`. */
const CHECKS_BEFORE_ALSO: Readonly<Record<string, string>> = {
  isAnswerAnd: 'isAnswer',
  isAppVersionAtLeastAnd: 'isAppVersionAtLeast',
};

function checksOf(guard: unknown): string[] {
  const name = guardName(guard);
  if (name === undefined) return [];
  const also = guardParams(guard)?.also;
  if (typeof also !== 'string') return [name];
  return [CHECKS_BEFORE_ALSO[name] ?? name, also];
}

/** Every transition between child states (Back and Start over, defined on the root, excluded). */
export const EDGES: readonly Edge[] = childNodes().flatMap((node) =>
  [...node.transitions.entries()].flatMap(([event, transitions]) =>
    transitions.flatMap((t) =>
      (t.target ?? []).map((target: AnyStateNode) => {
        const params = guardParams(t.guard);
        return {
          from: node.key,
          to: target.key,
          event,
          value: typeof params?.value === 'string' ? params.value : undefined,
          checks: checksOf(t.guard),
        };
      }),
    ),
  ),
);

/** The answers a question offers, in the machine's order, each listed once. */
export function answerValues(question: string): string[] {
  const values = EDGES.filter((e) => e.from === question && e.event === 'answer.select').map(
    (e) => e.value ?? '',
  );
  return [...new Set(values)];
}

/** Every step one answer can lead to from this state, whatever the guards decide. */
export function nextStates(state: string): string[] {
  return EDGES.filter((e) => e.from === state).map((e) => e.to);
}

/** Questions still to come from a state (0 at an outcome), the longest or shortest way. */
function questionsLeft(pick: (...counts: number[]) => number) {
  const cache = new Map<string, number>();
  const left = (state: string): number => {
    const cached = cache.get(state);
    if (cached !== undefined) return cached;
    const next = nextStates(state);
    const result = next.length === 0 ? 0 : 1 + pick(...next.map(left));
    cache.set(state, result);
    return result;
  };
  return left;
}

/** The most questions that can still be asked from this state (0 at an outcome). */
export const questionsRemaining = questionsLeft(Math.max);

/** The fewest questions that can still be asked from this state (0 at an outcome). */
const questionsRemainingAtLeast = questionsLeft(Math.min);

/**
 * How far along the bar is after `answered` questions, standing at `state`: answered against
 * answered plus the middle of the fewest and most questions still possible. Counting against
 * the longest way only leaves the bar nearly empty for most of a short journey, then jumps.
 */
function share(state: string, answered: number): number {
  if (isOutcomeId(state)) return 1;
  const middle = (questionsRemaining(state) + questionsRemainingAtLeast(state)) / 2;
  return answered + middle === 0 ? 0 : answered / (answered + middle);
}

/**
 * Progress as a fraction that never goes back: the furthest the bar has been at any step of
 * this journey (each earlier step is known from the questions answered), so a branch that
 * turns out longer slows the bar rather than pulling it back.
 */
export function progressAt(state: string, askedBefore: readonly string[]): number {
  const here = share(state, askedBefore.length);
  return Math.max(here, ...askedBefore.map((question, i) => share(question, i)));
}
