import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import {
  diagnosisMachine,
  type Answer,
  type DiagnosisEvent,
} from '../../machines/diagnosis-machine';
import type { LinkProblem, ParsedLink } from './answers-url';
import { isVersionQuestion } from './flow';

export type DiagnosisSnapshot = SnapshotFrom<typeof diagnosisMachine>;

export type ReplayProblem =
  | LinkProblem
  /** The answer given for the current question is not one it offers. */
  | { kind: 'invalid-answer'; question: string; value: string }
  /** A typed version that cannot be read as a version number. */
  | { kind: 'invalid-version'; question: string; value: string }
  /** Answers to questions that this journey never asks. */
  | { kind: 'unused'; questions: string[] }
  /** The link names another content version than the one served. */
  | { kind: 'other-version'; linkVersion: number | null; currentVersion: number };

export type Replay = {
  snapshot: DiagnosisSnapshot;
  /** The state the person is at: a question id or an outcome id. */
  stateId: string;
  answers: Answer[];
  /** The answers as the events the machine took, in order: what brings an actor here. */
  events: AnswerEvent[];
  isOutcome: boolean;
  problems: ReplayProblem[];
};

type AnswerEvent = Extract<DiagnosisEvent, { type: 'answer.select' | 'answer.version' }>;

export function stateIdOf(snapshot: DiagnosisSnapshot): string {
  return String(snapshot.value);
}

/** The machine's starting point, before any answer. */
export function startSnapshot(): DiagnosisSnapshot {
  return initialTransition(diagnosisMachine)[0];
}

/**
 * The event that gives `value` here: a button's answer, else, on a version question, a typed
 * version. Null when the machine takes neither, so a caller can show a message instead of
 * taking a wrong branch.
 */
function answerEvent(snapshot: DiagnosisSnapshot, value: string): AnswerEvent | null {
  const select = { type: 'answer.select' as const, value };
  if (snapshot.can(select)) return select;
  const typed = { type: 'answer.version' as const, value };
  return isVersionQuestion(stateIdOf(snapshot)) && snapshot.can(typed) ? typed : null;
}

/** Feeds one answer to the machine; null when the machine does not take it here. */
export function answer(snapshot: DiagnosisSnapshot, value: string): DiagnosisSnapshot | null {
  const event = answerEvent(snapshot, value);
  return event && transition(diagnosisMachine, snapshot, event)[0];
}

/**
 * The events that bring a wizard at `from` to the step `to` stands for: none when it is
 * there, Back when `to` is the step before, otherwise Start over and then `to`'s answers.
 */
export function movesTo(from: DiagnosisSnapshot, to: Replay): DiagnosisEvent[] {
  const have = from.context.answers;
  const same = (a: readonly Answer[], b: readonly Answer[]) =>
    a.length === b.length &&
    a.every((given, i) => given.question === b[i]?.question && given.value === b[i]?.value);
  if (same(have, to.answers)) return [];
  if (same(have.slice(0, -1), to.answers)) return [{ type: 'step.back' }];
  return [{ type: 'wizard.restart' }, ...to.events];
}

function describe(
  snapshot: DiagnosisSnapshot,
  events: AnswerEvent[],
  problems: ReplayProblem[],
): Replay {
  return {
    snapshot,
    stateId: stateIdOf(snapshot),
    answers: snapshot.context.answers,
    events,
    isOutcome: snapshot.hasTag('outcome'),
    problems,
  };
}

/**
 * The state a link stands for: its answers replayed through the machine, question by
 * question, stopping at the first answer the machine refuses. Never throws.
 */
export function replayLink(link: ParsedLink, currentVersion: number): Replay {
  const problems: ReplayProblem[] = [...link.problems];
  if (link.answers.size > 0 && link.version !== currentVersion) {
    problems.push({ kind: 'other-version', linkVersion: link.version, currentVersion });
  }
  const pending = new Map(link.answers);
  const events: AnswerEvent[] = [];
  let snapshot = startSnapshot();
  while (!snapshot.hasTag('outcome')) {
    const question = stateIdOf(snapshot);
    const value = pending.get(question);
    if (value === undefined) break;
    pending.delete(question);
    const event = answerEvent(snapshot, value);
    if (!event) {
      problems.push(
        // On a version question, anything that is not one of its buttons was typed.
        isVersionQuestion(question)
          ? { kind: 'invalid-version', question, value }
          : { kind: 'invalid-answer', question, value },
      );
      break;
    }
    snapshot = transition(diagnosisMachine, snapshot, event)[0];
    events.push(event);
  }
  if (pending.size > 0) problems.push({ kind: 'unused', questions: [...pending.keys()] });
  return describe(snapshot, events, problems);
}

/** Replays a plain list of answers (already in order), for tests and the agent console. */
export function replayAnswers(answers: readonly Answer[]): Replay {
  const problems: ReplayProblem[] = [];
  const events: AnswerEvent[] = [];
  let snapshot = startSnapshot();
  for (const given of answers) {
    if (stateIdOf(snapshot) !== given.question) {
      problems.push({ kind: 'unused', questions: [given.question] });
      break;
    }
    const event = answerEvent(snapshot, given.value);
    if (!event) {
      problems.push({ kind: 'invalid-answer', question: given.question, value: given.value });
      break;
    }
    snapshot = transition(diagnosisMachine, snapshot, event)[0];
    events.push(event);
  }
  return describe(snapshot, events, problems);
}
