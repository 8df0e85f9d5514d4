'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  addedOnOpening,
  noneAdded,
  rememberPlan,
  subscribeStored,
  takeCarriedTicks,
} from '@/components/browser/plan-store';
import { useHydrated } from '@/components/browser/use-hydrated';
import { Button } from '@/components/ui/button';
import type { ServicesUi } from '@/content';
import { cn } from '@/lib/cn';
import type { LastPlan } from '@/lib/plan/ticks';
import { fill } from '@/lib/text';
import { usePlanTicksHere } from './plan-ticks';

type Props = {
  /** The plan's own link, tidy, for "Copy link". */
  shareHref: string;
  copy: ServicesUi['plan'];
  /** Remembered as this browser's last plan, so "Add X to a recovery plan" adds to it. */
  plan: Omit<LastPlan, 'ticksKey'>;
  /** Each service's name by id, to say which were just added. */
  names: Record<string, string>;
};

const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const tool = { variant: 'secondary', size: 'small' } as const;

/**
 * What was just added, then progress, Copy link, Print and Clear ticks: the tools are drawn only
 * once JavaScript runs; the line saying what was added is there from the start, empty, so a
 * screen reader announces it when it is filled.
 */
export function PlanToolbar({ shareHref, copy, plan, names }: Props) {
  const hydrated = useHydrated();
  const { key, ids, ticked, clear } = usePlanTicksHere();
  const [status, setStatus] = useState<{ text: string; copied: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const planText = JSON.stringify({ ...plan, ticksKey: key } satisfies LastPlan);
  const added = useSyncExternalStore(subscribeStored, () => addedOnOpening(planText), noneAdded);

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

  const addedNames = added.flatMap((id) => (names[id] ? [names[id]] : []));
  return (
    <div className="no-print mt-2">
      <p
        role="status"
        className={cn(
          addedNames.length > 0 &&
            'mb-3 rounded-lg border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900 dark:border-green-400 dark:bg-green-950/40 dark:text-green-100',
        )}
      >
        {addedNames.length > 0 ? fill(copy.added, { names: listFormat.format(addedNames) }) : ''}
      </p>
      {hydrated && (
        <>
          <p className="text-slate-700 dark:text-slate-300">{copy.keepTicks}</p>
          <p aria-live="polite" className="mt-1 font-semibold">
            {fill(ids.length === 1 ? copy.progressOne : copy.progress, {
              done: ticked.length,
              total: ids.length,
            })}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button type="button" onClick={copyLink} {...tool}>
              {status?.copied ? copy.copied : copy.copyLink}
            </Button>
            <Button type="button" onClick={() => window.print()} {...tool}>
              {copy.print}
            </Button>
            <Button
              type="button"
              disabled={ticked.length === 0}
              aria-expanded={confirming}
              aria-controls="clear-confirm"
              onClick={() => setConfirming(true)}
              {...tool}
            >
              {copy.clear}
            </Button>
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
                <Button
                  type="button"
                  onClick={() => {
                    clear();
                    setConfirming(false);
                    setStatus({ text: copy.clearedStatus, copied: false });
                  }}
                  variant="danger"
                  size="small"
                >
                  {copy.clearYes}
                </Button>
                <Button type="button" onClick={() => setConfirming(false)} {...tool}>
                  {copy.clearNo}
                </Button>
              </div>
            </div>
          )}
          <p role="status" className="mt-2 min-h-6 text-sm">
            {status?.text}
          </p>
        </>
      )}
    </div>
  );
}
