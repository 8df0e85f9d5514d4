'use client';

import { createContext, use, type ReactNode } from 'react';
import { usePlanTicks, type PlanTicks } from '@/components/browser/use-plan-ticks';
import { cn } from '@/lib/cn';

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

/** One service's checkbox and name; ticking stays in this browser, with no network at all. */
export function PlanTick({ id, name }: { id: string; name: string }) {
  const { ticked, setTick } = usePlanTicksHere();
  const on = ticked.includes(id);
  const boxId = `tick-${id}`;
  return (
    <div className="flex items-center gap-3">
      <input
        id={boxId}
        type="checkbox"
        checked={on}
        onChange={(event) => setTick(id, event.target.checked)}
        className="h-6 w-6 shrink-0 accent-[var(--accent)]"
      />
      <label
        htmlFor={boxId}
        className={cn(
          'text-lg font-semibold',
          on && 'text-slate-600 line-through dark:text-slate-400',
        )}
      >
        {name}
      </label>
    </div>
  );
}
