'use client';

import { usePlanTicksHere } from './plan-ticks';

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
        className={`text-lg font-semibold ${on ? 'text-slate-600 line-through dark:text-slate-400' : ''}`}
      >
        {name}
      </label>
    </div>
  );
}
