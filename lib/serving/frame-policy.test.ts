import { describe, expect, it } from 'vitest';
import { framedBy, parseFrameAncestors } from './frame-policy';
import { securityHeaders } from './security-headers';

describe('parseFrameAncestors', () => {
  it.each([undefined, '', '  ', ' , '])('lets any site frame the embed when given %j', (raw) => {
    expect(parseFrameAncestors(raw)).toEqual({ sources: ['*'], rejected: [] });
  });

  it('reads origins separated by spaces or commas, always with the site itself', () => {
    expect(
      parseFrameAncestors('https://help.example.com, http://localhost:8080  https://*.zendesk.com'),
    ).toEqual({
      sources: [
        "'self'",
        'https://help.example.com',
        'http://localhost:8080',
        'https://*.zendesk.com',
      ],
      rejected: [],
    });
  });

  it('lowercases, drops a trailing slash and repeats', () => {
    expect(
      parseFrameAncestors('HTTPS://Help.Example.com/ https://help.example.com').sources,
    ).toEqual(["'self'", 'https://help.example.com']);
  });

  it.each([
    'help.example.com',
    'https://help.example.com/path',
    'ftp://help.example.com',
    "'none'",
    'https://exa_mple.com',
    'https://example.com;script-src',
    'javascript:alert(1)',
  ])('rejects %j and never widens access because of it', (entry) => {
    expect(parseFrameAncestors(entry)).toEqual({ sources: ["'self'"], rejected: [entry] });
  });

  it('keeps the good entries next to a bad one', () => {
    expect(parseFrameAncestors('https://a.example bad https://b.example')).toEqual({
      sources: ["'self'", 'https://a.example', 'https://b.example'],
      rejected: ['bad'],
    });
  });

  it('treats * anywhere in the list as any site', () => {
    expect(parseFrameAncestors('https://a.example *').sources).toEqual(['*']);
  });
});

describe('framedBy', () => {
  const any = parseFrameAncestors(undefined);
  const listed = parseFrameAncestors('https://help.example.com');

  it('lets the allowed sites frame /embed and its prerendered steps, without X-Frame-Options', () => {
    for (const path of ['/embed', '/embed/', '/embed/3/restore']) {
      const headers = securityHeaders({
        kind: 'page',
        scripts: {},
        framedBy: framedBy(path, listed),
      });
      expect(headers['Content-Security-Policy']).toMatch(
        /; frame-ancestors 'self' https:\/\/help\.example\.com$/,
      );
      expect(headers).not.toHaveProperty('X-Frame-Options');
    }
    expect(framedBy('/embed', any)).toEqual(['*']);
  });

  it.each(['/', '/check', '/embed/docs', '/embed.js', '/outcome/cross-platform', '/embedx'])(
    'lets only the site itself frame %s, in both headers',
    (path) => {
      const headers = securityHeaders({ kind: 'page', scripts: {}, framedBy: framedBy(path, any) });
      expect(headers['Content-Security-Policy']).toMatch(/; frame-ancestors 'self'$/);
      expect(headers['X-Frame-Options']).toBe('SAMEORIGIN');
    },
  );
});

describe('isEmbedPath', () => {
  it('covers the embed and its prerendered steps, not the docs page', async () => {
    const { isEmbedPath } = await import('./frame-policy');
    expect(isEmbedPath('/embed')).toBe(true);
    expect(isEmbedPath('/embed/2/restore/ios-ios')).toBe(true);
    expect(isEmbedPath('/embed/docs')).toBe(false);
    expect(isEmbedPath('/embedded')).toBe(false);
  });
});
