import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { asksForDocument, DOCUMENT_HEADERS, withLook } from '../../lib/serving/built-documents';
import { documents } from './build';
import { NOT_FOUND_PATH, type Route } from './route';

/**
 * The response for a route, its headers then set by the proxy. A browser's page load of a
 * prerendered page gets the built HTML from memory (lib/serving/built-documents.ts); anything
 * else goes on to Next, a page rendered per request with its policy on the request, where Next
 * reads the nonce to put on its own inline scripts.
 */
export function respond(request: NextRequest, route: Route, policy: string): NextResponse {
  const { pathname } = request.nextUrl;
  if (route.kind === 'redirect') return NextResponse.redirect(new URL(route.to, request.url));
  if (route.kind === 'dynamic') {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('Content-Security-Policy', policy);
    return NextResponse.next({ request: { headers: requestHeaders } });
  }
  const target = route.kind === 'static' ? route.target : NOT_FOUND_PATH;
  const page =
    route.kind === 'static' && asksForDocument(request.method, request.headers)
      ? documents.get(target)
      : null;
  // A look is added to the built page's bytes; a page it cannot be added to is sent as is.
  const built =
    page && route.kind === 'static' && route.look ? (withLook(page, route.look) ?? page) : page;
  if (built) return new NextResponse(built, { headers: DOCUMENT_HEADERS });
  return target === pathname
    ? NextResponse.next()
    : NextResponse.rewrite(new URL(target, request.url));
}
