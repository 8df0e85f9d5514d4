import 'server-only';
import { z } from 'zod';
import { CONTENT_VERSION } from '../../content';
import { QUESTION_IDS } from '../../machines/diagnosis-machine';
import { primaryLanguage } from '../../lib/insights/language';
import { clientKey } from '../../lib/insights/rate-limit';
import { asksNotToBeCounted } from '../../lib/insights/signals';
import { ENTRIES, leadsTo, STEP_IDS } from '../../lib/insights/steps';
import { problem, readJsonBody } from './request-body';
import { record } from './store';
import { dayOf } from '../../lib/insights/tally';

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

/** POST /api/insights: validates a beacon, then counts it. Nothing here is ever a 5xx. */
export async function handleBeacon(request: Request, enabled: boolean): Promise<Response> {
  if (!enabled) return problem(404, 'Insights are turned off on this server.');
  const body = await readJsonBody(request, MAX_BEACON_BYTES, beaconSchema, {
    a: 'A beacon',
    the: 'The beacon',
    plural: 'Beacons',
    send: 'Send the beacon as JSON (text/plain or application/json).',
  });
  if ('problem' in body) return body.problem;
  // Honoured after validation, so a bad beacon is still told what is wrong with it.
  if (asksNotToBeCounted(request.headers)) return new Response(null, { status: 204 });
  const beacon = body.data;
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
