import * as z from 'zod/mini';
import type { Answer } from '../../machines/diagnosis-machine';
import { URL_VERSION_PARAM } from '../wizard/answers-url';
import { parseLink } from '../wizard/link-params';
import { isOutcomeId, isQuestionId } from '../wizard/flow';
import { shortestPathTo } from '../wizard/paths';
import { replayLink, type ReplayProblem } from '../wizard/replay';
import { firstValue, queryValue } from '../query-value';

/** The questions that describe a customer's situation, prefilled from the builder's form. */
export const SITUATION_QUESTIONS = ['goal', 'accounts', 'platforms', 'old-phone'] as const;

const query = z.record(z.string(), queryValue);
const first = firstValue;

export type BuiltLink =
  | { kind: 'none' }
  | { kind: 'unknown-step' }
  | { kind: 'built'; answers: Answer[]; stateId: string; problems: ReplayProblem[] };

/**
 * The answers for a customer link: the shortest way to a chosen step (`to`), or the answers
 * of a situation (`from=situation` with some of SITUATION_QUESTIONS), replayed through the
 * machine so that only what it accepts is kept. Never throws.
 */
export function buildLink(raw: unknown, version: number): BuiltLink {
  const parsed = query.safeParse(raw ?? {});
  if (!parsed.success) return { kind: 'none' };
  const params = parsed.data;
  const to = first(params.to);
  if (to) {
    if (!isQuestionId(to) && !isOutcomeId(to)) return { kind: 'unknown-step' };
    const answers = shortestPathTo(to);
    return answers
      ? { kind: 'built', answers, stateId: to, problems: [] }
      : { kind: 'unknown-step' };
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
