import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_PATH } from './link';
import {
  hasLook,
  lookAttributes,
  lookOf,
  lookStylesheet,
  lookStylesheetHref,
  LOOK_STYLESHEET_PATH,
} from './look';
import { parseEmbedOptions } from './protocol';
import { CONTENT_VERSION } from '../../content';
import { toSearch } from '../wizard/answers-url';
import { shortestPathTo } from '../wizard/paths';

/** Answers beside the look in an /embed address: a machine's way to a question. */
const answers = toSearch(shortestPathTo('ios-new-phone')!, CONTENT_VERSION);

const options = (params: Record<string, string>) => parseEmbedOptions(params).options;

describe('a look', () => {
  it('is read off the address with the table’s rules, the answers and start left aside', () => {
    const look = lookOf(
      new URLSearchParams(`accent=0F766E&theme=dark&compact=true&${answers}&start=lost`),
    );
    expect(look).toMatchObject({ accent: '#0f766e', theme: 'dark', compact: true });
    expect(hasLook(look!)).toBe(true);
    expect(hasLook(lookOf(new URLSearchParams(answers))!)).toBe(false);
  });

  it('is not read from an address whose options need a warning', () => {
    for (const search of ['accent=red', 'theme=sepia&accent=fff', 'theme=dark&theme=light']) {
      expect(lookOf(new URLSearchParams(search)), search).toBeNull();
    }
  });

  it('gives <main> the attributes embed.css reads, and nothing for the default look', () => {
    expect(lookAttributes(options({ accent: 'abc', theme: 'dark', compact: 'true' }))).toEqual({
      'data-theme': 'dark',
      'data-accent': '',
      'data-compact': '',
    });
    expect(lookAttributes(options({ theme: 'light' }))).toEqual({ 'data-theme': 'light' });
    expect(lookAttributes(options({ theme: 'auto', compact: 'false' }))).toEqual({});
  });

  it('links a stylesheet only for an accent, named by its six digits', () => {
    expect(lookStylesheetHref(options({ accent: '#ABC', theme: 'dark' }))).toBe(
      `${LOOK_STYLESHEET_PATH}?accent=aabbcc`,
    );
    expect(lookStylesheetHref(options({ theme: 'dark', compact: 'true' }))).toBeNull();
    expect(LOOK_STYLESHEET_PATH.startsWith(`${EMBED_PATH}/`)).toBe(true);
  });
});

describe('the accent’s stylesheet', () => {
  it('declares every custom property embed.css reads, each as #rrggbb and nothing else', () => {
    const css = lookStylesheet(new URLSearchParams('accent=0f766e'))!;
    const declarations = [...css.matchAll(/^ {2}(--[a-z-]+): (.+);$/gm)];
    const read = new Set(readFileSync('app/(embed)/embed.css', 'utf8').match(/--embed-[a-z-]+/g));
    expect(read.size).toBeGreaterThan(0);
    expect(new Set(declarations.map((d) => d[1]))).toEqual(read);
    for (const [, , value] of declarations) expect(value).toMatch(/^#[0-9a-f]{6}$/);
    expect(css).toMatch(/^\/\*[^*]*\*\/\n:root \{\n/);
  });

  it.each([
    '',
    'accent=red',
    'accent=%23fff;}body{color:red',
    'accent=fff&accent=000',
    'accent=fff&theme=dark',
    'theme=dark',
  ])('refuses %j', (search) => {
    expect(lookStylesheet(new URLSearchParams(search))).toBeNull();
  });
});
