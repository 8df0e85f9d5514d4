/**
 * A prerendered page, asked for as a document, is answered by proxy.ts with its built HTML.
 *
 * Handing the request on to Next (a rewrite, or `next()`) sends the very same bytes from
 * Next's cache, but the router and page pipeline around them cost a wizard step about 40%
 * more server time than the bytes themselves (docs/serving-and-security.md). So a plain
 * GET for a page the build made is sent from memory here, with the headers Next would give a
 * document and the policy the proxy adds to every page. Everything else Next serves as
 * before: the router's own fetches of a page's data, server actions, HEAD, and any page
 * whose HTML cannot be read.
 */

import { z } from 'zod';
import { HASH_SOURCE } from './security-headers';

/**
 * What the build step writes (scripts/csp-hashes.mjs): each prerendered route's hashes, and
 * for those answered with 200 the file of their HTML, relative to the build directory.
 */
const pageHashesSchema = z.strictObject({
  buildId: z.string().min(1),
  pages: z.record(z.string(), z.array(z.string().regex(HASH_SOURCE))),
  documents: z.record(z.string(), z.string().regex(/^server\/app\/(?!.*\.\.)[^\0]+\.html$/)),
});
export type PageHashes = z.infer<typeof pageHashesSchema>;

/** Reads the build's hashes file; anything of another shape is treated as no file at all. */
export function parsePageHashes(text: string): PageHashes | null {
  try {
    return pageHashesSchema.safeParse(JSON.parse(text)).data ?? null;
  } catch {
    return null;
  }
}

/**
 * Request headers that ask for something other than the page's HTML. Next removes its
 * router's headers (`rsc` and the rest) from the request before the proxy sees it, and the
 * `_rsc` parameter with them, so they are checked here only in case that ever changes.
 */
const NOT_A_DOCUMENT = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-action',
] as const;

/**
 * Whether a request is a browser asking for a page's HTML, the only kind answered from the
 * build: a GET whose Accept names text/html, which every browser's page load (or frame)
 * sends and the router's fetches do not (they accept anything). Where the browser says what
 * a request is for (Sec-Fetch-Dest), a script's fetch (`empty`) is left to Next too.
 */
export function asksForDocument(method: string, headers: Headers): boolean {
  if (method !== 'GET' || NOT_A_DOCUMENT.some((name) => headers.has(name))) return false;
  if (headers.get('sec-fetch-dest') === 'empty') return false;
  return /\btext\/html\b/i.test(headers.get('accept') ?? '');
}

/**
 * The headers Next sends with a prerendered page: the same `Vary` (the router's fetches of
 * the same address get its data, not this document) and the same shared-cache lifetime.
 */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 's-maxage=31536000',
  Vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch',
};

export type BuiltDocuments = {
  /** The route's built HTML, or null when the build has none for it or it cannot be read. */
  get(route: string): Uint8Array<ArrayBuffer> | null;
};

/**
 * The built HTML of each route, read on first use and then kept (about 40 KB a page, 12 MB
 * for every page of the build). A file that cannot be read is reported once; that route is
 * then served by Next.
 */
export function builtDocuments(
  files: Readonly<Record<string, string>>,
  read: (file: string) => Uint8Array<ArrayBuffer>,
  warn: (message: string) => void = console.error,
): BuiltDocuments {
  const kept = new Map<string, Uint8Array<ArrayBuffer> | null>();
  return {
    get(route) {
      const known = kept.get(route);
      if (known !== undefined) return known;
      const file = Object.hasOwn(files, route) ? files[route] : undefined;
      let body: Uint8Array<ArrayBuffer> | null = null;
      if (file !== undefined) {
        try {
          body = read(file);
        } catch (error) {
          warn(`Could not read the built page ${file} (${String(error)}): Next serves ${route}.`);
        }
      }
      // Only routes of the build are remembered, so odd addresses cannot fill the map.
      if (file !== undefined) kept.set(route, body);
      return body;
    },
  };
}

/** What a look adds to a built page: attributes for its `<main>`, a stylesheet for its head. */
export type LookAddition = {
  mainAttributes: Readonly<Record<string, string>>;
  stylesheet: string | null;
};

const escapeAttribute = (value: string) =>
  value.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);

const encoder = new TextEncoder();
const HEAD_END = encoder.encode('</head>');
const MAIN_START = encoder.encode('<main');

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  outer: for (
    let at = haystack.indexOf(first!, from);
    at >= 0;
    at = haystack.indexOf(first!, at + 1)
  ) {
    if (at + needle.length > haystack.length) return -1;
    for (let k = 1; k < needle.length; k++) if (haystack[at + k] !== needle[k]) continue outer;
    return at;
  }
  return -1;
}

/** Where a built page's head ends and its `<main` tag name ends, found once per page. */
const splicePoints = new WeakMap<Uint8Array, { head: number; main: number } | null>();

function pointsOf(html: Uint8Array) {
  let points = splicePoints.get(html);
  if (points === undefined) {
    const head = indexOfBytes(html, HEAD_END);
    const main = head < 0 ? -1 : indexOfBytes(html, MAIN_START, head);
    points = head < 0 || main < 0 ? null : { head, main: main + MAIN_START.length };
    splicePoints.set(html, points);
  }
  return points;
}

/**
 * A built page with a look added (lib/embed/look.ts): the stylesheet linked at the end of the
 * head, the attributes at the start of the first `<main>` tag. Bytes are copied, never
 * parsed: no render, and the page's inline scripts (allowed by their hashes) are untouched.
 * Null when the page has no head or no `<main>` to add them to.
 */
export function withLook(
  html: Uint8Array<ArrayBuffer>,
  look: LookAddition,
): Uint8Array<ArrayBuffer> | null {
  const points = pointsOf(html);
  if (!points) return null;
  const link = look.stylesheet
    ? `<link rel="stylesheet" href="${escapeAttribute(look.stylesheet)}"/>`
    : '';
  const attributes = Object.entries(look.mainAttributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const parts = [
    html.subarray(0, points.head),
    encoder.encode(link),
    html.subarray(points.head, points.main),
    encoder.encode(attributes),
    html.subarray(points.main),
  ];
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
