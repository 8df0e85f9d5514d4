// zod/mini: the plan picker builds these links in the browser, so this stays small.
import * as z from 'zod/mini';
import type { PlanFileFormat } from './download';
import { parsePlanIds, planServiceIds, type BackupHolder, type PlanOptions } from './recovery-plan';

import { PLAN_DOWNLOAD_PATH, PLAN_PATH, planDownloadHref, planHref } from './href';
import { firstValue, queryValue } from '../query-value';

export { PLAN_DOWNLOAD_PATH, PLAN_PATH, planDownloadHref, planHref };

const BACKUP_HOLDERS = ['microsoft', 'apple'] as const satisfies readonly BackupHolder[];

export type PlanQueryProblem =
  | { kind: 'unknown-service'; value: string }
  | { kind: 'bad-holder'; value: string }
  | { kind: 'bad-work'; value: string };

export type PlanQuery = {
  /** Known service ids, in the order given, without repeats. */
  ids: string[];
  options: PlanOptions;
  problems: PlanQueryProblem[];
  /** True when the query is exactly what planHref() writes for it, so no tidy-up is needed. */
  canonical: boolean;
};

const rawQuery = z.record(z.string(), queryValue);
const holderSchema = z.enum(BACKUP_HOLDERS);

function shorten(value: string): string {
  return value.trim().slice(0, 64);
}

/**
 * Reads a plan page's query (`s`, `work`, `holder`) without trusting it. Unknown services and
 * unreadable values are reported and skipped, never thrown; other keys are ignored.
 */
export function parsePlanQuery(input: unknown, services: readonly { id: string }[]): PlanQuery {
  const parsed = rawQuery.safeParse(input ?? {});
  const query = parsed.success ? parsed.data : {};
  const problems: PlanQueryProblem[] = [];

  const { ids, unknown } = parsePlanIds(query.s ?? [], services);
  for (const value of unknown) problems.push({ kind: 'unknown-service', value });

  const options: PlanOptions = {};
  const holder = firstValue(query.holder);
  if (holder !== '') {
    const known = holderSchema.safeParse(holder);
    if (known.success) options.backupHolder = known.data;
    else problems.push({ kind: 'bad-holder', value: shorten(holder) });
  }
  const work = firstValue(query.work);
  if (work === '1') options.workSchool = true;
  else if (work !== '' && work !== '0') problems.push({ kind: 'bad-work', value: shorten(work) });

  const expected = new URLSearchParams(planHref(ids, options).split('?')[1] ?? '');
  const given = Object.entries(query).filter(([, value]) => value !== undefined);
  const canonical =
    parsed.success &&
    given.length === [...expected.keys()].length &&
    given.every(([key, value]) => typeof value === 'string' && expected.get(key) === value);

  return { ids, options, problems, canonical };
}

export type PlanDownloadQuery =
  | {
      ok: true;
      ids: string[];
      options: PlanOptions;
      format: PlanFileFormat;
      /** Ticked services of this plan; anything else given as `done` is dropped. */
      ticked: string[];
    }
  | { ok: false; ids: string[]; options: PlanOptions };

const formatSchema = z.enum(['html', 'md']);

/**
 * Reads a download link (the plan's own `s`, `work`, `holder`, then `format` and `done`).
 * The plan is read as the plan page reads it; a missing or unknown format is refused.
 */
export function parsePlanDownloadQuery(
  input: unknown,
  services: readonly { id: string }[],
): PlanDownloadQuery {
  const { ids, options } = parsePlanQuery(input, services);
  const parsed = rawQuery.safeParse(input ?? {});
  const query = parsed.success ? parsed.data : {};
  const format = formatSchema.safeParse(firstValue(query.format));
  if (!format.success) return { ok: false, ids, options };
  const planIds = new Set(planServiceIds(ids, options).keys());
  const ticked = parsePlanIds(query.done ?? [], services).ids.filter((id) => planIds.has(id));
  return { ok: true, ids, options, format: format.data, ticked };
}
