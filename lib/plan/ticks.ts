// zod/mini: ticks are read in the browser on every change, so this stays small.
import * as z from 'zod/mini';
import { planKey, planServiceIds } from './recovery-plan';

const STORAGE_PREFIX = 'recovery-plan:v1:';

const storedTicks = z.array(z.string().check(z.maxLength(64)));

/** The localStorage key for a plan: the same services give the same key in any order. */
export function ticksStorageKey(ids: readonly string[]): string {
  return `${STORAGE_PREFIX}${planKey(ids)}`;
}

/**
 * The ticked ids stored for a plan, read without trusting the stored text (another version,
 * another tab or a person may have changed it): only ids in the plan are kept.
 */
export function parseTicks(raw: string | null, planIds: readonly string[]): string[] {
  if (!raw) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const parsed = storedTicks.safeParse(json);
  if (!parsed.success) return [];
  const inPlan = new Set(planIds);
  return [...new Set(parsed.data)].filter((id) => inPlan.has(id));
}

/** The text to store for a set of ticks; null means remove the entry. */
export function serializeTicks(ticked: readonly string[]): string | null {
  const ids = [...new Set(ticked)].sort();
  return ids.length === 0 ? null : JSON.stringify(ids);
}

/** Ticks after one checkbox changed. */
export function toggleTick(ticked: readonly string[], id: string, on: boolean): string[] {
  const rest = ticked.filter((t) => t !== id);
  return on ? [...rest, id] : rest;
}

/** The plan a person last opened in this browser: its services and options, nothing else. */
export type LastPlan = {
  ids: string[];
  workSchool: boolean;
  holder: 'microsoft' | 'apple' | null;
  /** Where its ticks are stored (the plan's own services, added ones included). */
  ticksKey: string;
};

export const LAST_PLAN_KEY = 'recovery-plan:last';
/** Ticks on their way from one plan to the next, taken up by the next plan page. */
export const CARRY_KEY = 'recovery-plan:carry';

const lastPlan = z.strictObject({
  ids: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(200)),
  workSchool: z.boolean(),
  holder: z.nullable(z.enum(['microsoft', 'apple'])),
  ticksKey: z.string().check(z.maxLength(20_000)),
});

/** The stored last plan, read without trusting it, even one with no service picked. */
function readLastPlan(raw: string | null): LastPlan | null {
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  return lastPlan.safeParse(json).data ?? null;
}

/** Reads the stored last plan without trusting it; null when there is none or it is not ours. */
export function parseLastPlan(raw: string | null): LastPlan | null {
  const plan = readLastPlan(raw);
  return plan && plan.ids.length > 0 ? plan : null;
}

const servicesOf = (plan: Omit<LastPlan, 'ticksKey'>) => [
  ...planServiceIds(plan.ids, {
    workSchool: plan.workSchool,
    backupHolder: plan.holder ?? undefined,
  }).keys(),
];

/**
 * The services this plan has that the plan last opened here (`raw`, as stored) did not, when
 * it grew from that one: "Amazon added". A plan that dropped any of them is another plan, and
 * nothing is said.
 */
export function addedSince(raw: string | null, now: Omit<LastPlan, 'ticksKey'>): string[] {
  const last = readLastPlan(raw);
  if (!last) return [];
  const before = new Set(servicesOf(last));
  const after = servicesOf(now);
  if ([...before].some((id) => !after.includes(id))) return [];
  return after.filter((id) => !before.has(id));
}

/** The services of the last plan with one more (once, at the end), for "Add X to my plan". */
export function withService(plan: LastPlan, id: string): string[] {
  return plan.ids.includes(id) ? [...plan.ids] : [...plan.ids, id];
}

/**
 * Ticks for a changed plan: those of the old plan for services still in it, joined with any the
 * new plan already had. Adding Amazon to a plan with two ticks keeps those two ticks.
 */
export function carriedTicks(
  fromTicks: readonly string[],
  toTicks: readonly string[],
  toIds: readonly string[],
): string[] {
  const inPlan = new Set(toIds);
  return [...new Set([...toTicks, ...fromTicks])].filter((id) => inPlan.has(id));
}
