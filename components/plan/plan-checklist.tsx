import type { ServicesUi } from '@/content';
import type { LastPlan } from '@/lib/plan/ticks';
import { PlanDownload } from './plan-download';
import { PlanItem, type PlanSection } from './plan-item';
import { PlanTicksProvider } from './plan-ticks';
import { PlanToolbar } from './plan-toolbar';

type Props = {
  sections: PlanSection[];
  /** The plan's own link, tidy, for "Copy link". */
  shareHref: string;
  copy: ServicesUi['plan'];
  /** Remembered as this browser's last plan, so "Add X to a recovery plan" adds to it. */
  plan: Omit<LastPlan, 'ticksKey'>;
};

/**
 * The ordered checklist, drawn on the server; only the checkboxes and the tools above them run
 * in the browser. Ticking stays in this browser, with no network at all.
 */
export function PlanChecklist({ sections, shareHref, copy, plan }: Props) {
  const entries = sections.flatMap((s) => s.entries);
  const ids = entries.map((e) => e.id);
  const names = Object.fromEntries(entries.map((e) => [e.id, e.name]));
  return (
    <section className="mt-6" aria-labelledby="checklist-heading">
      <PlanTicksProvider ids={ids}>
        <h2 id="checklist-heading" className="text-xl font-bold">
          {copy.checklistHeading}
        </h2>
        <PlanToolbar shareHref={shareHref} copy={copy} plan={plan} names={names} />
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
                <PlanItem key={entry.id} entry={entry} copy={copy} />
              ))}
            </ol>
          </section>
        ))}
        <PlanDownload copy={copy} plan={plan} />
      </PlanTicksProvider>
    </section>
  );
}
