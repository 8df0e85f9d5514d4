'use client';

import { useHydrated } from '@/components/browser/use-hydrated';
import { TextLink } from '@/components/ui/text-link';
import type { ServicesUi } from '@/content';
import { planDownloadHref } from '@/lib/plan/href';
import type { LastPlan } from '@/lib/plan/ticks';
import { usePlanTicksHere } from './plan-ticks';

type Props = { copy: ServicesUi['plan']; plan: Omit<LastPlan, 'ticksKey'> };

/**
 * "Download this plan" as a web page or as Markdown: plain links to the server, so they work
 * without JavaScript; with it, the ticks made so far go into the file.
 */
export function PlanDownload({ copy, plan }: Props) {
  const hydrated = useHydrated();
  const { ticked } = usePlanTicksHere();
  const options = { workSchool: plan.workSchool, backupHolder: plan.holder ?? undefined };
  const href = (format: 'html' | 'md') => planDownloadHref(plan.ids, options, format, ticked);
  return (
    <section className="no-print mt-6" aria-labelledby="download-heading">
      <h3 id="download-heading" className="text-lg font-semibold">
        {copy.downloadHeading}
      </h3>
      <p className="text-slate-700 dark:text-slate-300">{copy.downloadHint}</p>
      <ul className="mt-1">
        <li>
          <TextLink href={href('html')} download look="action">
            {copy.downloadHtml}
          </TextLink>
        </li>
        <li>
          <TextLink href={href('md')} download look="action">
            {copy.downloadMarkdown}
          </TextLink>
        </li>
      </ul>
      {hydrated && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{copy.downloadTicks}</p>
      )}
    </section>
  );
}
