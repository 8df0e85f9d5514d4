import 'server-only';
import { z } from 'zod';

/** A client's mistake, said in JSON; never cached. */
export function problem(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The body as text, or null when it is (or says it is) longer than `limit` bytes. */
export async function readLimited(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Only this site's own pages may count; a browser says where a request comes from. */
export function fromThisSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return false;
  const sender = request.headers.get('origin');
  if (!sender) return true;
  try {
    return new URL(sender).host === request.headers.get('host');
  } catch {
    return false;
  }
}

/** The request's media type, without parameters, in lower case. */
export function mediaType(request: Request): string | undefined {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
}

/** How the problems of one kind of body are worded: `A beacon`, `The beacon`, `Beacons`. */
export type BodyWords = { a: string; the: string; plural: string; send: string };

/**
 * A JSON body sent by the live pages (a step's beacon, an answer to "Did this fix it?"):
 * sent as JSON, from this site, small, valid JSON, and of the schema's shape; otherwise the
 * problem to answer with (4xx, never a 5xx).
 */
export async function readJsonBody<T>(
  request: Request,
  limit: number,
  schema: z.ZodType<T>,
  words: BodyWords,
): Promise<{ data: T } | { problem: Response }> {
  const type = mediaType(request);
  if (type !== 'text/plain' && type !== 'application/json') {
    return { problem: problem(415, words.send) };
  }
  if (!fromThisSite(request)) {
    return { problem: problem(403, `${words.plural} are accepted from this site only.`) };
  }
  const text = await readLimited(request, limit).catch(() => null);
  if (text === null) return { problem: problem(413, `${words.a} is at most ${limit} bytes.`) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: problem(400, `${words.the} is not valid JSON.`) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { problem: problem(400, z.prettifyError(parsed.error)) };
  return { data: parsed.data };
}
