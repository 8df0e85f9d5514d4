import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { LinkNotice } from '@/components/ui/link-notice';
import { NotListed } from '@/components/services/not-listed';
import { PlanChecklist } from '@/components/plan/plan-checklist';
import { PlanPicker } from '@/components/plan/plan-picker';
import { QrCode } from '@/components/ui/qr-code';
import { directoryCopy, services, servicesByCategory, servicesUi } from '@/content';
import { PlanTicksNote } from '@/components/plan/plan-ticks-note';
import { originFrom } from '@/lib/serving/origin';
import { ticksStorageKey } from '@/lib/plan/ticks';
import { parsePlanQuery, planHref, type PlanQueryProblem } from '@/lib/plan/url';
import { qrSvg } from '@/lib/qr';
import { planSections } from '@/lib/plan/entry';
import { orderPlan } from '@/lib/plan/recovery-plan';
import { fill } from '@/lib/text';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: servicesUi.plan.title,
  description: servicesUi.plan.emptyIntro,
  robots: { index: false },
};

const copy = servicesUi.plan;

function problemText(problem: PlanQueryProblem): string {
  const template = {
    'unknown-service': copy.unknownService,
    'bad-holder': copy.badHolder,
    'bad-work': copy.badWork,
  }[problem.kind];
  return fill(template, { value: problem.value });
}

export default async function PlanPage({ searchParams }: Props) {
  const query = parsePlanQuery(await searchParams, services);
  // A form of checkboxes sends `s=a&s=b&holder=`; answer with the short link people can share.
  if (!query.canonical && query.problems.length === 0) {
    redirect(planHref(query.ids, query.options));
  }
  const items = orderPlan(services, query.ids, query.options);
  const sections = planSections(items);
  const pickerGroups = servicesByCategory().map((group) => ({
    category: group.category,
    label: directoryCopy.categories[group.category],
    services: group.services.map(({ id, name, aliases, domains }) => ({
      id,
      name,
      aliases,
      domains,
    })),
  }));
  const picker = (
    <PlanPicker
      groups={pickerGroups}
      selected={query.ids}
      workSchool={query.options.workSchool ?? false}
      backupHolder={query.options.backupHolder}
      copy={copy}
      ticksKey={
        items.length > 0 ? ticksStorageKey(items.map((item) => item.service.id)) : undefined
      }
    />
  );
  // With one service or none there is hardly a plan yet: choosing comes first, open.
  const choosing = items.length <= 1;
  const origin = originFrom(await headers());
  const shareHref = planHref(query.ids, query.options);
  const planUrl = origin ? `${origin}${shareHref}` : shareHref;

  // No <Suspense>: the checklist and the picker must read without JavaScript.
  return (
    <>
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{copy.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        {items.length > 0 ? (
          <>
            {copy.intro}{' '}
            <PlanTicksNote
              withScript={copy.ticksWithScript}
              withoutScript={copy.ticksWithoutScript}
            />
          </>
        ) : (
          copy.emptyIntro
        )}
      </p>
      <div className="mt-4">
        <LinkNotice
          heading={copy.problemsHeading}
          intro={copy.problemsIntro}
          messages={query.problems.map(problemText)}
        />
      </div>
      {choosing && (
        <section className="no-print mt-6" aria-labelledby="picker-heading">
          <h2 id="picker-heading" className="text-xl font-bold">
            {copy.pickerHeading}
          </h2>
          {picker}
        </section>
      )}
      {items.length > 0 && (
        <>
          <p className="no-print mt-8 text-slate-700 dark:text-slate-300">{copy.keepLink}</p>
          <PlanChecklist
            sections={sections}
            shareHref={shareHref}
            copy={copy}
            plan={{
              ids: query.ids,
              workSchool: query.options.workSchool ?? false,
              holder: query.options.backupHolder ?? null,
            }}
          />
        </>
      )}
      {items.length > 0 && (
        <section className="hidden print:mt-6 print:block" aria-labelledby="print-link-heading">
          <h2 id="print-link-heading" className="text-lg font-bold">
            {copy.printHeading}
          </h2>
          <p>{copy.printHint}</p>
          <p className="mt-1 font-mono break-all">{planUrl}</p>
          <div className="mt-2 w-40">
            <QrCode svg={await qrSvg(planUrl)} label={copy.printQrLabel} />
          </div>
        </section>
      )}
      {!choosing && (
        <details className="no-print mt-8 rounded-lg border-2 border-slate-300 p-4 dark:border-slate-600">
          <summary className="min-h-11 cursor-pointer py-2 text-xl font-bold">
            {copy.changeHeading}
          </summary>
          {picker}
        </details>
      )}
      <NotListed copy={servicesUi.notListed} />
    </>
  );
}
