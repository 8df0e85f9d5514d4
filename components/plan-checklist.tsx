'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ServicesUi } from '@/content';
import {
  readStored,
  rememberPlan,
  subscribeStored,
  takeCarriedTicks,
  writeStored,
} from './browser/plan-store';
import {
  parseTicks,
  serializeTicks,
  ticksStorageKey,
  toggleTick,
  type LastPlan,
} from '@/lib/plan-ticks';
import { fill } from '@/lib/text';
import { useHydrated } from './browser/use-hydrated';

export type PlanEntry = {
  id: string;
  step: number;
  name: string;
  /** The service's recovery page, or (for work or school) who to contact instead. */
  action: { kind: 'link'; href: string; label: string } | { kind: 'help-desk'; text: string };
  notes: string[];
  needs: string[];
  wait?: string;
  warnings: string[];
  caveat?: string;
  more: { href: string; label: string };
};

export type PlanSection = { group: string; heading: string; entries: PlanEntry[] };

type Props = {
  sections: PlanSection[];
  /** The plan's own link, tidy, for "Copy link". */
  shareHref: string;
  copy: ServicesUi['plan'];
  /** Remembered as this browser's last plan, so "Add X to a recovery plan" adds to it. */
  plan: Omit<LastPlan, 'ticksKey'>;
};

const buttonClass =
  'min-h-11 rounded-md border-2 border-slate-300 px-4 font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800';

/** The ordered checklist. Ticking stays in this browser, with no network at all. */
export function PlanChecklist({ sections, shareHref, copy, plan }: Props) {
  const hydrated = useHydrated();
  const ids = useMemo(() => sections.flatMap((s) => s.entries.map((e) => e.id)), [sections]);
  const key = ticksStorageKey(ids);
  const raw = useSyncExternalStore(
    subscribeStored,
    () => readStored(key),
    () => '',
  );
  const ticked = useMemo(() => parseTicks(raw || null, ids), [raw, ids]);
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

  const setTick = (id: string, on: boolean) => {
    writeStored(key, serializeTicks(toggleTick(ticked, id, on)));
  };
  const copyLink = () => {
    const url = new URL(shareHref, window.location.origin).href;
    navigator.clipboard
      .writeText(url)
      .then(() => setStatus({ text: copy.copiedStatus, copied: true }))
      .catch(() => setStatus({ text: copy.copyFailed, copied: false }));
  };

  return (
    <section className="mt-6" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" className="text-xl font-bold">
        {copy.checklistHeading}
      </h2>
      {hydrated && (
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
                    writeStored(key, null);
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
      )}
      {sections.map((section) => (
        <section
          key={section.group}
          className="mt-5"
          aria-labelledby={`plan-group-${section.group}`}
        >
          <h3 id={`plan-group-${section.group}`} className="text-lg font-semibold">
            {section.heading}
          </h3>
          <ol start={section.entries[0]?.step} className="mt-2 space-y-3">
            {section.entries.map((entry) => (
              <PlanItem
                key={entry.id}
                entry={entry}
                ticked={ticked.includes(entry.id)}
                onTick={(on) => setTick(entry.id, on)}
                copy={copy}
              />
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

type ItemProps = {
  entry: PlanEntry;
  ticked: boolean;
  onTick: (on: boolean) => void;
  copy: ServicesUi['plan'];
};

function PlanItem({ entry, ticked, onTick, copy }: ItemProps) {
  const boxId = `tick-${entry.id}`;
  const link = 'text-accent-strong underline underline-offset-2 dark:text-accent';
  return (
    <li
      data-service={entry.id}
      className="flex gap-3 rounded-lg border-2 border-slate-300 p-4 dark:border-slate-600"
    >
      <span
        aria-hidden="true"
        className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent text-sm font-bold text-[var(--accent-contrast)]"
      >
        {entry.step}
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-3">
          <input
            id={boxId}
            type="checkbox"
            checked={ticked}
            onChange={(event) => onTick(event.target.checked)}
            className="h-6 w-6 shrink-0 accent-[var(--accent)]"
          />
          <label
            htmlFor={boxId}
            className={`text-lg font-semibold ${ticked ? 'text-slate-600 line-through dark:text-slate-400' : ''}`}
          >
            {entry.name}
          </label>
        </div>
        {entry.notes.map((note) => (
          <p key={note} className="mt-1 text-sm font-semibold text-accent-strong dark:text-accent">
            {note}
          </p>
        ))}
        {entry.action.kind === 'link' ? (
          <a
            href={entry.action.href}
            rel="noopener noreferrer"
            className="mt-3 flex min-h-12 w-full items-center justify-center rounded-md bg-accent px-4 py-2 text-center font-semibold text-[var(--accent-contrast)] no-underline hover:bg-accent-strong print:block print:min-h-0 print:bg-transparent print:px-0 print:text-black print:underline"
          >
            {entry.action.label}
          </a>
        ) : (
          <p className="mt-2 font-semibold">{entry.action.text}</p>
        )}
        <div className="mt-2 text-sm">
          <p className="font-semibold">{copy.needsLabel}</p>
          <ul className="list-disc pl-5">
            {entry.needs.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
          {entry.wait && (
            <p className="mt-1">
              <span className="font-semibold">{copy.waitLabel}</span> {entry.wait}
            </p>
          )}
        </div>
        {entry.warnings.length > 0 && (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-800 dark:text-red-300">
            {entry.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
        {entry.caveat && (
          <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">{entry.caveat}</p>
        )}
        <p className="no-print mt-2 text-sm">
          <a href={entry.more.href} className={link}>
            {entry.more.label}
          </a>
        </p>
      </div>
    </li>
  );
}
