import { z } from 'zod';

/**
 * How a page's inline scripts are allowed: a page rendered per request carries a fresh nonce
 * (Next adds it to its own inline scripts); a page built ahead of time cannot, so its
 * scripts are allowed by their sha256 hashes, computed from its HTML after the build.
 * Neither way allows any other inline script, and nothing allows eval in production.
 */
export type ScriptSources = { nonce?: string; hashes?: readonly string[] };

const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * The Content-Security-Policy for a page: scripts only from this site, with the nonce or a
 * listed hash, nothing loaded from elsewhere, forms and frames only to this site.
 * `frameAncestors` comes from the framing rules.
 */
export function contentSecurityPolicy(
  options: ScriptSources & { frameAncestors: string; dev?: boolean },
): string {
  const { nonce, hashes = [], frameAncestors, dev = false } = options;
  const scriptSources = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    // Only well-formed hash sources: nothing else may ride into the policy with them.
    ...hashes.filter((hash) => HASH_SOURCE.test(hash)),
    // React's development build evaluates code to rebuild error stacks; production never does.
    ...(dev ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    // Style attributes carry computed values (the progress bar, an embed's accent colour).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * For a plan downloaded as a file: its own styles and nothing else, no script in any form.
 * Sent as an attachment it is not shown by us, but a browser that shows it anyway runs nothing.
 */
export const DOWNLOAD_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * What the build step writes (scripts/csp-hashes.mjs): each prerendered route's hashes, and
 * for those answered with 200 the file of their HTML, relative to the build directory.
 */
const pageHashesSchema = z.strictObject({
  buildId: z.string().min(1),
  pages: z.record(z.string(), z.array(z.string().regex(HASH_SOURCE))),
  documents: z.record(z.string(), z.string().regex(/^server\/app\/(?!.*\.\.)[^\0]+\.html$/)),
});
export type PageHashes = z.infer<typeof pageHashesSchema>;

/** Reads the build's hashes file; anything of another shape is treated as no file at all. */
export function parsePageHashes(text: string): PageHashes | null {
  try {
    return pageHashesSchema.safeParse(JSON.parse(text)).data ?? null;
  } catch {
    return null;
  }
}
