import { z } from 'zod';

/**
 * This site's origin as the visitor reached it, for snippets they paste elsewhere. The host
 * comes from the request, so it is checked to be a host name (or IP) with an optional port:
 * nothing else can reach the page, even escaped.
 */

/** Where `npm start` serves by default: used when the request names no usable host. */
export const FALLBACK_ORIGIN = 'http://localhost:3000';

const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const hostSchema = z
  .string()
  .max(260)
  .regex(new RegExp(`^(?:${label}(?:\\.${label})*|\\[[0-9a-f:.]+\\])(?::\\d{1,5})?$`, 'i'));

const first = (value: string | null | undefined) => (value ?? '').split(',')[0]!.trim();

function isLoopback(host: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i.test(host);
}

export function siteOrigin(header: (name: string) => string | null | undefined): string {
  const parsed = hostSchema.safeParse(first(header('x-forwarded-host')) || first(header('host')));
  if (!parsed.success) return FALLBACK_ORIGIN;
  const host = parsed.data.toLowerCase();
  const proto = first(header('x-forwarded-proto')).toLowerCase();
  const scheme =
    proto === 'http' || proto === 'https' ? proto : isLoopback(host) ? 'http' : 'https';
  return `${scheme}://${host}`;
}
