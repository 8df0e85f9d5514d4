import { describe, expect, it } from 'vitest';
import { encodeCaseCode } from './code';
import { readCaseInput } from './input';
import { codeProblemText } from './text';
import { agentContent, CONTENT_VERSION as V } from '../../content';
import { toSearch, URL_VERSION_PARAM } from '../wizard/answers-url';
import { shortestPathTo } from '../wizard/paths';

/** A way to a result, read off the machine, and its link's query string. */
const outcome = 'cross-platform';
const answers = shortestPathTo(outcome)!;
const search = toSearch(answers, V);
/** The same answers with the version last, as a hand-edited link may have it. */
const versionLast = new URLSearchParams([
  ...answers.map((a): [string, string] => [a.question, a.value]),
  [URL_VERSION_PARAM, String(V)],
]).toString();

describe('the console’s one field', () => {
  it('reads a full link, a path, and the share page’s link', () => {
    for (const input of [
      `https://help.example.com/check?${search}`,
      `/share?${search}`,
      `  http://127.0.0.1:3000/embed?${versionLast} `,
    ]) {
      const read = readCaseInput(input, V);
      expect(read.kind, input).toBe('link');
      if (read.kind === 'link') expect(read.replay.stateId).toBe(outcome);
    }
  });

  it('reads a case code', () => {
    const code = encodeCaseCode([{ question: 'goal', value: 'lost' }], V)!;
    const read = readCaseInput(code.toLowerCase(), V);
    expect(read).toMatchObject({
      kind: 'code',
      read: { ok: true, answers: [{ question: 'goal' }] },
    });
  });

  it('reads an outcome page link as that outcome', () => {
    expect(readCaseInput('https://x.example/outcome/service-recovery', V)).toEqual({
      kind: 'outcome-page',
      outcome: 'service-recovery',
    });
  });

  it('says when the input is neither, without throwing', () => {
    for (const input of [
      'https://example.com/login?user=1',
      'javascript:alert(1)',
      'hello world!',
      'http://[::1',
      '/outcome/nope',
      'x'.repeat(5000),
    ]) {
      expect(readCaseInput(input, V).kind, input).toBe('not-ours');
    }
    expect(readCaseInput(undefined, V)).toEqual({ kind: 'none' });
    expect(readCaseInput('   ', V)).toEqual({ kind: 'none' });
    expect(readCaseInput({ a: 1 }, V)).toEqual({ kind: 'none' });
    expect(readCaseInput([`/check?${search}`, 'other'], V).kind).toBe('link');
  });

  it('reports a link with no answers as such', () => {
    expect(readCaseInput('/check', V)).toMatchObject({ kind: 'link', hasAnswers: false });
  });

  it('says a code cut short is missing characters', () => {
    const read = readCaseInput('21KT', V);
    expect(read).toMatchObject({ kind: 'code', read: { ok: false } });
    if (read.kind !== 'code' || read.read.ok) return;
    const text = codeProblemText(read.read.problem, agentContent.console, V);
    expect(text).toMatch(/^This code is missing characters/);
    expect(text).not.toMatch(/typo/);
  });
});
