/**
 * A token bucket per client, in memory only: the key (the client's address) is never
 * written anywhere, is forgotten after a minute without requests, and the table drops the
 * least recently seen client once it is full.
 */
const FORGET_AFTER_MS = 60_000;

export type RateLimiter = { take(key: string, now?: number): boolean };

export function rateLimiter(options: {
  burst: number;
  perSecond: number;
  maxClients: number;
}): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now = Date.now()) {
      // Clients not seen for a minute are forgotten (oldest first: the Map keeps that order).
      for (const [oldKey, old] of buckets) {
        if (now - old.at < FORGET_AFTER_MS) break;
        buckets.delete(oldKey);
      }
      const bucket = buckets.get(key);
      const tokens = bucket
        ? Math.min(options.burst, bucket.tokens + ((now - bucket.at) / 1000) * options.perSecond)
        : options.burst;
      if (bucket) buckets.delete(key);
      else if (buckets.size >= options.maxClients) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      // Re-inserted last, so the Map's order is least recently seen first.
      buckets.set(key, { tokens: tokens >= 1 ? tokens - 1 : tokens, at: now });
      return tokens >= 1;
    },
  };
}

type HeaderReader = { get(name: string): string | null };

/** Who is asking, for the rate limit only: the first forwarded address, or one shared key. */
export function clientKey(headers: HeaderReader): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim().slice(0, 64) || 'unknown';
}
