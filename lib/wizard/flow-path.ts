import type { Answer } from '../../machines/diagnosis-machine';
import { parseSearch } from './answers-url';
import { replayLink } from './replay';

/** One person's way through the checklist, to be drawn over the flow map. */
export type FlowPath = {
  /** The states visited, in order: each question answered, then where the answers lead. */
  states: string[];
  /** Where the answers lead: the step the map was opened from. */
  current: string;
  answers: Answer[];
};

/**
 * The path a step's link stands for: the flow map is opened with the step's own query string
 * (`/flow?v=…&goal=…`), read like any wizard link (unknown, repeated and oversized
 * parameters reported, the answers replayed through the machine, stopping at the first one it
 * refuses). `unread` is true when part of the link could not be used, so the page can say the
 * path may stop short.
 */
export function flowPathOf(
  search: string,
  version: number,
): { path: FlowPath | null; unread: boolean } {
  const replay = replayLink(parseSearch(search), version);
  const unread = replay.problems.length > 0;
  if (replay.answers.length === 0) return { path: null, unread };
  return {
    path: {
      states: [...replay.answers.map((a) => a.question), replay.stateId],
      current: replay.stateId,
      answers: replay.answers,
    },
    unread,
  };
}

/** The arrows a path takes, as `from→to` keys (the map draws one arrow per pair of states). */
export function pathEdgeKeys(states: readonly string[]): Set<string> {
  return new Set(states.slice(1).map((to, i) => edgeKey(states[i]!, to)));
}

export function edgeKey(from: string, to: string): string {
  return `${from}→${to}`;
}
