/**
 * Colour helpers for a help desk's accent colour. Kept free of zod so the snippet builder can
 * use them in the browser. Every output is `#rrggbb` built from hex digits only, so it is safe
 * to put into a CSS custom property.
 */

/** `#rgb`, `#rrggbb` or the same without `#` (easier to type into a plain iframe URL). */
export const ACCENT_PATTERN = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The accent as `#rrggbb` in lower case, or null for anything else. */
export function sanitizeAccent(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = ACCENT_PATTERN.exec(value.trim());
  if (!match?.[1]) return null;
  const hex = match[1].toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

type Rgb = [number, number, number];

function toRgb(hex: string): Rgb {
  const clean = sanitizeAccent(hex) ?? '#000000';
  return [1, 3, 5].map((at) => Number.parseInt(clean.slice(at, at + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `share` of the way from `from` to `to`, channel by channel. */
function mix(from: string, to: string, share: number): string {
  const a = toRgb(from);
  const b = toRgb(to);
  return toHex(a.map((channel, i) => channel + (b[i]! - channel) * share) as Rgb);
}

/** The colour moved towards `towards` in small steps until it contrasts enough with `on`. */
function until(color: string, towards: string, on: string, ratio: number): string {
  for (let share = 0; share < 1; share += 0.05) {
    const candidate = mix(color, towards, share);
    if (contrast(candidate, on) >= ratio) return candidate;
  }
  return towards;
}

/**
 * Black or white, whichever contrasts more with the accent (WCAG relative luminance), so text
 * on an accent-coloured button stays readable whatever colour the help desk picks.
 */
export function readableTextOn(accent: string): '#000000' | '#ffffff' {
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); equal at ~0.179.
  return luminance(accent) > 0.179 ? '#000000' : '#ffffff';
}

/** The lightest background that links sit on in light mode (slate-100), and darkest in dark. */
const LIGHT_SURFACE = '#f1f5f9';
const DARK_SURFACE = '#1e293b';

export type AccentSet = { accent: string; strong: string; contrast: string };
export type AccentPalette = { light: AccentSet; dark: AccentSet };

/**
 * The site's three accent variables for light and for dark mode, from one brand colour. The
 * colour is kept as it is when it already contrasts enough, and otherwise darkened (light
 * mode) or lightened (dark mode) just enough: fills and focus rings at least 3:1 against the
 * page (WCAG 1.4.11), link text at least 4.5:1 (WCAG 1.4.3).
 */
export function accentPalette(accent: string): AccentPalette {
  const base = sanitizeAccent(accent) ?? '#1d4ed8';
  const lightAccent = until(base, '#000000', '#ffffff', 3);
  const lightStrong = until(mix(lightAccent, '#000000', 0.25), '#000000', LIGHT_SURFACE, 4.5);
  const darkAccent = until(base, '#ffffff', DARK_SURFACE, 4.5);
  const darkStrong = mix(darkAccent, '#ffffff', 0.35);
  return {
    light: { accent: lightAccent, strong: lightStrong, contrast: readableTextOn(lightAccent) },
    dark: { accent: darkAccent, strong: darkStrong, contrast: readableTextOn(darkAccent) },
  };
}

/**
 * The palette as CSS custom properties, for `/embed/look.css` (./look.ts). The embed's
 * stylesheet maps them onto `--accent`, `--accent-strong` and `--accent-contrast` for the
 * active colour scheme.
 */
export function accentStyle(accent: string): Record<`--${string}`, string> {
  const { light, dark } = accentPalette(accent);
  return {
    '--embed-accent': light.accent,
    '--embed-accent-strong': light.strong,
    '--embed-accent-contrast': light.contrast,
    '--embed-accent-dark': dark.accent,
    '--embed-accent-strong-dark': dark.strong,
    '--embed-accent-contrast-dark': dark.contrast,
  };
}
