import { parseSearch } from '../wizard/answers-url';
import { decodeCaseCode, looksLikeCode, type CaseCodeRead } from './code';
import { isOutcomeId } from '../wizard/flow';
import { replayLink, type Replay } from '../wizard/replay';
import { readFirstValue } from '../query-value';

/** What an agent typed or pasted into the console's one field. */
export type CaseInput =
  | { kind: 'none' }
  | { kind: 'code'; read: CaseCodeRead }
  | { kind: 'link'; replay: Replay; hasAnswers: boolean }
  | { kind: 'outcome-page'; outcome: string }
  | { kind: 'not-ours' };

const MAX_INPUT = 2000;

/** Pages of this site whose query is a set of answers. */
const ANSWER_PAGES = ['/check', '/share', '/embed', '/'];

/** Reads the console's `q` field (a query value: a string, an array, or nothing). Never throws. */
export function readCaseInput(raw: unknown, currentVersion: number): CaseInput {
  const value = readFirstValue(raw);
  if (!value) return { kind: 'none' };
  if (value.length > MAX_INPUT) return { kind: 'not-ours' };
  if (!/[/?=]/.test(value)) {
    return looksLikeCode(value)
      ? { kind: 'code', read: decodeCaseCode(value, currentVersion) }
      : { kind: 'not-ours' };
  }
  let url: URL;
  try {
    url = new URL(value, 'http://link.invalid');
  } catch {
    return { kind: 'not-ours' };
  }
  const outcome = /^\/outcome\/([a-z0-9-]+)\/?$/.exec(url.pathname)?.[1];
  if (outcome && isOutcomeId(outcome)) return { kind: 'outcome-page', outcome };
  if (!ANSWER_PAGES.includes(url.pathname.replace(/\/$/, '') || '/')) return { kind: 'not-ours' };
  const link = parseSearch(url.search);
  return {
    kind: 'link',
    replay: replayLink(link, currentVersion),
    hasAnswers: link.answers.size > 0,
  };
}
