import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

describe('public/embed.js', () => {
  it('stays under 3 KB gzipped, measured as npm run bench does', () => {
    const file = readFileSync(new URL('../../public/embed.js', import.meta.url));
    expect(gzipSync(file, { level: 9 }).length).toBeLessThan(3 * 1024);
  });

  it('has no import or require: help desks paste it as it is', () => {
    const source = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
