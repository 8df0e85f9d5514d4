import { Button } from '@/components/ui/button';
import { TextLink } from '@/components/ui/text-link';
import type { ServicesUi } from '@/content';
import type { PlanEntry, PlanSection } from '@/lib/plan/entry';
import { PlanTick } from './plan-ticks';

export type { PlanEntry, PlanSection };

type Props = { entry: PlanEntry; copy: ServicesUi['plan'] };

/** One service in the plan: its checkbox, the way back in, what to have ready and watch. */
export function PlanItem({ entry, copy }: Props) {
  return (
    <li
      data-service={entry.id}
      className="flex gap-3 rounded-lg border-2 border-slate-300 p-4 dark:border-slate-600"
    >
      <span
        aria-hidden="true"
        className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent text-sm font-bold text-[var(--accent-contrast)] print:border-2 print:border-black print:bg-transparent print:text-black"
      >
        {entry.step}
      </span>
      <div className="min-w-0 flex-1">
        <PlanTick id={entry.id} name={entry.name} />
        {entry.notes.map((note) => (
          <p key={note} className="mt-1 text-sm font-semibold text-accent-strong dark:text-accent">
            {note}
          </p>
        ))}
        {entry.action.kind === 'link' ? (
          <Button
            href={entry.action.href}
            rel="noopener noreferrer"
            full
            className="mt-3 py-2 print:block print:min-h-0 print:bg-transparent print:px-0 print:text-black print:underline print:hover:bg-transparent"
          >
            {entry.action.label}
          </Button>
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
          <TextLink href={entry.more.href}>{entry.more.label}</TextLink>
        </p>
      </div>
    </li>
  );
}
