type HeaderReader = { get(name: string): string | null };

/** Global Privacy Control or Do Not Track: the browser asked not to be counted. */
export function asksNotToBeCounted(headers: HeaderReader): boolean {
  return headers.get('sec-gpc')?.trim() === '1' || headers.get('dnt')?.trim() === '1';
}

/**
 * A request made ahead of a visit: the browser's speculative loading says so in
 * Sec-Purpose (or the older Purpose). Next's own router prefetches are fetches, which
 * `isPageView` already leaves out (the proxy never sees Next's RSC headers: Next strips them).
 */
function isPrefetch(headers: HeaderReader): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''}`;
  return /prefetch|prerender/i.test(purpose);
}

/**
 * A browser loading a page to show it: it asks for HTML, and (where the browser says) as a
 * document or a frame. Router fetches, prefetches and scripts ask for something else; a
 * wizard reached by such a fetch counts its first step itself (components/browser/use-step-beacon.ts).
 */
export function isPageView(headers: HeaderReader): boolean {
  if (!/text\/html/i.test(headers.get('accept') ?? '')) return false;
  const dest = headers.get('sec-fetch-dest');
  if (dest && dest !== 'document' && dest !== 'iframe') return false;
  return !isPrefetch(headers);
}

/**
 * Every response says in Server-Timing whether this server counts, so a page knows before it
 * sends anything (a page cannot read its own headers, but it can read this one). Nothing else
 * is in it: no time, no name of a server.
 */
export const COUNTING_TIMING = 'insights';

export function countingTiming(enabled: boolean): string {
  return `${COUNTING_TIMING};desc=${enabled ? 'on' : 'off'}`;
}

/**
 * Whether the page's own Server-Timing entries say counting is on. Without the entry (a browser
 * that hides it, or a proxy that drops it) nothing is sent: a count is never worth a request
 * to a server that may not want it.
 */
export function countingOn(entries: readonly { name: string; description: string }[]): boolean {
  return entries.some((entry) => entry.name === COUNTING_TIMING && entry.description === 'on');
}
