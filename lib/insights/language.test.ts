import { describe, expect, it } from 'vitest';
import { LANGUAGES, OTHER_LANGUAGE, primaryLanguage } from './language';

describe('primaryLanguage', () => {
  it('keeps only the primary subtag of the first choice', () => {
    expect(primaryLanguage('de-CH,de;q=0.9,en;q=0.8')).toBe('de');
    expect(primaryLanguage('pt-BR')).toBe('pt');
    expect(primaryLanguage('zh-Hant-TW, en;q=0.5')).toBe('zh');
    expect(primaryLanguage('EN-gb')).toBe('en');
  });

  it('takes the highest weight, and the first of equal ones', () => {
    expect(primaryLanguage('fr;q=0.4, es;q=0.9')).toBe('es');
    expect(primaryLanguage('it, ja')).toBe('it');
    expect(primaryLanguage('en;q=0, nl;q=0.1')).toBe('nl');
  });

  it('counts Norwegian Bokmål and Nynorsk as Norwegian', () => {
    expect(primaryLanguage('nb-NO,nb;q=0.9')).toBe('no');
    expect(primaryLanguage('nn')).toBe('no');
  });

  it('says "other" for languages not on the list, a wildcard and anything unreadable', () => {
    for (const header of [
      'gsw-CH',
      '*',
      '',
      null,
      undefined,
      'en;q=2',
      'en;q=abc',
      '12-34',
      'x'.repeat(600),
      `en-${'a'.repeat(600)}`,
      ';;;,,,',
      'en_US',
      '<script>',
    ]) {
      expect(primaryLanguage(header), String(header).slice(0, 20)).toBe(OTHER_LANGUAGE);
    }
  });

  it('skips an unreadable entry and reads the next', () => {
    expect(primaryLanguage('<bad>, sv;q=0.8')).toBe('sv');
  });

  it('lists about thirty languages, each a two-letter subtag', () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(28);
    expect(LANGUAGES.length).toBeLessThanOrEqual(32);
    for (const code of LANGUAGES) expect(code).toMatch(/^[a-z]{2}$/);
    expect(new Set(LANGUAGES).size).toBe(LANGUAGES.length);
  });
});
