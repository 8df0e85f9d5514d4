import { createTestModel } from 'xstate/graph';
import {
  diagnosisMachine,
  MIN_IOS_APP_VERSION,
  VERSION_QUESTIONS,
  type Answer,
  type DiagnosisEvent,
} from '../../machines/diagnosis-machine';
import { answerValues } from './flow';
import { parseVersion } from '../../machines/version';

/**
 * Every way through the checklist, read off the machine with `xstate/graph` rather than kept
 * by hand: the case-code round-trip test walks all of them, the link builder and the flow map
 * take the shortest one to each state.
 */

export type AnswerPath = {
  /** The answers in the order the machine asked them. */
  answers: Answer[];
  /** Where those answers lead: a question id or an outcome id. */
  stateId: string;
};

/** A version just below the minimum, so both sides of `isAppVersionAtLeast` are walked. */
function versionBelow(min: string): string {
  const parts = [...(parseVersion(min) ?? [0])];
  const last = parts.length - 1;
  if ((parts[last] ?? 0) > 0) parts[last] = (parts[last] ?? 0) - 1;
  else parts.push(0);
  return parts.join('.');
}

/** The typed versions the graph tries at each version question. */
export const SAMPLE_VERSIONS: readonly string[] = [
  versionBelow(MIN_IOS_APP_VERSION),
  MIN_IOS_APP_VERSION,
];

/**
 * Payload variants for the answers offered where the machine stands: default payload-free
 * events never satisfy a guard that reads the payload, so without these most states would
 * vanish from the graph.
 */
function answerEvents(snapshot: { value: unknown }): DiagnosisEvent[] {
  const question = String(snapshot.value);
  const selects = answerValues(question).map((value) => ({
    type: 'answer.select' as const,
    value,
  }));
  const typed = (VERSION_QUESTIONS as readonly string[]).includes(question)
    ? SAMPLE_VERSIONS.map((value) => ({ type: 'answer.version' as const, value }))
    : [];
  return [...selects, ...typed];
}

let cache: readonly AnswerPath[] | null = null;

/**
 * Every answer path from the first question: one per reachable (state, answers) pair, so
 * every prefix of a journey is its own path. Back and Start over are left out: they only
 * return to states already on the path, and with them the simple paths would multiply.
 */
export function answerPaths(): readonly AnswerPath[] {
  if (cache) return cache;
  const model = createTestModel(diagnosisMachine, {
    events: answerEvents,
    filterEvents: (_snapshot, event) =>
      event.type === 'answer.select' || event.type === 'answer.version',
  });
  const paths = model.getSimplePaths({ allowDuplicatePaths: true }).map((path) => ({
    answers: path.state.context.answers,
    stateId: String(path.state.value),
  }));
  const seen = new Set<string>();
  cache = paths
    .filter((p) => {
      const key = JSON.stringify(p.answers);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.answers.length - b.answers.length);
  return cache;
}

/** The shortest answers that reach a state (question or outcome), or null if none do. */
export function shortestPathTo(stateId: string): Answer[] | null {
  const found = answerPaths().find((p) => p.stateId === stateId);
  return found ? found.answers : null;
}

/** Every state some path reaches, in the order they are first reached. */
export function reachableStates(): string[] {
  return [...new Set(answerPaths().map((p) => p.stateId))];
}
