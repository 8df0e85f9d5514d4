'use client';

import { createContext, use, type ReactNode } from 'react';
import { usePlanTicks, type PlanTicks } from './browser/use-plan-ticks';

const TicksContext = createContext<PlanTicks | null>(null);

/**
 * Holds one plan's ticks for the checkboxes and tools inside it, so the list itself can be
 * drawn on the server. Renders no element of its own.
 */
export function PlanTicksProvider({ ids, children }: { ids: string[]; children: ReactNode }) {
  return <TicksContext value={usePlanTicks(ids)}>{children}</TicksContext>;
}

export function usePlanTicksHere(): PlanTicks {
  const ticks = use(TicksContext);
  if (!ticks) throw new Error('usePlanTicksHere() outside <PlanTicksProvider>');
  return ticks;
}
