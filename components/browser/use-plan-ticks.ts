import { useMemo, useSyncExternalStore } from 'react';
import { parseTicks, serializeTicks, ticksStorageKey, toggleTick } from '@/lib/plan/ticks';
import { readStored, subscribeStored, writeStored } from './plan-store';

export type PlanTicks = {
  /** Where this plan's ticks are kept. */
  key: string;
  ids: readonly string[];
  ticked: readonly string[];
  setTick: (id: string, on: boolean) => void;
  clear: () => void;
};

/** A plan's ticks in this browser: none while the server renders, then what is stored. */
export function usePlanTicks(ids: readonly string[]): PlanTicks {
  const key = ticksStorageKey(ids);
  const raw = useSyncExternalStore(
    subscribeStored,
    () => readStored(key),
    () => '',
  );
  return useMemo(() => {
    const ticked = parseTicks(raw || null, ids);
    return {
      key,
      ids,
      ticked,
      setTick: (id, on) => writeStored(key, serializeTicks(toggleTick(ticked, id, on))),
      clear: () => writeStored(key, null),
    };
  }, [raw, ids, key]);
}
