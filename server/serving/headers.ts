import 'server-only';
import { countingTiming } from '../../lib/insights/signals';
import { PLAN_DOWNLOAD_PATH } from '../../lib/plan/href';
import {
  ALLOWED_ORIGINS_ENV,
  framedBy,
  parseFrameAncestors,
  type FrameAncestors,
} from '../../lib/serving/frame-policy';
import {
  securityHeaders,
  type ScriptSources,
  type SecuredResponse,
} from '../../lib/serving/security-headers';
import { insightsEnabled } from '../insights/store';
import { GLOBAL_ERROR_ROUTE, hashesOf, NOT_FOUND_ROUTE } from './build';
import { NOT_FOUND_PATH, type Route } from './route';

// Read on each request, not at build time: one build serves every deployment's allowlist.
let cache: { raw: string | undefined; allowed: FrameAncestors } | null = null;

function allowedAncestors(): FrameAncestors {
  const raw = process.env[ALLOWED_ORIGINS_ENV];
  if (cache && cache.raw === raw) return cache.allowed;
  const allowed = parseFrameAncestors(raw);
  cache = { raw, allowed };
  if (allowed.rejected.length > 0) {
    const list = allowed.rejected.map((entry) => JSON.stringify(entry)).join(', ');
    console.warn(
      `${ALLOWED_ORIGINS_ENV}: ignored ${list} (expected origins like https://help.example.com, or *)`,
    );
  }
  return allowed;
}

/** A fresh, unguessable nonce for one response. */
function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** What a response is, for its headers: the dashboard's sign-in answer, or a route's. */
export type Answered = Route | { kind: 'challenge' };

function secured(pathname: string, answered: Answered): SecuredResponse {
  if (answered.kind === 'challenge') return { kind: 'sealed' };
  if (pathname === PLAN_DOWNLOAD_PATH) return { kind: 'download' };
  const framing = framedBy(
    answered.kind === 'not-found' ? NOT_FOUND_PATH : pathname,
    allowedAncestors(),
  );
  const dev = process.env.NODE_ENV === 'development';
  const page = (scripts: ScriptSources): SecuredResponse => ({
    kind: 'page',
    scripts,
    framedBy: framing,
    dev,
  });
  switch (answered.kind) {
    // Built ahead of time: its inline scripts are allowed by hash; no nonce could reach them.
    case 'static':
      return page({ hashes: hashesOf(answered.target) });
    case 'not-found':
      return page({ hashes: hashesOf(NOT_FOUND_ROUTE) });
    case 'redirect':
      return page({});
    // Rendered per request: Next reads the policy from the request to put the nonce on its
    // own inline scripts. An address no route matches gets the prerendered 404 page, and a
    // render that fails the prerendered error page, so their hashes are allowed too.
    case 'dynamic':
      return page({
        nonce: newNonce(),
        hashes: [...(hashesOf(NOT_FOUND_ROUTE) ?? []), ...(hashesOf(GLOBAL_ERROR_ROUTE) ?? [])],
      });
  }
}

/**
 * Every header the proxy adds to a response: its security headers, and in Server-Timing
 * whether this server counts (lib/insights/signals.ts).
 */
export function responseHeaders(pathname: string, answered: Answered): Record<string, string> {
  return {
    ...securityHeaders(secured(pathname, answered)),
    'Server-Timing': countingTiming(insightsEnabled()),
  };
}
