import { describe, expect, it } from 'vitest';
import { accentPalette, accentStyle, contrast, readableTextOn } from './theme';

describe('contrast', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#0f766e', '#0f766e')).toBe(1);
  });
});

describe('accentPalette', () => {
  const brands = ['#0f766e', '#ffd700', '#ff0000', '#000000', '#ffffff', '#7c3aed', '#1d4ed8'];

  it('keeps a colour that already contrasts well', () => {
    expect(accentPalette('#0f766e').light.accent).toBe('#0f766e');
    expect(accentPalette('#93c5fd').dark.accent).toBe('#93c5fd');
  });

  it.each(brands)('makes %s readable in light mode', (brand) => {
    const { light } = accentPalette(brand);

    expect(contrast(light.accent, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(light.strong, '#f1f5f9')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light.contrast, light.accent)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(brands)('makes %s readable in dark mode', (brand) => {
    const { dark } = accentPalette(brand);

    expect(contrast(dark.accent, '#1e293b')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dark.accent, '#0b1220')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dark.contrast, dark.accent)).toBeGreaterThanOrEqual(4.5);
  });

  it('falls back to the site colour for anything that is not a colour', () => {
    expect(accentPalette('red;}').light.accent).toBe('#1d4ed8');
  });
});

describe('accentStyle', () => {
  it('holds only custom properties with #rrggbb values', () => {
    const style = accentStyle('#ABC');

    expect(Object.keys(style)).toEqual([
      '--embed-accent',
      '--embed-accent-strong',
      '--embed-accent-contrast',
      '--embed-accent-dark',
      '--embed-accent-strong-dark',
      '--embed-accent-contrast-dark',
    ]);
    for (const value of Object.values(style)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('readableTextOn', () => {
  it('picks black on yellow and white on navy', () => {
    expect(readableTextOn('#ffd700')).toBe('#000000');
    expect(readableTextOn('#1e3a8a')).toBe('#ffffff');
  });
});
