import { describe, expect, it } from 'vitest';
import { ui } from '../content';
import { fill, formatDate, sourceStanding } from './text';

const locale = ui.site.locale;

describe('formatDate', () => {
  it('writes an ISO date in words, whatever the machine’s time zone', () => {
    expect(formatDate('2026-12-02', locale)).toBe('2 December 2026');
    expect(formatDate('2026-01-31', locale)).toBe('31 January 2026');
  });

  it('leaves something that is not a date as it is', () => {
    expect(formatDate('soon', locale)).toBe('soon');
  });
});

describe('sourceStanding', () => {
  const words = {
    by: { apple: 'Apple' },
    sourceRead: 'read {date}',
    sourceReadCopy: 'read {date}, in a saved copy',
    sourceQuoted: 'seen only as quoted by {quotedBy}',
  };

  it('says who wrote a page and when it was read', () => {
    expect(
      sourceStanding({ by: 'apple', read: '2026-12-02', savedCopy: true }, words, locale),
    ).toBe('Apple · read 2 December 2026, in a saved copy');
  });

  it('says who quoted a page that was never read itself', () => {
    expect(sourceStanding({ by: 'apple', quotedBy: 'a news site' }, words, locale)).toBe(
      'Apple · seen only as quoted by a news site',
    );
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
