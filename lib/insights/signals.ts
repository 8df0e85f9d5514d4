type HeaderReader = { get(name: string): string | null };

/** Global Privacy Control or Do Not Track: the browser asked not to be counted. */
export function asksNotToBeCounted(headers: HeaderReader): boolean {
  return headers.get('sec-gpc')?.trim() === '1' || headers.get('dnt')?.trim() === '1';
}

/**
 * A request made ahead of a visit (Next's router prefetch, the browser's speculative
 * loading): nothing was shown to anyone yet.
 */
export function isPrefetch(headers: HeaderReader): boolean {
  if (headers.get('next-router-prefetch') || headers.get('next-router-segment-prefetch')) {
    return true;
  }
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  return /prefetch|prerender/i.test(purpose);
}
