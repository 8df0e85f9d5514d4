import { Button } from '@/components/ui/button';
import { insightsCopy } from '@/content';
import type { Filters } from '@/lib/insights/report';

const t = insightsCopy.dashboard.filters;
const field =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-2 dark:border-slate-500 dark:bg-slate-900';

type Props = { filters: Filters; hosts: string[]; versions: number[] };

/** A plain GET form: filters live in the address, the token never does. */
export function InsightsFilters({ filters, hosts, versions }: Props) {
  return (
    <form method="get" action="/insights" aria-labelledby="filters-heading" className="mt-6">
      <h2 id="filters-heading" className="text-xl font-bold">
        {t.heading}
      </h2>
      <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
        <label className="block">
          {t.from}
          <input type="date" name="from" defaultValue={filters.from} className={field} />
        </label>
        <label className="block">
          {t.to}
          <input type="date" name="to" defaultValue={filters.to} className={field} />
        </label>
        <label className="block">
          {t.entry}
          <select name="entry" defaultValue={filters.entry ?? ''} className={field}>
            <option value="">{t.entryAll}</option>
            <option value="site">{t.entrySite}</option>
            <option value="embed">{t.entryEmbed}</option>
          </select>
        </label>
        <label className="block">
          {t.host}
          <select name="host" defaultValue={filters.host ?? '*'} className={field}>
            <option value="*">{t.hostAll}</option>
            {hosts.map((host) => (
              <option key={host} value={host}>
                {host || t.hostUnknown}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {t.version}
          <select name="version" defaultValue={filters.version ?? ''} className={field}>
            <option value="">{t.versionAll}</option>
            {versions.map((version) => (
              <option key={version} value={version}>
                {version}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Button type="submit" className="mt-4">
        {t.apply}
      </Button>
    </form>
  );
}
