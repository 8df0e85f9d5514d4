import { describe, expect, it } from 'vitest';
import { FALLBACK_ORIGIN, originFrom, siteOrigin } from './origin';

const headers = (values: Record<string, string>) => ({
  get: (name: string) => values[name] ?? null,
});

describe('originFrom', () => {
  it('uses the Host header over plain http', () => {
    expect(originFrom(headers({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000');
  });

  it('prefers what a proxy forwarded, first value only', () => {
    expect(
      originFrom(
        headers({
          host: 'internal:8080',
          'x-forwarded-host': 'Help.Example.com, proxy.local',
          'x-forwarded-proto': 'https,http',
        }),
      ),
    ).toBe('https://help.example.com');
  });

  it('refuses a host that is not a plain host name', () => {
    for (const bad of ['evil.com/path', 'a b', '"><script>', 'user@host', '', 'x'.repeat(300)]) {
      expect(originFrom(headers({ host: bad })), bad).toBeNull();
    }
    expect(originFrom(headers({}))).toBeNull();
  });

  it('ignores an unknown protocol', () => {
    expect(originFrom(headers({ host: 'example.com', 'x-forwarded-proto': 'javascript' }))).toBe(
      'http://example.com',
    );
  });

  it('accepts an IPv6 host', () => {
    expect(originFrom(headers({ host: '[::1]:3000' }))).toBe('http://[::1]:3000');
  });
});

describe('siteOrigin', () => {
  it('is the request origin when there is one', () => {
    expect(siteOrigin(headers({ host: 'help.example.org', 'x-forwarded-proto': 'https' }))).toBe(
      'https://help.example.org',
    );
  });

  it.each(['evil.example/"><script>', 'evil.example:80:80', 'a b', '', '-bad.example'])(
    'falls back to where npm start serves for the host %j',
    (host) => {
      expect(siteOrigin(headers({ host }))).toBe(FALLBACK_ORIGIN);
    },
  );
});
