import type { Answer } from '../../machines/diagnosis-machine';
import { QUESTION_IDS } from '../../machines/diagnosis-machine';
import { answerValues, EDGES, isVersionQuestion, OUTCOME_IDS } from '../wizard/flow';

/**
 * What may be counted, read off the machine at run time: every question and outcome is a
 * step, every answer a question offers is an answer, and a typed version number is counted
 * only as "typed" (the number itself is never kept). No zod here: this runs in the browser.
 */

/** A typed version number, counted without the number. */
export const TYPED_ANSWER = 'typed';

export const STEP_IDS: readonly string[] = [...QUESTION_IDS, ...OUTCOME_IDS];

export const ENTRIES = ['site', 'embed'] as const;
export type Entry = (typeof ENTRIES)[number];

/** The integrators' docs page, whose live preview of the embed is not a visit. */
export const EMBED_DOCS_PATH = '/embed/docs';

/** The answer as counted: a question's own value, or TYPED_ANSWER for a typed version. */
export function countedAnswer(question: string, value: string): string {
  if (answerValues(question).includes(value)) return value;
  return isVersionQuestion(question) ? TYPED_ANSWER : value;
}

/** The answers a question can be counted with, in the machine's order. */
export function countableAnswers(question: string): string[] {
  const values = answerValues(question);
  return isVersionQuestion(question) ? [...values, TYPED_ANSWER] : values;
}

/** Whether the machine has a transition from `question`, answered so, to `step`. */
export function leadsTo(question: string, answer: string, step: string): boolean {
  return EDGES.some(
    (edge) =>
      edge.from === question &&
      edge.to === step &&
      (answer === TYPED_ANSWER
        ? edge.event === 'answer.version'
        : edge.event === 'answer.select' && edge.value === answer),
  );
}

export type Arrival = { question: string; answer: string };

/**
 * The answer that moved someone from one step to the next: only when the new answers are the
 * old ones plus exactly one. Back, Start over, a reload or a shared link answer nothing, so a
 * question's "answered" never exceeds what was really chosen there.
 */
export function arrivalBetween(
  before: readonly Answer[],
  after: readonly Answer[],
): Arrival | null {
  if (after.length !== before.length + 1) return null;
  for (let i = 0; i < before.length; i += 1) {
    if (before[i]?.question !== after[i]?.question || before[i]?.value !== after[i]?.value) {
      return null;
    }
  }
  const last = after.at(-1);
  return last
    ? { question: last.question, answer: countedAnswer(last.question, last.value) }
    : null;
}

/** The entry a wizard's base path stands for ("/check" or "/embed?…"). */
export function entryOf(basePath: string): Entry {
  return basePath.startsWith('/embed') ? 'embed' : 'site';
}
