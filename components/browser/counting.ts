import { countingOn } from '@/lib/insights/signals';

/** Global Privacy Control or Do Not Track, as the browser tells the page. */
function optedOut(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.globalPrivacyControl === true || nav.doNotTrack === '1';
}

/**
 * Whether this page may send a count: the server that served the document said counting is
 * on (in its Server-Timing, read from the document's own load, so no request is made to ask),
 * and the browser does not ask not to be tracked.
 */
export function mayCount(): boolean {
  if (optedOut()) return false;
  try {
    const [load] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return countingOn(load?.serverTiming ?? []);
  } catch {
    return false;
  }
}

/** Hands a count to the browser to send; never throws, never waits. */
export function sendCount(path: string, body: string) {
  try {
    if (!navigator.sendBeacon?.(path, body)) {
      void fetch(path, { method: 'POST', body, keepalive: true }).catch(() => {});
    }
  } catch {
    // Counting never gets in the way of the page.
  }
}
