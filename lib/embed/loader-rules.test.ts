import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { EMBED_OPTIONS, OPTION_NAMES } from './options';
import { generatedLoader, loaderRules, withLoaderRules } from './loader-rules';

const file = fileURLToPath(new URL('../../public/embed.js', import.meta.url));
const source = readFileSync(file, 'utf8');
const format = async (text: string) =>
  prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });

describe('public/embed.js, written from the options table', () => {
  it('is up to date: run `node scripts/embed-loader.mjs` (npm run build does) after changing the table', async () => {
    expect(await generatedLoader(source, format)).toBe(source);
  });

  it('goes stale, and is written afresh, when the table changes', async () => {
    const stale = source.replace(/ {4}theme: \[[^\n]*\n/, '');
    expect(stale).not.toBe(source);
    expect(await generatedLoader(stale, format)).toBe(source);
  });

  it('carries every option of the table, with its words', () => {
    const generated = loaderRules();
    for (const name of OPTION_NAMES) {
      expect(generated).toContain(`${name}: [`);
      expect(generated).toContain(JSON.stringify(EMBED_OPTIONS[name].rule.expected));
    }
  });

  it('refuses a file that has lost the lines around its generated part', () => {
    expect(() => withLoaderRules('(() => {})();', loaderRules())).toThrow(/lost the lines/);
  });
});
