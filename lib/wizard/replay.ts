import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { diagnosisMachine, type Answer } from '../../machines/diagnosis-machine';
import type { LinkProblem, ParsedLink } from './answers-url';
import { isOutcomeId, isVersionQuestion } from './flow';

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
  isOutcome: boolean;
  problems: ReplayProblem[];
};

export function stateIdOf(snapshot: DiagnosisSnapshot): string {
  return String(snapshot.value);
}

/** The machine's starting point, before any answer. */
export function startSnapshot(): DiagnosisSnapshot {
  return initialTransition(diagnosisMachine)[0];
}

/**
 * Feeds one answer to the machine. Returns null when the machine does not accept it here,
 * so a caller can show a message instead of taking a wrong branch.
 */
export function answer(snapshot: DiagnosisSnapshot, value: string): DiagnosisSnapshot | null {
  const select = { type: 'answer.select' as const, value };
  if (snapshot.can(select)) return transition(diagnosisMachine, snapshot, select)[0];
  if (isVersionQuestion(stateIdOf(snapshot))) {
    const typed = { type: 'answer.version' as const, value };
    if (snapshot.can(typed)) return transition(diagnosisMachine, snapshot, typed)[0];
  }
  return null;
}

export function back(snapshot: DiagnosisSnapshot): DiagnosisSnapshot {
  return transition(diagnosisMachine, snapshot, { type: 'step.back' })[0];
}

export function restart(snapshot: DiagnosisSnapshot): DiagnosisSnapshot {
  return transition(diagnosisMachine, snapshot, { type: 'wizard.restart' })[0];
}

function describe(snapshot: DiagnosisSnapshot, problems: ReplayProblem[]): Replay {
  const stateId = stateIdOf(snapshot);
  return {
    snapshot,
    stateId,
    answers: snapshot.context.answers,
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
  let snapshot = startSnapshot();
  while (!snapshot.hasTag('outcome')) {
    const question = stateIdOf(snapshot);
    const value = pending.get(question);
    if (value === undefined) break;
    pending.delete(question);
    const next = answer(snapshot, value);
    if (!next) {
      problems.push(
        // On a version question, anything that is not one of its buttons was typed.
        isVersionQuestion(question)
          ? { kind: 'invalid-version', question, value }
          : { kind: 'invalid-answer', question, value },
      );
      break;
    }
    snapshot = next;
  }
  if (pending.size > 0) problems.push({ kind: 'unused', questions: [...pending.keys()] });
  return describe(snapshot, problems);
}

/** Replays a plain list of answers (already in order), for tests and the agent console. */
export function replayAnswers(answers: readonly Answer[]): Replay {
  let snapshot = startSnapshot();
  const problems: ReplayProblem[] = [];
  for (const given of answers) {
    if (stateIdOf(snapshot) !== given.question) {
      problems.push({ kind: 'unused', questions: [given.question] });
      break;
    }
    const next = answer(snapshot, given.value);
    if (!next) {
      problems.push({ kind: 'invalid-answer', question: given.question, value: given.value });
      break;
    }
    snapshot = next;
  }
  return describe(snapshot, problems);
}

export { isOutcomeId };
