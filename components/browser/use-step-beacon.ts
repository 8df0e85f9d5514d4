import { useEffect, useRef } from 'react';
import type { Answer } from '@/machines/diagnosis-machine';
import { arrivalBetween, EMBED_DOCS_PATH, entryOf } from '@/lib/insights/steps';
import { mayCount, sendCount } from './counting';

export const BEACON_PATH = '/api/insights';

/** Whether a wizard has already been shown in this document (a later one came by the router). */
let shownInThisDocument = false;

function referrer(): URL | null {
  try {
    return document.referrer ? new URL(document.referrer) : null;
  } catch {
    return null;
  }
}

/** The help desk's origin, read from the frame's referrer; never the page's own address. */
export function hostOrigin(): string | undefined {
  const from = referrer();
  if (!from || from.origin === window.location.origin || !/^https?:$/.test(from.protocol)) {
    return undefined;
  }
  return from.origin;
}

/** Whether this document was loaded at this address, so the server counted its first step. */
function loadedAtThisAddress(): boolean {
  const [entry] = performance.getEntriesByType('navigation');
  if (!entry) return true;
  const loaded = new URL(entry.name);
  return loaded.pathname === window.location.pathname && loaded.search === window.location.search;
}

const post = (body: string) => sendCount(BEACON_PATH, body);

/** Counts waiting for the new step to be drawn; sent in order, each once. */
const queued: string[] = [];
let listening = false;

function flush() {
  for (const body of queued.splice(0)) post(body);
}

/**
 * Sends a count once the frame with the new step has been drawn: handing a beacon to the
 * browser takes about a millisecond, which would otherwise come between the tap and the
 * next question. If the frame never comes (a hidden tab, a frame scrolled out of view) a
 * timer sends it anyway, and so does leaving the page.
 */
function sendAfterPaint(body: string) {
  if (!listening) {
    listening = true;
    window.addEventListener('pagehide', flush);
  }
  queued.push(body);
  if (queued.length > 1) return;
  if (document.visibilityState === 'hidden') return flush();
  requestAnimationFrame(() => setTimeout(flush, 0));
  setTimeout(flush, 250);
}

/**
 * Counts each step the live wizard shows without loading a page: the step, and the answer
 * that led to it. A first step the server served is not sent again; one reached through the
 * router (a link from another page of the site) is. Nothing else goes in the beacon: no
 * earlier answers, no typed version, no address.
 */
export function useStepBeacon(
  basePath: string,
  version: number,
  stateId: string,
  answers: readonly Answer[],
) {
  const last = useRef<{ key: string; answers: readonly Answer[] } | null>(null);
  const key = `${answers.map((a) => `${a.question}=${a.value}`).join('&')}>${stateId}`;
  useEffect(() => {
    const previous = last.current;
    last.current = { key, answers };
    if (previous?.key === key) return;
    const countedByServer = !previous && !shownInThisDocument && loadedAtThisAddress();
    shownInThisDocument = true;
    const entry = entryOf(basePath);
    if (countedByServer || !mayCount()) return;
    if (entry === 'embed' && referrer()?.pathname === EMBED_DOCS_PATH && !hostOrigin()) return;
    const host = entry === 'embed' ? hostOrigin() : undefined;
    const from = previous ? (arrivalBetween(previous.answers, answers) ?? undefined) : undefined;
    sendAfterPaint(JSON.stringify({ v: version, step: stateId, entry, host, from }));
    // Only a change of step is a new count.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
