import 'server-only';
import { z } from 'zod';
import { CONTENT_VERSION, ui } from '../../content';
import { OUTCOME_IDS } from '../../lib/wizard/flow';
import { origin } from './beacon';
import { fromThisSite, mediaType, problem, readJsonBody, readLimited } from './request-body';
import { FEEDBACK_ANSWERS, feedbackAnchor } from '../../lib/insights/feedback-answers';
import { clientKey } from '../../lib/insights/rate-limit';
import { asksNotToBeCounted } from '../../lib/insights/signals';
import { ENTRIES, entryOf } from '../../lib/insights/steps';
import { recordFeedback } from './store';
import { dayOf, type FeedbackEvent } from '../../lib/insights/tally';

const MAX_BODY_BYTES = 2_048;
const version = z.coerce
  .number()
  .pipe(z.literal(CONTENT_VERSION, { error: `v must be the content version ${CONTENT_VERSION}` }));
const outcome = z.enum(OUTCOME_IDS as [string, ...string[]]);
const said = z.enum(FEEDBACK_ANSWERS);

/**
 * The page a form answer goes back to: this site's checklist, embed or a result page, as a
 * path with its query (the answers), never another site.
 */
export const backSchema = z
  .string()
  .max(1_500)
  .transform((value, ctx) => {
    const base = 'http://this.site';
    let url: URL | null = null;
    try {
      url = value.startsWith('/') && !value.startsWith('//') ? new URL(value, base) : null;
    } catch {
      url = null;
    }
    const known =
      url?.origin === base &&
      (url.pathname === '/check' ||
        url.pathname === '/embed' ||
        url.pathname.startsWith('/embed/') ||
        OUTCOME_IDS.some((id) => url?.pathname === `/outcome/${id}`));
    if (!url || !known) {
      ctx.addIssue({ code: 'custom', message: 'back must be a page of the checklist' });
      return z.NEVER;
    }
    return `${url.pathname}${url.search}`;
  });

/** The form a page without JavaScript posts. */
export const feedbackFormSchema = z.strictObject({ v: version, outcome, said, back: backSchema });

/** What the live page sends instead, as a step's beacon is sent. */
export const feedbackBeaconSchema = z
  .strictObject({ v: version, outcome, said, entry: z.enum(ENTRIES), host: origin.optional() })
  .refine((b) => b.entry === 'embed' || b.host === undefined, {
    message: 'host is only for the embed',
    path: ['host'],
  });

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A form that cannot be read: said plainly, with a way back, never a 5xx. */
function formProblem(status: number, back: string | null): Response {
  const t = ui.feedback;
  return new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t.invalidTitle)}</title><h1>${escape(t.invalidTitle)}</h1><p>${escape(t.invalid)}</p><p><a href="${escape(back ?? '/check')}">${escape(t.invalidBack)}</a></p></html>`,
    {
      status,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      },
    },
  );
}

function count(request: Request, event: Omit<FeedbackEvent, 'day' | 'version'>) {
  if (asksNotToBeCounted(request.headers)) return 'not counted';
  return recordFeedback(
    { ...event, day: dayOf(new Date()), version: CONTENT_VERSION },
    clientKey(request.headers),
  );
}

/**
 * POST /api/insights/feedback. Without JavaScript: a form, answered with a 303 back to the
 * result, its reply named in the fragment; it is counted when counting is on and allowed, and
 * answered the same either way. With JavaScript: a beacon, like a step's (204).
 */
export async function handleFeedback(request: Request, enabled: boolean): Promise<Response> {
  if (mediaType(request) === 'application/x-www-form-urlencoded') {
    const text = await readLimited(request, MAX_BODY_BYTES).catch(() => null);
    const fields = Object.fromEntries(new URLSearchParams(text ?? ''));
    const back = backSchema.safeParse(fields.back);
    if (text === null) return formProblem(413, back.success ? back.data : null);
    const parsed = feedbackFormSchema.safeParse(fields);
    if (!parsed.success) return formProblem(400, back.success ? back.data : null);
    if (!fromThisSite(request)) return formProblem(403, parsed.data.back);
    const form = parsed.data;
    if (enabled) {
      count(request, {
        entry: entryOf(form.back),
        host: '',
        outcome: form.outcome,
        said: form.said,
      });
    }
    return new Response(null, {
      status: 303,
      headers: {
        Location: `${form.back}#${feedbackAnchor(form.said)}`,
        'Cache-Control': 'no-store',
      },
    });
  }
  if (!enabled) return problem(404, 'Insights are turned off on this server.');
  const body = await readJsonBody(request, MAX_BODY_BYTES, feedbackBeaconSchema, {
    a: 'An answer',
    the: 'The answer',
    plural: 'Answers',
    send: 'Send the answer as a form, or as JSON (text/plain or application/json).',
  });
  if ('problem' in body) return body.problem;
  const { entry, host = '', outcome: result, said: answer } = body.data;
  const counted = count(request, { entry, host, outcome: result, said: answer });
  if (counted === 'limited') return problem(429, 'Too many answers from you; slow down.');
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
