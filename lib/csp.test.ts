import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from './csp';

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
