import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersion } from './version';

describe('parseVersion', () => {
  it.each([
    ['6.8.33', [6, 8, 33]],
    [' 6.10.0 ', [6, 10, 0]],
    ['v6.8.40', [6, 8, 40]],
    ['Version 6.8.56', [6, 8, 56]],
    ['v 6.8.56', [6, 8, 56]],
    ['6,8,40', [6, 8, 40]],
    ['6,8.33', [6, 8, 33]],
    ['6.8.33.1', [6, 8, 33, 1]],
    ['6.8', [6, 8]],
  ])('reads %j', (input, expected) => {
    expect(parseVersion(input)).toEqual(expected);
  });

  it.each([
    '',
    'abc',
    '6..8',
    '6.8.',
    '.6',
    '6,,8',
    '6.8.33.1.2',
    '-6.8',
    '6.8.33beta',
    '6. 8. 33',
    '6.8.33 (1)',
    '1'.repeat(50),
  ])('refuses %j', (input) => {
    expect(parseVersion(input)).toBeNull();
  });

  // Read as one number, "6832" (6.8.32 without its dots) would pass the 6.8.33 minimum.
  it.each(['6832', '6833', '7', 'v 6833', 'Version 7'])(
    'refuses a version without dots, %j',
    (input) => {
      expect(parseVersion(input)).toBeNull();
    },
  );
});

describe('compareVersions', () => {
  const cmp = (a: string, b: string) =>
    Math.sign(compareVersions(parseVersion(a)!, parseVersion(b)!));

  it('compares numerically, not as text', () => {
    expect(cmp('6.8.33', '6.10.0')).toBe(-1);
    expect(cmp('6.8.4', '6.8.33')).toBe(-1);
    expect(cmp('6.9', '6.8.33')).toBe(1);
  });

  it('treats missing parts as zero', () => {
    expect(cmp('6.8', '6.8.0')).toBe(0);
    expect(cmp('6.8', '6.8.33')).toBe(-1);
  });
});
