import { z } from 'zod';
import { EMBED_PATH } from '../embed/link';

/**
 * Who may put our pages in a frame. Only /embed is meant to be framed, by the sites listed in
 * EMBED_ALLOWED_ORIGINS (any site when unset: the wizard holds no user data). Every other page
 * may be framed only by the site itself, so nobody can overlay it to trick a click.
 */

export const ALLOWED_ORIGINS_ENV = 'EMBED_ALLOWED_ORIGINS';

/** `https://help.example.com`, `http://localhost:8080`, or `https://*.example.com`. */
const originSchema = z
  .string()
  .regex(/^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i)
  .transform((origin) => origin.toLowerCase());

export type FrameAncestors = {
  /** CSP sources for /embed: `*`, or 'self' followed by the listed origins. */
  sources: readonly string[];
  /** Entries that were not an origin, in the order given. */
  rejected: readonly string[];
};

/**
 * Reads the allowlist: origins separated by spaces or commas, or `*`. Unset or blank means any
 * site. A typo never widens access: bad entries are dropped, and when none is left the embed
 * may be framed only by this site.
 */
export function parseFrameAncestors(raw: string | undefined): FrameAncestors {
  const entries = (raw ?? '').split(/[\s,]+/).filter(Boolean);
  if (entries.length === 0) return { sources: ['*'], rejected: [] };
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const entry of entries) {
    if (entry === '*') return { sources: ['*'], rejected };
    const origin = originSchema.safeParse(entry.replace(/\/$/, ''));
    if (origin.success) origins.push(origin.data);
    else rejected.push(entry.slice(0, 80));
  }
  return { sources: ["'self'", ...new Set(origins)], rejected };
}

export function isEmbedPath(pathname: string): boolean {
  // `/embed/<version>/…` are the embed's prerendered steps that /embed links are rewritten to.
  return (
    pathname === EMBED_PATH ||
    pathname === `${EMBED_PATH}/` ||
    new RegExp(`^${EMBED_PATH}/\\d+(/|$)`).test(pathname)
  );
}

/** The frame-ancestors sources for one path: only the embed may be framed by other sites. */
export function framedBy(pathname: string, allowed: FrameAncestors): readonly string[] {
  return isEmbedPath(pathname) ? allowed.sources : ["'self'"];
}
