import type { ParsedLink } from '../wizard/answers-url';
import type { Replay } from '../wizard/replay';

/** A path whose %-encoding cannot be decoded: the router would fail on it. */
export function hasMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * A wizard link with answers of which not one can be used, given its replay. It deserves a
 * 404 page that says so, rather than the first question as if nothing had been asked.
 */
export function isUnusableWizardLink(link: ParsedLink, replay: Pick<Replay, 'answers'>): boolean {
  return link.answers.size > 0 && replay.answers.length === 0;
}

/**
 * A per-item page (/outcome/<id>, /services/<id>) for an id that does not exist. Those pages
 * are rendered per request, where Next's notFound() would send a body only JavaScript fills.
 */
export function isUnknownItemPage(
  pathname: string,
  known: { outcomes: readonly string[]; services: readonly string[] },
): boolean {
  const match = /^\/(outcome|services)\/([^/]+)\/?$/.exec(pathname);
  if (!match) return false;
  const id = decodeURIComponent(match[2] ?? '');
  return !(match[1] === 'outcome' ? known.outcomes : known.services).includes(id);
}
