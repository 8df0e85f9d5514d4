import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../content';
import { encodeCaseCode } from './code';
import { CODEC_TABLES } from './code-tables';
import { readCaseInput } from './input';
import { caseResult } from './report';

const V = CONTENT_VERSION;
const origin = 'https://help.example.com';
const journey = [
  { question: 'goal', value: 'not-working' },
  { question: 'account-type', value: 'work-school' },
];

function resultFor(input: string) {
  return caseResult(readCaseInput(input, V), origin);
}

describe('the console’s report', () => {
  it('explains a code: transcript, rules, result, sources and a ticket summary', () => {
    const code = encodeCaseCode(journey, V)!;
    const result = resultFor(code);
    expect(result.kind).toBe('report');
    if (result.kind !== 'report') return;
    const { report } = result;
    expect(report.code).toBe(code);
    expect(report.link).toBe(`${origin}/check?v=${V}&goal=not-working&account-type=work-school`);
    expect(report.steps).toHaveLength(2);
    expect(report.steps[1]!.rule).toMatch(/leads to “/);
    expect(report.now).toMatchObject({
      kind: 'outcome',
      id: 'work-school-account',
      category: 'referral',
    });
    expect(report.sourceOrder.length).toBeGreaterThan(0);
    expect(report.summary).toContain(code);
    expect(report.summary).toContain(report.link);
    expect(report.summary).toMatch(/Result \(recovery elsewhere\): /);
    expect(report.summary).not.toMatch(/[{}]/);
  });

  it('says where a typo is, and how characters are counted', () => {
    const code = encodeCaseCode(journey, V)!.replace(/-/g, '');
    const typo = code.slice(0, 2) + (code[2] === '7' ? '8' : '7') + code.slice(3);
    expect(resultFor(typo)).toEqual({
      kind: 'problem',
      messages: [
        'This code has a typo near character 3.',
        'Characters are counted from the start, without dashes or spaces.',
        'Check it with the customer and try again, or ask for the link instead.',
      ],
    });
  });

  it('refuses a code from a newer version, saying which', () => {
    const newer = encodeCaseCode(journey, V + 1, { [V + 1]: CODEC_TABLES[V]! })!;
    const result = resultFor(newer);
    expect(result.kind).toBe('problem');
    if (result.kind === 'problem') {
      expect(result.messages[0]).toBe(
        `This code comes from a newer version of the checklist (version ${V + 1}) than this site runs (version ${V}).`,
      );
    }
  });

  it('reads a link with unusable parts, saying what was not used', () => {
    const result = resultFor(`/check?v=${V}&goal=restore&accounts=personal&platforms=nokia`);
    expect(result.kind).toBe('report');
    if (result.kind === 'report') {
      expect(result.report.now).toMatchObject({ kind: 'question', id: 'platforms' });
      expect(result.report.notices.join(' ')).toContain('“nokia”');
    }
  });

  it('reads a result page link, and refuses what is neither', () => {
    const page = resultFor('/outcome/service-recovery');
    expect(page.kind === 'report' && page.report.now.id).toBe('service-recovery');
    expect(page.kind === 'report' && page.report.code).toBeNull();
    expect(resultFor('https://example.com/other?x=1').kind).toBe('problem');
    expect(caseResult(readCaseInput(undefined, V), origin)).toEqual({ kind: 'none' });
  });
});

describe('why the next step', () => {
  it('gives the reason the next question is asked, not only the answer that led there', async () => {
    const { answerPaths } = await import('../wizard/paths');
    const { wizardContent } = await import('../../content');
    const path = answerPaths().find((p) => p.stateId === 'ios-keychain-sync')!;
    const result = resultFor(
      `/check?v=${V}&${path.answers.map((a) => `${a.question}=${a.value}`).join('&')}`,
    );
    expect(result.kind).toBe('report');
    if (result.kind !== 'report') return;
    expect(result.report.steps.at(-1)!.rule).toContain(
      wizardContent.questions['ios-keychain-sync']!.why,
    );
  });
});
