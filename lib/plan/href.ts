import type { LastPlan } from './ticks';
import type { PlanOptions } from './recovery-plan';

// Kept apart from plan-url.ts (which validates with zod): the wizard builds these links in the
// browser on every outcome and should not carry a validator for it.

export const PLAN_PATH = '/plan';

/** The link to a plan: `/plan?s=google,github&work=1&holder=apple`, or `/plan` for nothing. */
export function planHref(ids: readonly string[], options: PlanOptions = {}): string {
  const parts: string[] = [];
  if (ids.length > 0) parts.push(`s=${ids.map(encodeURIComponent).join(',')}`);
  if (options.workSchool) parts.push('work=1');
  if (options.backupHolder) parts.push(`holder=${options.backupHolder}`);
  return parts.length === 0 ? PLAN_PATH : `${PLAN_PATH}?${parts.join('&')}`;
}

/** The link to the plan this browser opened last, with `ids` as its services. */
export function lastPlanHref(plan: LastPlan, ids: readonly string[]): string {
  return planHref(ids, {
    workSchool: plan.workSchool,
    backupHolder: plan.holder ?? undefined,
  });
}

export const PLAN_DOWNLOAD_PATH = '/plan/download';

/**
 * The link that downloads a plan as a file (`html` or `md`), with the services ticked so far
 * as `done`: a plain link, so it works without JavaScript too (then with no ticks).
 */
export function planDownloadHref(
  ids: readonly string[],
  options: PlanOptions,
  format: 'html' | 'md',
  ticked: readonly string[] = [],
): string {
  const query = planHref(ids, options).split('?')[1];
  const parts = [...(query ? [query] : []), `format=${format}`];
  if (ticked.length > 0) parts.push(`done=${[...ticked].sort().map(encodeURIComponent).join(',')}`);
  return `${PLAN_DOWNLOAD_PATH}?${parts.join('&')}`;
}
