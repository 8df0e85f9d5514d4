import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { InsightsFilters } from '@/components/insights/insights-filters';
import { InsightsReportView } from '@/components/insights/insights-report-view';
import { TextLink } from '@/components/ui/text-link';
import { insightsCopy } from '@/content';
import { dashboardAccess } from '@/server/insights/access';
import { dashboardData, filterSearch } from '@/server/insights/dashboard';
import { fill } from '@/lib/text';

const t = insightsCopy.dashboard;
export const metadata: Metadata = { title: t.metaTitle, robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * For help-desk leads. proxy.ts answers 404 without INSIGHTS_TOKEN and 401 without the right
 * token; the check here is the same one, so the page never renders without it.
 */
export default async function InsightsPage(props: Props) {
  if (dashboardAccess(await headers()) !== 'allowed') notFound();
  const data = await dashboardData(await props.searchParams);
  const filters = data.ok ? data.report.filters : data.filters;
  const search = filterSearch(filters);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
      {data.dropped.length > 0 && (
        <p className="mt-3 rounded border border-amber-600 p-3">
          {fill(t.ignored, { names: data.dropped.join(', ') })}
        </p>
      )}
      <InsightsFilters
        filters={filters}
        hosts={data.ok ? data.hosts : []}
        versions={data.ok ? data.versions : []}
      />
      {data.ok ? (
        <>
          <p className="mt-6 font-medium">
            {fill(t.summary, {
              started: data.report.started,
              results: data.report.results,
              from: filters.from,
              to: filters.to,
            })}
          </p>
          <InsightsReportView report={data.report} />
          <section aria-labelledby="export" className="mt-10">
            <h2 id="export" className="text-xl font-bold">
              {t.export.heading}
            </h2>
            <ul className="mt-3 flex gap-6">
              <li>
                <TextLink href={`/insights/export?format=csv&${search}`} look="strong">
                  {t.export.csv}
                </TextLink>
              </li>
              <li>
                <TextLink href={`/insights/export?format=json&${search}`} look="strong">
                  {t.export.json}
                </TextLink>
              </li>
            </ul>
          </section>
        </>
      ) : (
        <p role="status" className="mt-6 rounded border border-amber-600 p-3">
          {t.unavailable}
        </p>
      )}
    </>
  );
}
