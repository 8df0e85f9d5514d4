import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import {
  contentSecurityPolicy,
  DOWNLOAD_POLICY,
  newNonce,
  parsePageHashes,
  type PageHashes,
} from './lib/serving/csp';
import {
  ALLOWED_ORIGINS_ENV,
  frameAncestorsFor,
  framingHeaders,
  parseFrameAncestors,
  type FrameAncestors,
} from './lib/serving/frame-policy';
import { CONTENT_VERSION, services } from './content';
import { withoutParams } from './lib/wizard/answers-url';
import { queryRecord } from './lib/query-value';
import { PLAN_DOWNLOAD_PATH } from './lib/plan/href';
import { EMBED_PATH, embedBasePath, embedStartTarget } from './lib/embed/link';
import { EMBED_OPTION_NAMES, parseEmbedOptions } from './lib/embed/protocol';
import { OUTCOME_IDS } from './lib/wizard/flow';
import {
  hasMalformedPath,
  isUnknownItemPage,
  isUnusableWizardLink,
} from './lib/serving/request-guard';
import { challenge, dashboardAccess, isDashboardPath } from './lib/insights/access';
import { countPageLoad } from './lib/insights/page-load';
import { countingTiming } from './lib/insights/signals';
import { insightsEnabled } from './lib/insights/store';
import { linksOfSteps, stepPathForSearch } from './lib/serving/static-steps';
import {
  asksForDocument,
  builtDocuments,
  DOCUMENT_HEADERS,
  withLook,
  type LookAddition,
} from './lib/serving/built-documents';
import { hasLook, lookAttributes, lookOf, lookStylesheetHref } from './lib/embed/look';

const KNOWN = { outcomes: OUTCOME_IDS, services: services.map((service) => service.id) };

/** A path no route matches: Next answers it with the static, server-rendered 404 page. */
const NOT_FOUND_PATH = '/_unusable-link';
/** The prerendered pages that answer for addresses no page is built for. */
const NOT_FOUND_ROUTE = '/_not-found';
const GLOBAL_ERROR_ROUTE = '/_global-error';

/**
 * The hashes of every prerendered page's inline scripts, written after `next build` by
 * scripts/csp-hashes.mjs and read once here. Without it (development, or a build made
 * without that step) every page is rendered per request with a nonce.
 */
function loadPageHashes(): PageHashes | null {
  if (process.env.NODE_ENV !== 'production') return null;
  const dir = join(process.cwd(), '.next');
  try {
    const hashes = parsePageHashes(readFileSync(join(dir, 'csp-hashes.json'), 'utf8'));
    const buildId = readFileSync(join(dir, 'BUILD_ID'), 'utf8').trim();
    if (hashes?.buildId === buildId) return hashes;
  } catch {
    // Reported below.
  }
  console.error(
    'No script hashes for this build (.next/csp-hashes.json missing or from another build): ' +
      'build with "npm run build". Prerendered pages will not run their scripts.',
  );
  return null;
}
const pageHashes = loadPageHashes();
const hashesOf = (route: string) => pageHashes?.pages[route];
/** The prerendered pages' HTML, sent from here to a browser asking for the document. */
const documents = builtDocuments(
  pageHashes?.documents ?? {},
  (file) =>
    // Copied once into a plain Uint8Array, the body type a Response takes.
    new Uint8Array(readFileSync(join(process.cwd(), '.next', file))),
);
/** The links the wizard itself writes, each with its prerendered step: no replay needed. */
const stepOfLink = linksOfSteps(Object.keys(pageHashes?.pages ?? {}), CONTENT_VERSION);

/** The prerendered step for a wizard page's answers: looked up, else replayed. */
function stepFor(page: string, answers: URLSearchParams): string | null {
  const search = answers.toString();
  return (
    stepOfLink.get(search ? `${page}?${search}` : page) ??
    stepPathForSearch(page, answers, CONTENT_VERSION)
  );
}

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
function notFoundHere(pathname: string, query: URLSearchParams, headers: Headers): boolean {
  return (
    hasMalformedPath(pathname) ||
    isUnknownItemPage(pathname, KNOWN) ||
    (pathname === '/check' && isUnusableWizardLink(query.toString())) ||
    (isDashboardPath(pathname) && dashboardAccess(headers) === 'hidden')
  );
}

type Route =
  | { kind: 'static'; target: string; look?: LookAddition }
  | { kind: 'redirect'; to: string }
  | { kind: 'not-found' }
  | { kind: 'dynamic' };

/**
 * The embed's prerendered step for its address, in any look (lib/embed/look.ts: the built page
 * is sent with the look's attributes and stylesheet added), when its options need no warning.
 * A first visit that names a starting point is sent to the address with those answers added,
 * so the wizard, which reads its answers from the address, opens there.
 */
function embedRoute(query: URLSearchParams): Route | null {
  if (!EMBED_OPTION_NAMES.some((name) => query.has(name))) {
    const target = stepFor(EMBED_PATH, query);
    return target ? { kind: 'static', target } : null;
  }
  const raw = queryRecord(query);
  const { options, warnings } = parseEmbedOptions(raw);
  const start = embedStartTarget(raw, options, CONTENT_VERSION);
  if (start) return { kind: 'redirect', to: start };
  if (warnings.length > 0) return null;
  const answers = new URLSearchParams(withoutParams(query.toString(), EMBED_OPTION_NAMES));
  const target = stepFor(EMBED_PATH, answers);
  if (!target) return null;
  if (!hasLook(options)) return { kind: 'static', target };
  const look = { mainAttributes: lookAttributes(options), stylesheet: lookStylesheetHref(options) };
  return { kind: 'static', target, look };
}

/**
 * A step's link inside a framed page with a look, followed before the page's script has given
 * its links the look (without JavaScript, or a click before it starts): the built page's links
 * hold only the answers. The page it came from, named by the Referer (sent in full within this
 * site: next.config.ts), carries the look: the request is sent to the same address
 * with it, so every step keeps the help desk's look. Null when there is nothing to add.
 */
function lookFromReferer(request: NextRequest, query: URLSearchParams): string | null {
  if (EMBED_OPTION_NAMES.some((name) => query.has(name))) return null;
  if (!asksForDocument(request.method, request.headers)) return null;
  let from: URL;
  try {
    from = new URL(request.headers.get('referer') ?? '');
  } catch {
    return null;
  }
  // The Host header, not nextUrl: Next names its own host there (localhost), not the one asked.
  if (from.host !== request.headers.get('host') || from.pathname !== EMBED_PATH) return null;
  const look = lookOf(from.searchParams);
  if (!look || !hasLook(look)) return null;
  const search = query.toString();
  return `${embedBasePath(look)}${search ? `&${search}` : ''}`;
}

/**
 * Where a wizard link (`/check?…`, `/embed?…`) is served from depends on its address alone,
 * so it is worked out once per distinct link: the links in use are few, and a help desk's
 * frame link would otherwise have its options validated on every load. Bounded, oldest out.
 */
const MAX_REMEMBERED_LINKS = 5_000;
const MAX_LINK_LENGTH = 600;
const linkRoutes = new Map<string, Route | null>();

function wizardLinkRoute(pathname: string, query: URLSearchParams): Route | null {
  const key = `${pathname}?${query.toString()}`;
  const known = linkRoutes.get(key);
  if (known !== undefined) return known;
  let found: Route | null;
  if (pathname === EMBED_PATH) found = embedRoute(query);
  else {
    const target = stepFor('/check', query);
    found = target ? { kind: 'static', target } : null;
  }
  if (key.length <= MAX_LINK_LENGTH) {
    if (linkRoutes.size >= MAX_REMEMBERED_LINKS) {
      linkRoutes.delete(linkRoutes.keys().next().value ?? '');
    }
    linkRoutes.set(key, found);
  }
  return found;
}

function routeOf(pathname: string, query: URLSearchParams, headers: Headers): Route {
  if (pathname === NOT_FOUND_PATH || hasMalformedPath(pathname)) return { kind: 'not-found' };
  if (pageHashes) {
    let found: Route | null = null;
    if (pathname === '/check' || pathname === EMBED_PATH) {
      found = wizardLinkRoute(pathname, query);
    } else if (hashesOf(pathname)) {
      // Also a prerendered page asked for at its own path (a step's built path included).
      found = { kind: 'static', target: pathname };
    }
    if (found?.kind === 'redirect') return found;
    if (found?.kind === 'static' && hashesOf(found.target)) return found;
  }
  return notFoundHere(pathname, query, headers) ? { kind: 'not-found' } : { kind: 'dynamic' };
}

export function proxy(request: NextRequest) {
  if (isDashboardPath(request.nextUrl.pathname) && dashboardAccess(request.headers) === 'denied') {
    return challenge();
  }
  const { pathname } = request.nextUrl;
  const query = new URLSearchParams(request.nextUrl.searchParams);
  // The router's cache-busting parameter on its own fetches is not part of any link.
  query.delete('_rsc');
  const lookAdded = pathname === EMBED_PATH ? lookFromReferer(request, query) : null;
  if (lookAdded) return NextResponse.redirect(new URL(lookAdded, request.url));
  const route = routeOf(pathname, query, request.headers);
  if (route.kind === 'redirect') return NextResponse.redirect(new URL(route.to, request.url));
  if (route.kind !== 'not-found') countPageLoad(request);

  const allowed = allowedAncestors();
  const framePath = route.kind === 'not-found' ? NOT_FOUND_PATH : pathname;
  const frameAncestors = frameAncestorsFor(framePath, allowed);
  const dev = process.env.NODE_ENV === 'development';
  let response: NextResponse;
  let csp: string;
  if (route.kind === 'static' || route.kind === 'not-found') {
    // Built ahead of time: its inline scripts are allowed by hash; no nonce could reach them.
    // A browser's page load gets the built HTML from here; anything else goes on to Next.
    const target = route.kind === 'static' ? route.target : NOT_FOUND_PATH;
    const hashes = hashesOf(route.kind === 'static' ? route.target : NOT_FOUND_ROUTE);
    csp = contentSecurityPolicy({ hashes, frameAncestors, dev });
    const page =
      route.kind === 'static' && asksForDocument(request.method, request.headers)
        ? documents.get(target)
        : null;
    // A look is added to the built page's bytes; a page it cannot be added to is sent as is.
    const built =
      page && route.kind === 'static' && route.look ? (withLook(page, route.look) ?? page) : page;
    if (built) {
      response = new NextResponse(built, { headers: DOCUMENT_HEADERS });
    } else {
      response =
        target === pathname
          ? NextResponse.next()
          : NextResponse.rewrite(new URL(target, request.url));
    }
  } else {
    // Rendered per request: Next reads the policy from the request to put the nonce on its
    // own inline scripts. An address no route matches gets the prerendered 404 page, and a
    // render that fails the prerendered error page, so their hashes are allowed too.
    csp = contentSecurityPolicy({
      nonce: newNonce(),
      hashes: [...(hashesOf(NOT_FOUND_ROUTE) ?? []), ...(hashesOf(GLOBAL_ERROR_ROUTE) ?? [])],
      frameAncestors,
      dev,
    });
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('Content-Security-Policy', csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  // A plan downloaded as a file carries a policy of its own: styles only, no script at all.
  if (pathname === PLAN_DOWNLOAD_PATH) csp = DOWNLOAD_POLICY;
  for (const [name, value] of Object.entries(framingHeaders(framePath, allowed))) {
    response.headers.set(name, value);
  }
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('Server-Timing', countingTiming(insightsEnabled()));
  return response;
}

export const config = {
  // Pages and public files; not the hashed build assets, which are never framed. The words
  // file goes through too: a name no build made is answered with the 404 page, which needs
  // its policy like any other.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
