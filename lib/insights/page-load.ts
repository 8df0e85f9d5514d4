import type { NextRequest } from 'next/server';
import { CONTENT_VERSION } from '../../content';
import { parseSearch, withoutParams } from '../wizard/answers-url';
import { EMBED_OPTION_NAMES } from '../embed/protocol';
import { replayLink } from '../wizard/replay';
import { primaryLanguage } from './language';
import { clientKey } from './rate-limit';
import { asksNotToBeCounted, isPageView } from './signals';
import type { Answer } from '../../machines/diagnosis-machine';
import { arrivalBetween, countedAnswer, EMBED_DOCS_PATH, TYPED_ANSWER, type Entry } from './steps';
import { insightsEnabled, record } from './store';
import { dayOf } from './tally';

const ENTRY_PATHS: Record<string, Entry> = { '/check': 'site', '/embed': 'embed' };

function answersSearch(entry: Entry, search: string): string {
  return entry === 'embed' ? withoutParams(search, EMBED_OPTION_NAMES) : search;
}

// Replaying a link costs a few tenths of a millisecond; the links people follow are few, so
// their replays are kept (not those with a typed version: typed text is never kept).
const MAX_REPLAYS = 2_000;
const MAX_KEY_LENGTH = 600;
const replays = new Map<string, { stateId: string; answers: Answer[] }>();

function shownAt(entry: Entry, search: string): { stateId: string; answers: Answer[] } {
  const key = answersSearch(entry, search);
  const known = replays.get(key);
  if (known) return known;
  const { stateId, answers } = replayLink(parseSearch(key), CONTENT_VERSION);
  const shown = { stateId, answers };
  const typed = answers.some((a) => countedAnswer(a.question, a.value) === TYPED_ANSWER);
  if (!typed && key.length <= MAX_KEY_LENGTH) {
    if (replays.size >= MAX_REPLAYS) replays.delete(replays.keys().next().value ?? '');
    replays.set(key, shown);
  }
  return shown;
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

/**
 * Counts a wizard step served as a page (a visit without JavaScript, the first step with it):
 * the step shown, and the answer that led to it when the previous page was the step before.
 * The referer is read and dropped; only the step, the answer, the day, the entry, the embed
 * host's origin and the primary language asked for are kept. Router fetches, prefetches, other methods and GPC/DNT are
 * not counted.
 */
export function countPageLoad(request: NextRequest): void {
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
    const shown = shownAt(entry, request.nextUrl.search);
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
