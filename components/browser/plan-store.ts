import {
  addedSince,
  CARRY_KEY,
  carriedTicks,
  LAST_PLAN_KEY,
  parseTicks,
  serializeTicks,
  ticksStorageKey,
  type LastPlan,
} from '@/lib/plan/ticks';

/**
 * The recovery plan's memory in this browser (localStorage only, never sent anywhere): the
 * ticks of each plan and which plan was opened last. When a browser refuses storage, it lasts
 * for the visit.
 */

const memory = new Map<string, string>();
const listeners = new Set<() => void>();

export function readStored(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? '';
  } catch {
    return memory.get(key) ?? '';
  }
}

export function writeStored(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
  }
  for (const listener of listeners) listener();
}

export function subscribeStored(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

const NONE_ADDED: readonly string[] = [];
/** What the plan opened last added to the one opened before it, kept for the visit. */
let opened: { plan: string; added: readonly string[] } = { plan: '', added: NONE_ADDED };

/**
 * On a plan page: this plan becomes the browser's last plan, and the services it added to the
 * previous one are kept for `addedOnOpening`.
 */
export function rememberPlan(plan: LastPlan) {
  const value = JSON.stringify(plan);
  const before = readStored(LAST_PLAN_KEY);
  if (before === value) return;
  const added = addedSince(before || null, plan);
  opened = { plan: value, added: added.length > 0 ? added : NONE_ADDED };
  writeStored(LAST_PLAN_KEY, value);
}

/** The services just added by opening this plan (its stored text); none for any other plan. */
export function addedOnOpening(plan: string): readonly string[] {
  return opened.plan === plan ? opened.added : NONE_ADDED;
}

export const noneAdded = () => NONE_ADDED;

/** Before leaving a plan for a changed one: its ticks go along (see `takeCarriedTicks`). */
export function carryTicksFrom(ticksKey: string) {
  const ticks = readStored(ticksKey);
  if (ticks) writeStored(CARRY_KEY, ticks);
}

/** On a plan page: ticks carried from the plan before join this plan's own, once. */
export function takeCarriedTicks(planIds: readonly string[]) {
  const carried = readStored(CARRY_KEY);
  if (!carried) return;
  const key = ticksStorageKey(planIds);
  const own = parseTicks(readStored(key) || null, planIds);
  writeStored(key, serializeTicks(carriedTicks(parseTicks(carried, planIds), own, planIds)));
  writeStored(CARRY_KEY, null);
}
