import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../content';
import { encodeCaseCode } from './code';
import { findCaseCode, NEWEST_CODE_VERSION } from './find-code';
import { readCodeLink } from './code-link';
import type { Answer } from '../../machines/diagnosis-machine';

const answers: Answer[] = [
  { question: 'goal', value: 'not-working' },
  { question: 'account-type', value: 'work-school' },
];
const code = encodeCaseCode(answers, CONTENT_VERSION)!;

describe('findCaseCode', () => {
  it('reads codes in the newest version the site reads', () => {
    expect(NEWEST_CODE_VERSION).toBe(CONTENT_VERSION);
  });

  it('finds a code in a ticket and opens the same journey as /code does', () => {
    const found = findCaseCode(`Hello, support gave me the code ${code}. Thanks!`);

    expect(found?.code).toBe(code);
    const link = readCodeLink(code, CONTENT_VERSION);
    expect(link.kind === 'open' && link.href).toBe(`/check?${found!.search}`);
  });

  it('reads a long code with its dashes, at the end of a sentence', () => {
    const long = encodeCaseCode(
      [
        { question: 'goal', value: 'lost' },
        { question: 'accounts', value: 'personal' },
        { question: 'platforms', value: 'ios-ios' },
        { question: 'ios-new-phone', value: 'empty' },
      ],
      CONTENT_VERSION,
    )!;
    expect(long).toContain('-');

    expect(findCaseCode(`Case code (from the checklist): ${long}.`)?.code).toBe(long);
  });

  it('forgives what /code forgives: lower case, O for 0', () => {
    const typed = code.toLowerCase().replace(/0/g, 'o');

    expect(findCaseCode(`my code: ${typed}`)?.code).toBe(code);
  });

  it('skips a code with a typo and takes a later good one', () => {
    const last = code.at(-1) === '7' ? '8' : '7';
    const typo = `${code.slice(0, -1)}${last}`;

    expect(findCaseCode(`first ${typo}, sorry, it is ${code}`)?.code).toBe(code);
  });

  it.each([
    'No code here at all, just words and 2026-12-07.',
    'Order AB12-CD34-EF and ticket 1234-5678',
    'A phone number 555-0100-22 and a date 07-12-2026',
    '',
  ])('finds nothing in %j', (text) => {
    expect(findCaseCode(text)).toBeNull();
  });

  it('does not take a code glued into a longer word', () => {
    expect(findCaseCode(`x${code}`)).toBeNull();
  });
});
