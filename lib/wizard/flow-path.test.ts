import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION as V } from '../../content';
import type { Answer } from '../../machines/diagnosis-machine';
import { toSearch } from './answers-url';
import { edgeKey, flowPathOf, pathEdgeKeys } from './flow-path';
import { shortestPathTo } from './paths';

/** A way to a result, read off the machine: its answers and the states they pass. */
const outcome = 'cross-platform-no-old-phone';
const answers = shortestPathTo(outcome)!;
const [first, second] = answers as [Answer, Answer, ...Answer[]];

describe('the path drawn on the flow map', () => {
  it('is every question answered, then where the answers lead', () => {
    const { path, unread } = flowPathOf(toSearch(answers, V), V);
    expect(unread).toBe(false);
    expect(path?.states).toEqual([...answers.map((a) => a.question), outcome]);
    expect(path?.current).toBe(outcome);
    expect(path?.answers).toEqual(answers);
  });

  it('stops at the first answer the machine refuses, and says part was unread', () => {
    const refused = [first, { question: second.question, value: 'nope' }, ...answers.slice(2)];
    const { path, unread } = flowPathOf(`?${toSearch(refused, V)}`, V);
    expect(unread).toBe(true);
    expect(path?.states).toEqual([first.question, second.question]);
  });

  it('draws no path for a link without usable answers, whatever its shape', () => {
    expect(flowPathOf('', V)).toEqual({ path: null, unread: false });
    const repeated = `${first.question}=${first.value}&${first.question}=${first.value}&junk=x`;
    expect(flowPathOf(repeated, V).unread).toBe(true);
    const oversized = toSearch([{ question: first.question, value: 'x'.repeat(500) }], V);
    expect(flowPathOf(oversized, V)).toEqual({ path: null, unread: true });
  });

  it('takes one arrow between each pair of states in turn', () => {
    expect(pathEdgeKeys(['goal', 'accounts', 'platforms'])).toEqual(
      new Set([edgeKey('goal', 'accounts'), edgeKey('accounts', 'platforms')]),
    );
    expect(pathEdgeKeys(['goal']).size).toBe(0);
  });
});
