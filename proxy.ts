import type { NextRequest } from 'next/server';
import { lookFromReferer } from './lib/serving/look-from-referer';
import { EMBED_PATH } from './lib/embed/link';
import { challenge, dashboardAccess, isDashboardPath } from './server/insights/access';
import { countPageLoad } from './server/insights/page-load';
import { responseHeaders, type Answered } from './server/serving/headers';
import { resolveLink, WIZARD_PATHS } from './server/serving/links';
import { respond } from './server/serving/respond';
import { routeOf } from './server/serving/route';

/**
 * Every request but the build's assets, as a short list of decisions. The work is in
 * server/serving/, in the order a request travels: build.ts (what the build made, read once),
 * links.ts (what a wizard link means, worked out once), route.ts (how it is answered),
 * headers.ts (every header added here, made by lib/serving/security-headers.ts) and
 * respond.ts (the response itself).
 */
export function proxy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  const query = new URLSearchParams(request.nextUrl.searchParams);
  // The router's cache-busting parameter on its own fetches is not part of any link.
  query.delete('_rsc');

  // 1. The dashboard: without the right token the browser is asked for it.
  const access = isDashboardPath(pathname) ? dashboardAccess(request.headers) : null;
  if (access === 'denied') return answer(request, pathname, { kind: 'challenge' });

  // 2. A framed step's link followed without the help desk's look: sent to it with the look.
  const withLook = pathname === EMBED_PATH ? lookFromReferer(request, query) : null;
  if (withLook) return answer(request, pathname, { kind: 'redirect', to: withLook });

  // 3. A wizard link, resolved once: the step it serves, where it goes, what it shows.
  const link = WIZARD_PATHS.includes(pathname) ? resolveLink(pathname, query) : null;

  // 4. Redirect, prerendered step or page, the 404 page, or a page rendered per request.
  const route = routeOf(pathname, link, access === 'hidden');

  // 5. A step shown as a page is counted, from the link already resolved.
  if (link && route.kind !== 'redirect' && route.kind !== 'not-found') {
    countPageLoad(request, link.shown);
  }
  return answer(request, pathname, route);
}

/** The response, with every header this server adds, each set once. */
function answer(request: NextRequest, pathname: string, answered: Answered): Response {
  const headers = responseHeaders(pathname, answered);
  const response =
    answered.kind === 'challenge'
      ? challenge()
      : respond(request, answered, headers['Content-Security-Policy']!);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages and public files; not the hashed build assets, which are never framed (next.config.ts
  // gives them their headers). The words file goes through too: a name no build made is
  // answered with the 404 page, which needs its policy like any other.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
