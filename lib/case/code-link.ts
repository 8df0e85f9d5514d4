import { decodeCaseCode, encodeCaseCode, type CaseCodeProblem } from './code';
import { isOutcomeId } from '../wizard/flow';
import { answerPaths } from '../wizard/paths';
import { hrefFor } from '../wizard/step-model';
import { readFirstValue } from '../query-value';

/** What a person typed into "Have a code from support?": where it leads, or why it cannot. */
export type CodeLink =
  | { kind: 'none' }
  | { kind: 'open'; href: string }
  | { kind: 'problem'; typed: string; problem: CaseCodeProblem };

const MAX_INPUT = 200;

/**
 * Reads the `c` parameter of /code exactly as the support console reads a code (lower case,
 * spaces, dashes, O for 0, I or L for 1 all forgiven). Never throws.
 */
export function readCodeLink(raw: unknown, currentVersion: number): CodeLink {
  const value = readFirstValue(raw);
  if (!value) return { kind: 'none' };
  const typed = value.slice(0, MAX_INPUT);
  const read = decodeCaseCode(value, currentVersion);
  if (!read.ok) return { kind: 'problem', typed, problem: read.problem };
  return { kind: 'open', href: hrefFor('/check', read.answers, currentVersion) };
}

let example: string | null | undefined;

/**
 * A code as long as a real one, for the example under a code field: the code of a journey of
 * median length to a result, read off the machine rather than made up.
 */
export function exampleCode(currentVersion: number): string {
  if (example === undefined) {
    const ends = answerPaths()
      .filter((path) => isOutcomeId(path.stateId))
      .sort((a, b) => a.answers.length - b.answers.length);
    const middle = ends[Math.floor(ends.length / 2)];
    example = middle ? encodeCaseCode(middle.answers, currentVersion) : null;
  }
  return example ?? '';
}
