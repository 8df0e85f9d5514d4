import * as z from 'zod/mini';

type HeaderReader = { get(name: string): string | null };

const host = z
  .string()
  .check(
    z.maxLength(255),
    z.regex(
      /^(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i,
    ),
  );
const proto = z.enum(['http', 'https']);

const first = (value: string | null) => value?.split(',')[0]?.trim() ?? '';

/**
 * The site's own origin as the visitor reached it, for links a person will copy or scan.
 * A proxy's x-forwarded-host and x-forwarded-proto win over Host; anything that is not a
 * plain host name is refused (null), and the page then shows a path instead of a full URL.
 */
export function originFrom(headers: HeaderReader): string | null {
  const name = host.safeParse(first(headers.get('x-forwarded-host')) || first(headers.get('host')));
  if (!name.success) return null;
  const scheme = proto.safeParse(first(headers.get('x-forwarded-proto')).toLowerCase());
  return `${scheme.success ? scheme.data : 'http'}://${name.data.toLowerCase()}`;
}

/** Where `npm start` serves by default: the origin a snippet names when the request gives none. */
export const FALLBACK_ORIGIN = 'http://localhost:3000';

/** The same origin, for text that must always name one (the embed snippets): never null. */
export function siteOrigin(headers: HeaderReader): string {
  return originFrom(headers) ?? FALLBACK_ORIGIN;
}
