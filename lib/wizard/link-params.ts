import { z } from 'zod';
import { readParams, type ParsedLink } from './answers-url';

/** Next hands a page each query value as a string, or an array when a key repeats. */
const rawParams = z.record(z.string(), z.union([z.string(), z.array(z.string())]).optional());

/**
 * Reads a page's searchParams into a wizard link, checking their shape first. Server-side:
 * the browser reads its own address with `parseSearch`, which needs no validator.
 */
export function parseLink(input: unknown): ParsedLink {
  const parsed = rawParams.safeParse(input ?? {});
  if (!parsed.success)
    return { answers: new Map(), version: null, problems: [{ kind: 'too-many' }] };
  return readParams(
    Object.entries(parsed.data).map(([key, raw]) => [
      key,
      raw === undefined ? [] : Array.isArray(raw) ? raw : [raw],
    ]),
  );
}
