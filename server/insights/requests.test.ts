import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../content';
import { EDGES } from '../../lib/wizard/flow';
import { dashboardAccess, presentedToken, tokenMatches } from './access';
import { beaconSchema } from './beacon';

const headers = (entries: Record<string, string>) => new Headers(entries);
const select = EDGES.find((e) => e.event === 'answer.select' && e.value)!;

describe('beaconSchema', () => {
  const good = {
    v: CONTENT_VERSION,
    step: select.to,
    entry: 'site',
    from: { question: select.from, answer: select.value },
  };
  it('takes a step with the answer that leads to it', () => {
    expect(beaconSchema.safeParse(good).success).toBe(true);
    expect(
      beaconSchema.safeParse({ v: CONTENT_VERSION, step: select.to, entry: 'site' }).success,
    ).toBe(true);
    expect(
      beaconSchema.safeParse({ ...good, entry: 'embed', host: 'https://help.example.com' }).success,
    ).toBe(true);
  });
  it.each([
    ['an unknown step', { ...good, step: 'nope' }],
    ['an unknown answer', { ...good, from: { question: select.from, answer: 'nope' } }],
    ['an answer that leads elsewhere', { ...good, step: select.from }],
    ['another content version', { ...good, v: CONTENT_VERSION + 1 }],
    ['an extra field', { ...good, ua: 'Mozilla' }],
    ['a host on the site', { ...good, host: 'https://help.example.com' }],
    ['a host with a path', { ...good, entry: 'embed', host: 'https://help.example.com/a?b' }],
    ['a host that is not http', { ...good, entry: 'embed', host: 'javascript:alert(1)' }],
  ])('refuses %s', (_name, body) => {
    expect(beaconSchema.safeParse(body).success).toBe(false);
  });
});

describe('dashboard access', () => {
  const basic = (user: string, pass: string) =>
    `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  it('is hidden without a token, denied with a wrong one, allowed with the right one', () => {
    expect(dashboardAccess(headers({}), undefined)).toBe('hidden');
    expect(dashboardAccess(headers({}), 's3cret')).toBe('denied');
    expect(dashboardAccess(headers({ Authorization: basic('lead', 'nope') }), 's3cret')).toBe(
      'denied',
    );
    expect(dashboardAccess(headers({ Authorization: basic('lead', 's3cret') }), 's3cret')).toBe(
      'allowed',
    );
    expect(dashboardAccess(headers({ Authorization: basic('', 's3:cr:et') }), 's3:cr:et')).toBe(
      'allowed',
    );
    expect(dashboardAccess(headers({ Authorization: 'Bearer s3cret' }), 's3cret')).toBe('allowed');
    expect(dashboardAccess(headers({ Authorization: 'Bearer s3cre' }), 's3cret')).toBe('denied');
  });
  it('reads the token from Basic or Bearer only', () => {
    expect(presentedToken(headers({ Authorization: 'Digest x' }))).toBeNull();
    expect(tokenMatches('a', 'a')).toBe(true);
    expect(tokenMatches('a', 'ab')).toBe(false);
  });
});
