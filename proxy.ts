import { NextResponse, type NextRequest } from 'next/server';
import {
  ALLOWED_ORIGINS_ENV,
  framingHeaders,
  parseFrameAncestors,
  type FrameAncestors,
} from './lib/frame-policy';

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

export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  const headers = framingHeaders(request.nextUrl.pathname, allowedAncestors());
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages and public files; not the hashed build assets, which are never framed.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
