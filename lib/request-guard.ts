import { parseSearch } from './answers-url';
import { replayLink } from './replay';

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
 * A wizard link with answers of which not one can be used. It deserves a 404 page that says
 * so, rather than the first question as if nothing had been asked.
 */
export function isUnusableWizardLink(search: string): boolean {
  const link = parseSearch(search);
  // The content version only changes what the page says about the link, not which answers fit.
  return link.answers.size > 0 && replayLink(link, 0).answers.length === 0;
}
