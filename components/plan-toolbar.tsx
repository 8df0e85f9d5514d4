'use client';

import { useEffect, useState } from 'react';
import type { ServicesUi } from '@/content';
import type { LastPlan } from '@/lib/plan/ticks';
import { fill } from '@/lib/text';
import { rememberPlan, takeCarriedTicks } from './browser/plan-store';
import { useHydrated } from './browser/use-hydrated';
import { usePlanTicksHere } from './plan-ticks';

type Props = {
  /** The plan's own link, tidy, for "Copy link". */
  shareHref: string;
  copy: ServicesUi['plan'];
  /** Remembered as this browser's last plan, so "Add X to a recovery plan" adds to it. */
  plan: Omit<LastPlan, 'ticksKey'>;
};

const buttonClass =
  'min-h-11 rounded-md border-2 border-slate-300 px-4 font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800';

/** Progress, Copy link, Print and Clear ticks: drawn only once JavaScript runs. */
export function PlanToolbar({ shareHref, copy, plan }: Props) {
  const hydrated = useHydrated();
  const { key, ids, ticked, clear } = usePlanTicksHere();
  const [status, setStatus] = useState<{ text: string; copied: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const planText = JSON.stringify({ ...plan, ticksKey: key } satisfies LastPlan);

  useEffect(() => {
    takeCarriedTicks(ids);
    rememberPlan(JSON.parse(planText) as LastPlan);
  }, [planText, ids]);

  useEffect(() => {
    if (!status?.copied) return;
    const timer = window.setTimeout(() => setStatus(null), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copyLink = () => {
    const url = new URL(shareHref, window.location.origin).href;
    navigator.clipboard
      .writeText(url)
      .then(() => setStatus({ text: copy.copiedStatus, copied: true }))
      .catch(() => setStatus({ text: copy.copyFailed, copied: false }));
  };

  if (!hydrated) return null;
  return (
    <div className="no-print mt-2">
      <p className="text-slate-700 dark:text-slate-300">{copy.keepTicks}</p>
      <p aria-live="polite" className="mt-1 font-semibold">
        {fill(copy.progress, { done: ticked.length, total: ids.length })}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={copyLink} className={buttonClass}>
          {status?.copied ? copy.copied : copy.copyLink}
        </button>
        <button type="button" onClick={() => window.print()} className={buttonClass}>
          {copy.print}
        </button>
        <button
          type="button"
          disabled={ticked.length === 0}
          aria-expanded={confirming}
          aria-controls="clear-confirm"
          onClick={() => setConfirming(true)}
          className={buttonClass}
        >
          {copy.clear}
        </button>
      </div>
      {confirming && ticked.length > 0 && (
        <div
          id="clear-confirm"
          role="group"
          aria-labelledby="clear-confirm-text"
          className="mt-3 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-3 dark:bg-amber-950/40"
        >
          <p id="clear-confirm-text" className="font-semibold">
            {fill(ticked.length === 1 ? copy.clearAskOne : copy.clearAsk, {
              count: ticked.length,
            })}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => {
                clear();
                setConfirming(false);
                setStatus({ text: copy.clearedStatus, copied: false });
              }}
              className="min-h-11 rounded-md bg-red-700 px-4 font-semibold text-white hover:bg-red-800"
            >
              {copy.clearYes}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={buttonClass}>
              {copy.clearNo}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="mt-2 min-h-6 text-sm">
        {status?.text}
      </p>
    </div>
  );
}
