import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../content';
import { encodeCaseCode } from './code';
import { exampleCode, readCodeLink } from './code-link';
import { answerPaths } from '../wizard/paths';

const V = CONTENT_VERSION;
const deep = answerPaths().find((p) => p.answers.length >= 4)!;
const code = encodeCaseCode(deep.answers, V)!;
const href = `/check?${new URLSearchParams([['v', String(V)], ...deep.answers.map((a) => [a.question, a.value])])}`;

describe('opening a code from support', () => {
  it('opens the step the code holds', () => {
    expect(readCodeLink(code, V)).toEqual({ kind: 'open', href });
  });

  it('forgives lower case, missing dashes, spaces, O for 0 and I or L for 1', () => {
    const sloppy = ` ${code.replace(/-/g, '').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(readCodeLink(sloppy, V)).toEqual({ kind: 'open', href });
  });

  it('says where a typo is instead of opening the wrong step', () => {
    const wrong = code.slice(0, 2) + (code[2] === 'Z' ? 'Y' : 'Z') + code.slice(3);
    const read = readCodeLink(wrong, V);
    expect(read.kind).toBe('problem');
    if (read.kind === 'problem') expect(read.problem.kind).toBe('typo');
  });

  it('treats nothing, an array or a non-code as a problem or nothing, never a throw', () => {
    expect(readCodeLink(undefined, V)).toEqual({ kind: 'none' });
    expect(readCodeLink('   ', V)).toEqual({ kind: 'none' });
    expect(readCodeLink([code, 'x'], V)).toEqual({ kind: 'open', href });
    expect(readCodeLink({ c: 1 }, V)).toEqual({ kind: 'none' });
    expect(readCodeLink('<script>', V).kind).toBe('problem');
    expect(readCodeLink('x'.repeat(5000), V)).toMatchObject({ kind: 'problem' });
  });

  it('gives an example as long as real codes are', () => {
    const example = exampleCode(V);
    expect(readCodeLink(example, V).kind).toBe('open');
    expect(example.replace(/-/g, '').length).toBeGreaterThanOrEqual(5);
  });
});
