/**
 * Every security header of every response, made here and nowhere else: proxy.ts sets them on
 * each response it sees (server/serving/headers.ts), next.config.ts on the build's assets,
 * which the proxy never sees. Each header is written once; nothing later replaces one.
 */

/**
 * How a page's inline scripts are allowed: a page rendered per request carries a fresh nonce
 * (Next adds it to its own inline scripts); a page built ahead of time cannot, so its
 * scripts are allowed by their sha256 hashes, computed from its HTML after the build.
 * Neither way allows any other inline script, and nothing allows eval in production.
 */
export type ScriptSources = { nonce?: string; hashes?: readonly string[] };

export const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/** What every response carries, the build's assets included. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * What a response is, as far as its headers go:
 * - `page`: a page or a route's answer, its scripts allowed by nonce or hash, framed only by
 *   the CSP sources `framedBy` (`'self'`, or for the embed the help desks allowed);
 * - `download`: a plan downloaded as a file, its own styles and nothing else, no script in any
 *   form (sent as an attachment it is not shown by us, but a browser that shows it anyway
 *   runs nothing);
 * - `sealed`: the dashboard's sign-in answer: nothing loads, nothing frames it.
 */
export type SecuredResponse =
  | { kind: 'page'; scripts: ScriptSources; framedBy: readonly string[]; dev?: boolean }
  | { kind: 'download' }
  | { kind: 'sealed' };

function pagePolicy({ scripts, framedBy, dev = false }: SecuredResponse & { kind: 'page' }) {
  const { nonce, hashes = [] } = scripts;
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
    `frame-ancestors ${framedBy.join(' ')}`,
  ].join('; ');
}

const POLICIES = {
  download:
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  sealed: "default-src 'none'; frame-ancestors 'none'",
} as const;

/**
 * X-Frame-Options for browsers that predate frame-ancestors, saying the same: never on a page
 * other sites may frame, where it would refuse every one of them whatever the allowlist says.
 */
function frameOptions(framedBy: readonly string[] | null): Record<string, string> {
  if (framedBy === null) return { 'X-Frame-Options': 'DENY' };
  return framedBy.length === 1 && framedBy[0] === "'self'"
    ? { 'X-Frame-Options': 'SAMEORIGIN' }
    : {};
}

/** The security headers of one response. */
export function securityHeaders(response: SecuredResponse): Record<string, string> {
  const page = response.kind === 'page';
  return {
    'Content-Security-Policy': page ? pagePolicy(response) : POLICIES[response.kind],
    ...frameOptions(page ? response.framedBy : null),
    ...BASE_HEADERS,
  };
}
