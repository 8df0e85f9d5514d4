/**
 * How a service's names are compared: the same keys decide whether two services would share
 * a search term (servicesSchema refuses that) and what a search finds (lib/services/search.ts).
 * Plain functions without zod, so the browser's live search can use them.
 */

/** Lowercase letters and digits only: accents, case, punctuation and spaces removed. */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Keys a service's name is known by: "X (Twitter)" is both "xtwitter" and "x".
 */
export function nameKeys(name: string): string[] {
  const keys = [searchKey(name), searchKey(name.replace(/\([^)]*\)/g, ' '))];
  return [...new Set(keys.filter((key) => key.length > 0))];
}
