import { describe, expect, it } from 'vitest';
import { BASE_HEADERS, securityHeaders, type SecuredResponse } from './security-headers';

const hash = `'sha256-${'A'.repeat(43)}='`;
const directives = (headers: Record<string, string>) =>
  new Map(
    headers['Content-Security-Policy']!.split('; ').map((d) => {
      const [name, ...sources] = d.split(' ');
      return [name!, sources] as const;
    }),
  );
const page = (scripts: { nonce?: string; hashes?: string[] }, extra = {}): SecuredResponse => ({
  kind: 'page',
  scripts,
  framedBy: ["'self'"],
  ...extra,
});

describe('securityHeaders', () => {
  it.each<[string, SecuredResponse]>([
    ['a rendered page', page({ nonce: 'abc123', hashes: [hash] })],
    ['a prerendered page', page({ hashes: [hash] })],
    ['a redirect', page({})],
    ['a downloaded plan', { kind: 'download' }],
    ['the sign-in answer', { kind: 'sealed' }],
  ])('gives %s a policy with no inline script and no eval, and the base headers', (_, kind) => {
    const headers = securityHeaders(kind);
    expect((directives(headers).get('script-src') ?? []).join(' ')).not.toMatch(/unsafe/);
    const policy = directives(headers);
    // No plugin either: refused by name, or by refusing everything by default.
    expect(policy.get('object-src') ?? policy.get('default-src')).toEqual(["'none'"]);
    expect(headers).toMatchObject(BASE_HEADERS);
  });

  it('allows a rendered page its nonce, and the hashes of the 404 and error pages it may become', () => {
    const scripts = directives(securityHeaders(page({ nonce: 'abc123', hashes: [hash] })));
    expect(scripts.get('script-src')).toEqual(["'self'", "'nonce-abc123'", hash]);
  });

  it('allows a prerendered page its hashes only, and drops anything that is not a hash source', () => {
    const headers = securityHeaders(
      page({ hashes: [hash, "'unsafe-inline'", 'https://evil.example', `${hash}; script-src *`] }),
    );
    expect(directives(headers).get('script-src')).toEqual(["'self'", hash]);
  });

  it('keeps plugins, other bases, forms and frames to the site', () => {
    const policy = directives(securityHeaders(page({ nonce: 'n' })));
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-src')).toEqual(["'self'"]);
  });

  it('allows eval only in development', () => {
    expect(directives(securityHeaders(page({ nonce: 'n' }))).get('script-src')).not.toContain(
      "'unsafe-eval'",
    );
    expect(
      directives(securityHeaders(page({ nonce: 'n' }, { dev: true }))).get('script-src'),
    ).toContain("'unsafe-eval'");
  });

  it('says who may frame a page once in each header: the embed for other sites, the rest only here', () => {
    const embed = securityHeaders(page({}, { framedBy: ['*'] }));
    expect(directives(embed).get('frame-ancestors')).toEqual(['*']);
    expect(embed).not.toHaveProperty('X-Frame-Options');
    const site = securityHeaders(page({}));
    expect(directives(site).get('frame-ancestors')).toEqual(["'self'"]);
    expect(site['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it('lets a downloaded plan and the sign-in answer run nothing and be framed by nobody', () => {
    for (const kind of ['download', 'sealed'] as const) {
      const headers = securityHeaders({ kind });
      const policy = directives(headers);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.has('script-src')).toBe(false);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(headers['X-Frame-Options']).toBe('DENY');
    }
  });
});
