import 'server-only';
import { services } from '../../content';
import type { LookAddition } from '../../lib/serving/built-documents';
import { hasMalformedPath, isUnknownItemPage } from '../../lib/serving/request-guard';
import { OUTCOME_IDS } from '../../lib/wizard/flow';
import { hashesOf } from './build';
import type { ResolvedLink } from './links';

const KNOWN = { outcomes: OUTCOME_IDS, services: services.map((service) => service.id) };

/** A path no route matches: Next answers it with the static, server-rendered 404 page. */
export const NOT_FOUND_PATH = '/_unusable-link';

export type Route =
  | { kind: 'static'; target: string; look?: LookAddition }
  | { kind: 'redirect'; to: string }
  | { kind: 'not-found' }
  | { kind: 'dynamic' };

/**
 * How a request is answered: a prerendered page (a wizard link's step, or a page asked for at
 * its own path), another address, the static 404 page, or a page rendered per request.
 *
 * Next's own notFound() in a dynamic page sends an empty body that only JavaScript fills, and
 * a path with broken %-encoding makes the router fail: these, per-item pages for ids that do
 * not exist, a /check link of which no answer can be used and the dashboard on a server
 * without a token are answered with the static 404 page instead. (An /embed link that cannot
 * be used shows its notice inside the frame.)
 */
export function routeOf(
  pathname: string,
  link: ResolvedLink | null,
  dashboardHidden: boolean,
): Route {
  if (pathname === NOT_FOUND_PATH || hasMalformedPath(pathname)) return { kind: 'not-found' };
  if (link?.serve) return link.serve;
  if (!link && hashesOf(pathname)) return { kind: 'static', target: pathname };
  const notFound =
    isUnknownItemPage(pathname, KNOWN) ||
    (pathname === '/check' && link?.unusable) ||
    dashboardHidden;
  return notFound ? { kind: 'not-found' } : { kind: 'dynamic' };
}
