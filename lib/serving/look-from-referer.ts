import { EMBED_PATH, embedBasePath } from '../embed/link';
import { hasLook, lookOf } from '../embed/look';
import { EMBED_OPTION_NAMES } from '../embed/protocol';
import { asksForDocument } from './built-documents';

/**
 * A step's link inside a framed page with a look, followed before the page's script has given
 * its links the look (without JavaScript, or a click before it starts): the built page's links
 * hold only the answers. The page it came from, named by the Referer (sent in full within this
 * site: lib/serving/security-headers.ts), carries the look: the request is sent to the same
 * address with it, so every step keeps the help desk's look. Null when there is nothing to add.
 */
export function lookFromReferer(
  request: { method: string; headers: Headers },
  query: URLSearchParams,
): string | null {
  if (EMBED_OPTION_NAMES.some((name) => query.has(name))) return null;
  if (!asksForDocument(request.method, request.headers)) return null;
  let from: URL;
  try {
    from = new URL(request.headers.get('referer') ?? '');
  } catch {
    return null;
  }
  // The Host header, not the URL: Next names its own host there (localhost), not the one asked.
  if (from.host !== request.headers.get('host') || from.pathname !== EMBED_PATH) return null;
  const look = lookOf(from.searchParams);
  if (!look || !hasLook(look)) return null;
  const search = query.toString();
  return `${embedBasePath(look)}${search ? `&${search}` : ''}`;
}
