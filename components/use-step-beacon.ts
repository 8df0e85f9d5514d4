'use client';

import { useEffect, useRef } from 'react';
import type { Answer } from '@/machines/diagnosis-machine';
import { arrivalBetween, entryOf } from '@/lib/insights/steps';

export const BEACON_PATH = '/api/insights';

function optedOut(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.globalPrivacyControl === true || nav.doNotTrack === '1';
}

/** The help desk's origin, read from the frame's referrer; never the page's own address. */
function hostOrigin(): string | undefined {
  try {
    const origin = new URL(document.referrer).origin;
    return origin !== window.location.origin && /^https?:/.test(origin) ? origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Counts each step the live wizard shows without loading a page: the step, and the answer
 * that led to it. The first step is not sent: the server counted it when it served the page.
 * Nothing else goes in the beacon: no answers before the last, no typed version, no address.
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
    if (!previous || previous.key === key || optedOut()) return;
    const entry = entryOf(basePath);
    const host = entry === 'embed' ? hostOrigin() : undefined;
    const from = arrivalBetween(previous.answers, answers) ?? undefined;
    const body = JSON.stringify({ v: version, step: stateId, entry, host, from });
    try {
      if (!navigator.sendBeacon?.(BEACON_PATH, body)) {
        void fetch(BEACON_PATH, { method: 'POST', body, keepalive: true }).catch(() => {});
      }
    } catch {
      // Counting never gets in the way of the wizard.
    }
    // Only a change of step is a new count.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
