import { NextResponse, type NextRequest } from 'next/server';
import { hasMalformedPath, isUnusableWizardLink } from './lib/request-guard';

/** A path no route matches: Next answers it with the static, server-rendered 404 page. */
const NOT_FOUND_PATH = '/_unusable-link';

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Next's own notFound() in a dynamic page sends an empty body that only JavaScript fills,
  // so links that cannot be used are turned into the static 404 here instead.
  if (hasMalformedPath(pathname)) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  if ((pathname === '/check' || pathname === '/embed') && isUnusableWizardLink(search)) {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
