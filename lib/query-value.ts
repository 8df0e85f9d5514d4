import * as z from 'zod/mini';

/** A query parameter as Next hands it over: one string, several (a repeated key), or none. */
export const queryValue = z.optional(z.union([z.string(), z.array(z.string())]));

/** The first value of a parameter, trimmed ('' when there is none). */
export function firstValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** The first value of a raw parameter, trimmed; '' when it is missing or not a query value. */
export function readFirstValue(raw: unknown): string {
  const parsed = queryValue.safeParse(raw);
  return parsed.success ? firstValue(parsed.data) : '';
}

/** A URL's query as Next hands a page its search params: one string, or a list for a repeated key. */
export function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}
