import { NextResponse, type NextRequest } from 'next/server';
import {
  ALLOWED_ORIGINS_ENV,
  framingHeaders,
  parseFrameAncestors,
  type FrameAncestors,
} from './lib/frame-policy';
import { hasMalformedPath, isUnusableWizardLink } from './lib/request-guard';

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
 * a path with broken %-encoding makes the router fail: both are answered here with the static
 * 404 page instead. (An /embed link that cannot be used shows its notice inside the frame.)
 */
function route(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (hasMalformedPath(pathname)) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  if (pathname === '/check' && isUnusableWizardLink(search)) {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  return NextResponse.next();
}

export function proxy(request: NextRequest) {
  const response = route(request);
  const path = hasMalformedPath(request.nextUrl.pathname)
    ? NOT_FOUND_PATH
    : request.nextUrl.pathname;
  const headers = framingHeaders(path, allowedAncestors());
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages and public files; not the hashed build assets, which are never framed.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
