import { decodeCaseCode } from './code';
import { CODEC_TABLES } from './code-tables';
import { toSearch } from '../wizard/answers-url';

/**
 * The newest content version a code can be read in: the newest frozen table. Equal to
 * CONTENT_VERSION (a test holds them together), read here so that code running outside the
 * site (the Zendesk app bundles this file) need not carry the content.
 */
export const NEWEST_CODE_VERSION = Math.max(...Object.keys(CODEC_TABLES).map(Number));

/**
 * Something that could be a case code: it starts with the version, a digit, then letters,
 * digits and single dashes (`3K7Q-2M4X-D9`, `3fhx`). Free text is full of words and numbers;
 * only a candidate whose two check symbols hold and that reads as a journey is taken.
 */
const CANDIDATE = /(?<![\w-])\d[0-9A-Za-z]*(?:-[0-9A-Za-z]+)*(?![\w-])/g;
const MAX_TEXT = 50_000;

export type FoundCode = { code: string; version: number; search: string };

/**
 * The first case code in some text (a ticket's description or comments) that reads as a
 * journey, with the answers as the wizard's query; null when there is none. Never throws.
 */
export function findCaseCode(
  text: string,
  currentVersion: number = NEWEST_CODE_VERSION,
): FoundCode | null {
  for (const [candidate] of text.slice(0, MAX_TEXT).matchAll(CANDIDATE)) {
    const read = decodeCaseCode(candidate, currentVersion);
    if (read.ok && read.answers.length > 0) {
      return {
        code: read.code,
        version: read.version,
        search: toSearch(read.answers, currentVersion),
      };
    }
  }
  return null;
}
