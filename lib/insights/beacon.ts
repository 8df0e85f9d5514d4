import { z } from 'zod';
import { CONTENT_VERSION } from '../../content';
import { QUESTION_IDS } from '../../machines/diagnosis-machine';
import { primaryLanguage } from './language';
import { clientKey } from './rate-limit';
import { asksNotToBeCounted } from './signals';
import { ENTRIES, leadsTo, STEP_IDS } from './steps';
import { record } from './store';
import { dayOf } from './tally';

/** A beacon is about 150 bytes; anything much larger is not one of ours. */
const MAX_BEACON_BYTES = 1_024;

export const origin = z
  .string()
  .max(200)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'host must be an origin such as https://help.example.com');

/**
 * What the live wizard sends when it shows a step without loading a page. Every id must be
 * one the machine has, and the answer must be one that leads from that question to that step.
 */
export const beaconSchema = z
  .strictObject({
    v: z.literal(CONTENT_VERSION, { error: `v must be the content version ${CONTENT_VERSION}` }),
    step: z.enum(STEP_IDS as [string, ...string[]]),
    entry: z.enum(ENTRIES),
    host: origin.optional(),
    from: z
      .strictObject({ question: z.enum(QUESTION_IDS), answer: z.string().min(1).max(64) })
      .optional(),
  })
  .refine((b) => !b.from || leadsTo(b.from.question, b.from.answer, b.step), {
    message: 'from: that answer does not lead to that step',
    path: ['from'],
  })
  .refine((b) => b.entry === 'embed' || b.host === undefined, {
    message: 'host is only for the embed',
    path: ['host'],
  });

export function problem(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });
}

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

/** POST /api/insights: validates a beacon, then counts it. Nothing here is ever a 5xx. */
export async function handleBeacon(request: Request, enabled: boolean): Promise<Response> {
  if (!enabled) return problem(404, 'Insights are turned off on this server.');
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'text/plain' && type !== 'application/json') {
    return problem(415, 'Send the beacon as JSON (text/plain or application/json).');
  }
  if (!fromThisSite(request)) return problem(403, 'Beacons are accepted from this site only.');
  const text = await readLimited(request, MAX_BEACON_BYTES).catch(() => null);
  if (text === null) return problem(413, `A beacon is at most ${MAX_BEACON_BYTES} bytes.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(400, 'The beacon is not valid JSON.');
  }
  const parsed = beaconSchema.safeParse(json);
  if (!parsed.success) return problem(400, z.prettifyError(parsed.error));
  // Honoured after validation, so a bad beacon is still told what is wrong with it.
  if (asksNotToBeCounted(request.headers)) return new Response(null, { status: 204 });
  const beacon = parsed.data;
  const result = record(
    {
      day: dayOf(new Date()),
      version: beacon.v,
      entry: beacon.entry,
      host: beacon.host ?? '',
      step: beacon.step,
      language: primaryLanguage(request.headers.get('accept-language')),
      arrival: beacon.from ?? null,
    },
    clientKey(request.headers),
  );
  if (result === 'limited') return problem(429, 'Too many beacons from you; slow down.');
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
