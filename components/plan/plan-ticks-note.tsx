'use client';

import { useHydrated } from '@/components/browser/use-hydrated';

/**
 * How ticks are kept: in this browser once JavaScript runs. Without it they cannot be, so the
 * page says to print or download instead of asking for ticks that would be lost; that sentence
 * sits in <noscript>, so a browser that runs scripts never shows it, not even before hydration.
 */
export function PlanTicksNote({
  withScript,
  withoutScript,
}: {
  withScript: string;
  withoutScript: string;
}) {
  return useHydrated() ? withScript : <noscript>{withoutScript}</noscript>;
}
