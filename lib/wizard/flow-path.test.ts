import { describe, expect, it } from 'vitest';
import { edgeKey, flowPathOf, pathEdgeKeys } from './flow-path';

const V = 3;

describe('the path drawn on the flow map', () => {
  it('is every question answered, then where the answers lead', () => {
    const { path, unread } = flowPathOf('v=3&goal=lost&accounts=personal&platforms=ios-android', V);
    expect(unread).toBe(false);
    expect(path?.states).toEqual(['goal', 'accounts', 'platforms', 'cross-platform-no-old-phone']);
    expect(path?.current).toBe('cross-platform-no-old-phone');
  });

  it('stops at the first answer the machine refuses, and says part was unread', () => {
    const { path, unread } = flowPathOf('?v=3&goal=lost&accounts=nope', V);
    expect(unread).toBe(true);
    expect(path?.states).toEqual(['goal', 'accounts']);
  });

  it('draws no path for a link without usable answers, whatever its shape', () => {
    expect(flowPathOf('', V)).toEqual({ path: null, unread: false });
    expect(flowPathOf('goal=lost&goal=restore&junk=x', V).unread).toBe(true);
    expect(flowPathOf(`v=3&goal=${'x'.repeat(500)}`, V)).toEqual({ path: null, unread: true });
  });

  it('takes one arrow between each pair of states in turn', () => {
    expect(pathEdgeKeys(['goal', 'accounts', 'platforms'])).toEqual(
      new Set([edgeKey('goal', 'accounts'), edgeKey('accounts', 'platforms')]),
    );
    expect(pathEdgeKeys(['goal']).size).toBe(0);
  });
});
