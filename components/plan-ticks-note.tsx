'use client';

import { useHydrated } from './browser/use-hydrated';

/**
 * How ticks are kept: in this browser once JavaScript runs; without it they cannot be, so the
 * page says to print or download instead of asking for ticks that would be lost.
 */
export function PlanTicksNote({
  withScript,
  withoutScript,
}: {
  withScript: string;
  withoutScript: string;
}) {
  return useHydrated() ? withScript : withoutScript;
}
