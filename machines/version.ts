/** A dotted app version such as 6.8.33, as numbers; compared part by part, never as text. */
export type Version = readonly number[];

// Two parts at least: "6832" is 6.8.32 typed without dots, and read as one number it would
// pass any minimum.
const VERSION_PATTERN = /^\d{1,6}(\.\d{1,6}){1,3}$/;

/**
 * Reads what a person typed as an app version. Accepts a leading "v" or "Version",
 * surrounding spaces, and commas for dots (keyboards with a decimal comma type "6,8,40");
 * refuses anything else (letters, empty parts, a single number, more than four parts).
 */
export function parseVersion(input: string): Version | null {
  const cleaned = input
    .trim()
    .replace(/^(version|v)\s*/i, '')
    .trim()
    .replaceAll(',', '.');
  if (cleaned.length > 40 || !VERSION_PATTERN.test(cleaned)) return null;
  return cleaned.split('.').map((part) => Number.parseInt(part, 10));
}

/** Negative when a < b, zero when equal, positive when a > b; missing parts count as 0. */
export function compareVersions(a: Version, b: Version): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
