import * as z from 'zod/mini';
import type { Answer } from '../../machines/diagnosis-machine';
import { URL_VERSION_PARAM } from '../wizard/answers-url';
import { parseLink } from '../wizard/link-params';
import { answerValues, isOutcomeId, isQuestionId } from '../wizard/flow';
import { answerPaths } from '../wizard/paths';
import { replayLink, type ReplayProblem } from '../wizard/replay';
import { firstValue, queryValue } from '../query-value';

/** The questions that describe a customer's situation, prefilled from the builder's form. */
export const SITUATION_QUESTIONS = ['goal', 'accounts', 'platforms', 'old-phone'] as const;

/** The first question: the customer's starting situation, which the agent picks. */
const START = SITUATION_QUESTIONS[0];

const query = z.record(z.string(), queryValue);
const first = firstValue;
const situation = z.enum(answerValues(START) as [string, ...string[]]);

export type BuiltLink =
  | { kind: 'none' }
  | { kind: 'unknown-step' }
  | { kind: 'unknown-situation' }
  /** More than one starting situation leads to the step: the agent must say which is theirs. */
  | { kind: 'needs-situation'; stateId: string; situations: string[] }
  /** The customer's situation never leads to the step; these do. */
  | { kind: 'situation-misses'; stateId: string; situation: string; situations: string[] }
  | { kind: 'built'; answers: Answer[]; stateId: string; problems: ReplayProblem[] };

/** The starting situations (answers to the first question) from which a step can be reached. */
export function situationsReaching(stateId: string): string[] {
  const found = answerPaths()
    .filter((p) => p.stateId === stateId && p.answers.length > 0)
    .map((p) => p.answers[0]!.value);
  return answerValues(START).filter((value) => found.includes(value));
}

/** The shortest answers to a step that start from the customer's own situation. */
function shortestFrom(start: string, stateId: string): Answer[] | null {
  const found = answerPaths().find((p) => p.stateId === stateId && p.answers[0]?.value === start);
  return found ? found.answers : null;
}

/**
 * The answers for a customer link: the shortest way to a chosen step (`to`) from the
 * customer's starting situation (`goal`, needed when more than one leads there), or the
 * answers of a situation (`from=situation` with some of SITUATION_QUESTIONS), replayed
 * through the machine so that only what it accepts is kept. Never throws.
 */
export function buildLink(raw: unknown, version: number): BuiltLink {
  const parsed = query.safeParse(raw ?? {});
  if (!parsed.success) return { kind: 'none' };
  const params = parsed.data;
  const to = first(params.to);
  if (to) {
    if (!isQuestionId(to) && !isOutcomeId(to)) return { kind: 'unknown-step' };
    if (to === START) return { kind: 'built', answers: [], stateId: to, problems: [] };
    const situations = situationsReaching(to);
    if (situations.length === 0) return { kind: 'unknown-step' };
    const given = first(params[START]);
    if (!given && situations.length > 1)
      return { kind: 'needs-situation', stateId: to, situations };
    const start = given
      ? situation.safeParse(given)
      : { success: true as const, data: situations[0]! };
    if (!start.success) return { kind: 'unknown-situation' };
    const answers = shortestFrom(start.data, to);
    return answers
      ? { kind: 'built', answers, stateId: to, problems: [] }
      : { kind: 'situation-misses', stateId: to, situation: start.data, situations };
  }
  if (first(params.from) !== 'situation') return { kind: 'none' };
  const record: Record<string, string> = { [URL_VERSION_PARAM]: String(version) };
  for (const id of SITUATION_QUESTIONS) {
    const given = first(params[id]);
    if (given) record[id] = given;
  }
  const replay = replayLink(parseLink(record), version);
  return {
    kind: 'built',
    answers: replay.answers,
    stateId: replay.stateId,
    problems: replay.problems,
  };
}
