import { CHECKLISTS, checklistAnswer, type Answer } from '../../machines/diagnosis-machine';
import { isQuestionId } from './flow';

/**
 * A checklist question's plain form sends each ticked item as `<question>.on`, plus one empty
 * `<question>.on` so that "none ticked" still arrives; the answer is the first item left out.
 */
export const TICKED_SUFFIX = '.on';

function checklistOf(key: string): { question: string; items: readonly string[] } | null {
  if (!key.endsWith(TICKED_SUFFIX)) return null;
  const question = key.slice(0, -TICKED_SUFFIX.length);
  const items = isQuestionId(question) ? CHECKLISTS[question] : undefined;
  return items ? { question, items } : null;
}

/** The link format's version; bumped with the content version when answers change meaning. */
export const URL_VERSION_PARAM = 'v';

const MAX_VALUE_LENGTH = 64;
const MAX_PARAMS = 60;

export type ParsedLink = {
  /** Answers keyed by question, in the order they appeared; the replay decides which are used. */
  answers: Map<string, string>;
  version: number | null;
  problems: LinkProblem[];
};

export type LinkProblem =
  | { kind: 'unknown-param'; key: string }
  | { kind: 'repeated'; key: string }
  | { kind: 'too-long'; key: string }
  | { kind: 'bad-version'; value: string }
  | { kind: 'too-many' };

/**
 * Reads a wizard link's parameters into answers, without trusting any of it: unknown keys,
 * repeated keys and oversized values are reported, never thrown. The values are already
 * strings here: from the browser's URLSearchParams, or checked by `parseLink` on the server.
 */
export function readParams(entries: readonly [string, readonly string[]][]): ParsedLink {
  const problems: LinkProblem[] = [];
  const answers = new Map<string, string>();
  let version: number | null = null;
  if (entries.length > MAX_PARAMS) problems.push({ kind: 'too-many' });
  for (const [key, values] of entries.slice(0, MAX_PARAMS)) {
    if (values.length === 0) continue;
    if (values.length > 1 && !checklistOf(key)) {
      problems.push({ kind: 'repeated', key: key.slice(0, 40) });
    }
    const value = (values[0] ?? '').trim();
    const checklist = checklistOf(key);
    if (checklist) {
      const ticked = values.map((v) => v.trim()).filter((v) => checklist.items.includes(v));
      if (!answers.has(checklist.question)) {
        answers.set(checklist.question, checklistAnswer(checklist.items, ticked));
      }
      continue;
    }
    if (key === URL_VERSION_PARAM) {
      const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
      if (Number.isInteger(n)) version = n;
      else problems.push({ kind: 'bad-version', value: value.slice(0, 20) });
      continue;
    }
    if (!isQuestionId(key)) {
      problems.push({ kind: 'unknown-param', key: key.slice(0, 40) });
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      problems.push({ kind: 'too-long', key });
      continue;
    }
    answers.set(key, value);
  }
  return { answers, version, problems };
}

/** Reads a query string (with or without "?") the same way as a server's searchParams. */
export function parseSearch(search: string): ParsedLink {
  const params = new URLSearchParams(search);
  return readParams([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
}

/** The query string for a list of answers, in the order they were given. */
export function toSearch(answers: readonly Answer[], version: number): string {
  const params = new URLSearchParams();
  params.set(URL_VERSION_PARAM, String(version));
  for (const answer of answers) params.set(answer.question, answer.value);
  return params.toString();
}

/**
 * A query string without the named parameters: a page's own settings (the embed's theme,
 * accent, ...) that sit in the address next to the answers but are not answers.
 */
export function withoutParams(search: string, names: readonly string[]): string {
  if (names.length === 0) return search;
  const params = new URLSearchParams(search);
  for (const name of names) params.delete(name);
  return params.toString();
}

/** The query string (without "?") of a page's searchParams, repeated keys kept. */
export function searchOf(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      search.append(key, one);
    }
  }
  return search.toString();
}
