import 'server-only';
import { readableDatabase } from './store';
import {
  buildReport,
  filterChoices,
  readFilters,
  type Filters,
  type Report,
} from '../../lib/insights/report';

export type DashboardData =
  | { ok: true; report: Report; hosts: string[]; versions: number[]; dropped: string[] }
  | { ok: false; filters: Filters; dropped: string[] };

/** The report for the dashboard and the export; a database that does not answer is a notice. */
export async function dashboardData(
  params: Record<string, string | string[] | undefined>,
): Promise<DashboardData> {
  const { filters, dropped } = readFilters(params);
  try {
    const db = await readableDatabase();
    const [report, choices] = await Promise.all([buildReport(db, filters), filterChoices(db)]);
    return { ok: true, report, dropped, ...choices };
  } catch (error) {
    console.warn(
      `insights: the dashboard cannot read the counts (${error instanceof Error ? error.message : String(error)})`,
    );
    return { ok: false, filters, dropped };
  }
}

/** The dashboard's filters as a query string, for the export links. */
export function filterSearch(filters: Filters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.entry) params.set('entry', filters.entry);
  if (filters.host !== undefined) params.set('host', filters.host);
  if (filters.version !== undefined) params.set('version', String(filters.version));
  return params.toString();
}
