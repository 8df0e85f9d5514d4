/**
 * The Content-Security-Policy for a page: scripts only from this site or carrying the
 * request's nonce (Next adds it to its own inline scripts), nothing loaded from elsewhere,
 * forms and frames only to this site. `frameAncestors` comes from the framing rules.
 */
export function contentSecurityPolicy(options: {
  nonce: string;
  frameAncestors: string;
  dev?: boolean;
}): string {
  const { nonce, frameAncestors, dev = false } = options;
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild error stacks; production never does.
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ''}`,
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

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
