// zod/mini: ticks are read in the browser on every change, so this stays small.
import * as z from 'zod/mini';
import { planKey } from './recovery-plan';

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
