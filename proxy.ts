import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from './lib/csp';
import {
  ALLOWED_ORIGINS_ENV,
  frameAncestorsFor,
  framingHeaders,
  parseFrameAncestors,
  type FrameAncestors,
} from './lib/frame-policy';
import { services } from './content';
import { OUTCOME_IDS } from './lib/flow';
import { hasMalformedPath, isUnknownItemPage, isUnusableWizardLink } from './lib/request-guard';
import { challenge, dashboardAccess, isDashboardPath } from './lib/insights/access';
import { countPageLoad } from './lib/insights/page-load';

const KNOWN = { outcomes: OUTCOME_IDS, services: services.map((service) => service.id) };

/** A path no route matches: Next answers it with the static, server-rendered 404 page. */
const NOT_FOUND_PATH = '/_unusable-link';

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

/**
 * Next's own notFound() in a dynamic page sends an empty body that only JavaScript fills, and
 * a path with broken %-encoding makes the router fail: these, and per-item pages for ids that
 * do not exist, are answered here with the static 404 page instead. (An /embed link that cannot be used shows its notice inside the frame.)
 */
function notFoundHere(request: NextRequest): boolean {
  const { pathname, search } = request.nextUrl;
  return (
    hasMalformedPath(pathname) ||
    isUnknownItemPage(pathname, KNOWN) ||
    (pathname === '/check' && isUnusableWizardLink(search)) ||
    (isDashboardPath(pathname) && dashboardAccess(request.headers) === 'hidden')
  );
}

export function proxy(request: NextRequest) {
  if (isDashboardPath(request.nextUrl.pathname) && dashboardAccess(request.headers) === 'denied') {
    return challenge();
  }
  const missing = notFoundHere(request);
  if (!missing) countPageLoad(request);
  const path = missing ? NOT_FOUND_PATH : request.nextUrl.pathname;
  const allowed = allowedAncestors();
  // Next reads the policy from the request to put the nonce on its own inline scripts.
  const csp = contentSecurityPolicy({
    nonce: newNonce(),
    frameAncestors: frameAncestorsFor(path, allowed),
    dev: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  const init = { request: { headers: requestHeaders } };
  const response = missing
    ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), init)
    : NextResponse.next(init);
  for (const [name, value] of Object.entries(framingHeaders(path, allowed))) {
    response.headers.set(name, value);
  }
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Pages and public files; not the hashed build assets, which are never framed.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
