import { describe, expect, it } from 'vitest';
import { FALLBACK_ORIGIN, siteOrigin } from './site-origin';

const from = (headers: Record<string, string>) => siteOrigin((name) => headers[name]);

describe('siteOrigin', () => {
  it('uses the host and the forwarded scheme', () => {
    expect(from({ host: 'checklist.example.org', 'x-forwarded-proto': 'https' })).toBe(
      'https://checklist.example.org',
    );
    expect(from({ host: '127.0.0.1:3000', 'x-forwarded-proto': 'http' })).toBe(
      'http://127.0.0.1:3000',
    );
  });

  it('prefers the first forwarded host, as a proxy in front sets it', () => {
    expect(
      from({
        host: 'internal:3000',
        'x-forwarded-host': 'Help.Example.org, other',
        'x-forwarded-proto': 'https,http',
      }),
    ).toBe('https://help.example.org');
  });

  it('guesses http for this machine and https elsewhere when no scheme is forwarded', () => {
    expect(from({ host: 'localhost:3000' })).toBe('http://localhost:3000');
    expect(from({ host: '[::1]:3000' })).toBe('http://[::1]:3000');
    expect(from({ host: 'checklist.example.org' })).toBe('https://checklist.example.org');
    expect(from({ host: 'checklist.example.org', 'x-forwarded-proto': 'gopher' })).toBe(
      'https://checklist.example.org',
    );
  });

  it.each([
    'evil.example/"><script>',
    'evil.example:80:80',
    'a b',
    'user@evil.example',
    '',
    '-bad.example',
    'x'.repeat(300),
  ])('falls back for the host %j', (host) => {
    expect(from({ host })).toBe(FALLBACK_ORIGIN);
  });
});
