import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, parsePageHashes } from './csp';

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy({ nonce: 'abc123', frameAncestors: "'self'" });

  it('allows scripts only from this site or with the nonce', () => {
    const scripts = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123'");
    expect(policy).not.toContain("unsafe-inline'; script");
    expect(scripts).not.toContain('unsafe');
  });

  it('keeps the framing rule it is given', () => {
    expect(contentSecurityPolicy({ nonce: 'n', frameAncestors: '*' })).toContain(
      'frame-ancestors *',
    );
  });

  it('refuses plugins and foreign bases, forms and frames', () => {
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("frame-src 'self'");
  });

  it('allows eval only in development', () => {
    expect(policy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy({ nonce: 'n', frameAncestors: "'self'", dev: true })).toContain(
      "'unsafe-eval'",
    );
  });
});

describe('newNonce', () => {
  it('is different every time and long enough not to be guessed', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce.length).toBeGreaterThanOrEqual(22);
  });
});

describe('a prerendered page policy', () => {
  const hash = `'sha256-${'A'.repeat(43)}='`;

  it('allows its inline scripts by hash, with no nonce and nothing unsafe', () => {
    const policy = contentSecurityPolicy({ hashes: [hash], frameAncestors: "'self'" });
    const scripts = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe(`script-src 'self' ${hash}`);
  });

  it('drops anything in the hash list that is not a hash source', () => {
    const policy = contentSecurityPolicy({
      hashes: [hash, "'unsafe-inline'", 'https://evil.example', `${hash}; script-src *`],
      frameAncestors: "'self'",
    });
    expect(policy.split('; ').find((d) => d.startsWith('script-src'))).toBe(
      `script-src 'self' ${hash}`,
    );
  });
});

describe('parsePageHashes', () => {
  const hash = `'sha256-${'b'.repeat(43)}='`;

  it('reads the build step file', () => {
    const file = {
      buildId: 'abc',
      pages: { '/': [hash] },
      documents: { '/': 'server/app/index.html' },
    };
    expect(parsePageHashes(JSON.stringify(file))).toEqual(file);
  });

  it.each([
    '',
    'null',
    '{"buildId":"a"}',
    JSON.stringify({ buildId: 'a', pages: { '/': ['x'] }, documents: {} }),
    JSON.stringify({ buildId: 'a', pages: { '/': [hash] } }),
    JSON.stringify({ buildId: 'a', pages: {}, documents: { '/': '/etc/passwd' } }),
    JSON.stringify({ buildId: 'a', pages: {}, documents: { '/': 'server/app/../../x.html' } }),
  ])('treats %j as no file', (text) => {
    expect(parsePageHashes(text)).toBeNull();
  });
});
