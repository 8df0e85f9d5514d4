import {
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

export function rememberPlan(plan: LastPlan) {
  const value = JSON.stringify(plan);
  if (readStored(LAST_PLAN_KEY) !== value) writeStored(LAST_PLAN_KEY, value);
}

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
