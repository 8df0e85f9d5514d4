import { describe, expect, it } from 'vitest';
import { nameKeys, searchKey } from './search-key';

describe('searchKey', () => {
  it('drops accents, case, punctuation and spaces', () => {
    expect(searchKey('  Crème-Brûlée (Test) ')).toBe('cremebruleetest');
  });
});

describe('nameKeys', () => {
  it('knows a name with and without its bracketed part', () => {
    expect(nameKeys('X (Twitter)')).toEqual(['xtwitter', 'x']);
  });

  it('lists a name without brackets once', () => {
    expect(nameKeys('GitHub')).toEqual(['github']);
  });
});
