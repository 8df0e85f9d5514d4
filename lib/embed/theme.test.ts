import { describe, expect, it } from 'vitest';
import { accentPalette, contrast, luminance, readableTextOn } from './theme';

/** The backgrounds the accent sits on: white and slate-100 in light mode, slate-800/950 in dark. */
const WHITE = '#ffffff';
const LIGHT_SURFACE = '#f1f5f9';
const DARK_CARD = '#1e293b';
const DARK_PAGE = '#0b1220';

describe('the contrast of two colours', () => {
  it('is the WCAG ratio: 21 for black on white, 1 for a colour on itself, either way round', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#0f766e', '#0f766e')).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrast('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });
});

describe('a help desk’s accent colour', () => {
  const brands = ['#0f766e', '#ffd700', '#ff0000', '#000000', '#ffffff', '#7c3aed', '#1d4ed8'];

  it('is kept where it contrasts enough, else darkened in light mode and lightened in dark', () => {
    // Yellow is too light on white and fine on the dark card; navy the other way round.
    const yellow = accentPalette('#ffd700');
    expect(luminance(yellow.light.accent)).toBeLessThan(luminance('#ffd700'));
    expect(yellow.dark.accent).toBe('#ffd700');

    const navy = accentPalette('#1e3a8a');
    expect(navy.light.accent).toBe('#1e3a8a');
    expect(luminance(navy.dark.accent)).toBeGreaterThan(luminance('#1e3a8a'));
  });

  it.each(brands)(
    'on %s in light mode: fills 3:1 on white, links 4.5:1 on slate-100, button text 4.5:1',
    (brand) => {
      const { light } = accentPalette(brand);

      expect(contrast(light.accent, WHITE)).toBeGreaterThanOrEqual(3);
      expect(contrast(light.strong, LIGHT_SURFACE)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(light.contrast, light.accent)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(brands)(
    'on %s in dark mode: fills and links 4.5:1 on the card and the page, button text 4.5:1',
    (brand) => {
      const { dark } = accentPalette(brand);

      for (const background of [DARK_CARD, DARK_PAGE]) {
        expect(contrast(dark.accent, background)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(dark.strong, background)).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(dark.contrast, dark.accent)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('falls back to the site’s own blue for anything that is not a colour', () => {
    expect(accentPalette('red;}')).toEqual(accentPalette('#1d4ed8'));
    expect(accentPalette('red;}').light.accent).toBe('#1d4ed8');
  });
});

describe('the text on an accent-coloured button', () => {
  it.each([
    ['#ffffff', '#000000'],
    ['#ffd700', '#000000'],
    ['#000000', '#ffffff'],
    ['#0b5cad', '#ffffff'],
    ['#1e3a8a', '#ffffff'],
  ])('on %s is %s, whichever of black and white contrasts more', (accent, expected) => {
    const other = expected === '#000000' ? '#ffffff' : '#000000';

    expect(readableTextOn(accent)).toBe(expected);
    expect(contrast(expected, accent)).toBeGreaterThan(contrast(other, accent));
  });
});
