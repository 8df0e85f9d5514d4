import 'server-only';
import type { NextRequest } from 'next/server';
import { CONTENT_VERSION } from '../../content';
import { parseSearch, withoutParams } from '../../lib/wizard/answers-url';
import { EMBED_OPTION_NAMES } from '../../lib/embed/protocol';
import { primaryLanguage } from '../../lib/insights/language';
import { clientKey } from '../../lib/insights/rate-limit';
import { asksNotToBeCounted, isPageView } from '../../lib/insights/signals';
import type { Answer } from '../../machines/diagnosis-machine';
import { arrivalBetween, EMBED_DOCS_PATH, type Entry } from '../../lib/insights/steps';
import { insightsEnabled, record } from './store';
import { dayOf } from '../../lib/insights/tally';

const ENTRY_PATHS: Record<string, Entry> = { '/check': 'site', '/embed': 'embed' };

function answersSearch(entry: Entry, search: string): string {
  return entry === 'embed' ? withoutParams(search, EMBED_OPTION_NAMES) : search;
}

/** The answers a link carries, in its order, without replaying it. */
function answersIn(entry: Entry, search: string): Answer[] {
  const { answers } = parseSearch(answersSearch(entry, search));
  return [...answers].map(([question, value]) => ({ question, value }));
}

function sameSiteReferer(request: NextRequest): URL | null {
  const referer = request.headers.get('referer');
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.host === request.headers.get('host') ? url : null;
  } catch {
    return null;
  }
}

/** The help desk's origin: a cross-site referer of the first framed page, else unknown. */
function embedHost(request: NextRequest): string {
  const referer = request.headers.get('referer');
  if (!referer) return '';
  try {
    const url = new URL(referer);
    if (url.host === request.headers.get('host')) return '';
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin.slice(0, 200) : '';
  } catch {
    return '';
  }
}

/** The step a page shows and the answers that led to it (server/serving/links.ts). */
export type Shown = { stateId: string; answers: readonly Answer[] };

/**
 * Counts a wizard step served as a page (a visit without JavaScript, the first step with it):
 * the step shown, and the answer that led to it when the previous page was the step before.
 * The referer is read and dropped; only the step, the answer, the day, the entry, the embed
 * host's origin and the primary language asked for are kept. Router fetches, prefetches, other methods and GPC/DNT are
 * not counted.
 */
export function countPageLoad(request: NextRequest, shown: Shown): void {
  try {
    const entry = ENTRY_PATHS[request.nextUrl.pathname];
    if (!entry || request.method !== 'GET' || !insightsEnabled()) return;
    const { headers } = request;
    if (!isPageView(headers) || asksNotToBeCounted(headers)) return;
    const previous = sameSiteReferer(request);
    // Coming back to the page itself (after answering "Did this fix it?" without JavaScript)
    // is the same step, still shown: it was counted when it was first loaded.
    if (
      previous?.pathname === request.nextUrl.pathname &&
      previous.search === request.nextUrl.search
    ) {
      return;
    }
    // The integrators' live preview on the embed docs page is not a visit.
    if (entry === 'embed' && previous?.pathname === EMBED_DOCS_PATH) return;
    const before =
      previous && ENTRY_PATHS[previous.pathname] === entry
        ? answersIn(entry, previous.search)
        : null;
    record(
      {
        day: dayOf(new Date()),
        version: CONTENT_VERSION,
        entry,
        host: entry === 'embed' ? embedHost(request) : '',
        step: shown.stateId,
        language: primaryLanguage(headers.get('accept-language')),
        arrival: before ? arrivalBetween(before, shown.answers) : null,
      },
      clientKey(headers),
    );
  } catch {
    // Counting is never worth a broken page.
  }
}
