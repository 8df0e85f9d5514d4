import { getNextTransitions } from 'xstate';
import { CHECKLISTS, type Answer, MIN_IOS_APP_VERSION } from '../../machines/diagnosis-machine';
import { toSearch } from './answers-url';
import { isVersionQuestion, progressAt, questionsRemaining } from './flow';
import { stateIdOf, type DiagnosisSnapshot } from './replay';

export type StepModel = {
  stateId: string;
  isOutcome: boolean;
  /** The answers the machine accepts here, each with the link that gives it. */
  options: { value: string; href: string }[];
  /** Whether the question is answered by typing a version number. */
  takesVersion: boolean;
  /** For a checklist question: its items, in the order the first unticked one is picked. */
  checklist: readonly string[] | null;
  /** Hidden fields that carry the answers so far through a plain GET form. */
  carried: { name: string; value: string }[];
  backHref: string | null;
  restartHref: string;
  answered: Answer[];
  /**
   * Where the person is: the question's number, the most questions that can follow this one
   * (it only ever goes down), and the bar's fraction (it only ever goes up).
   */
  progress: { current: number; atMostAfter: number; fraction: number };
};

/**
 * A base path may carry fixed parameters ("/embed?theme=dark"): settings of the page, not
 * answers. They lead every link and ride along in forms, so they survive every step.
 */
function splitBase(basePath: string): { path: string; fixed: string } {
  const at = basePath.indexOf('?');
  return at < 0
    ? { path: basePath, fixed: '' }
    : { path: basePath.slice(0, at), fixed: basePath.slice(at + 1) };
}

export function hrefFor(basePath: string, answers: readonly Answer[], version: number): string {
  if (answers.length === 0) return basePath;
  const { path, fixed } = splitBase(basePath);
  return `${path}?${fixed ? `${fixed}&` : ''}${toSearch(answers, version)}`;
}

/** Everything a page needs to draw the current step, asked of the machine's snapshot. */
export function stepModel(
  snapshot: DiagnosisSnapshot,
  basePath: string,
  version: number,
): StepModel {
  const stateId = stateIdOf(snapshot);
  const { answers } = snapshot.context;
  const isOutcome = snapshot.hasTag('outcome');
  const values = getNextTransitions(snapshot)
    .filter((t) => t.eventType === 'answer.select')
    .map((t) => {
      const guard = t.guard as { params?: { value?: unknown } } | undefined;
      return typeof guard?.params?.value === 'string' ? guard.params.value : null;
    })
    .filter((value): value is string => value !== null);
  const options = [...new Set(values)]
    .filter((value) => snapshot.can({ type: 'answer.select', value }))
    .map((value) => ({
      value,
      href: hrefFor(basePath, [...answers, { question: stateId, value }], version),
    }));
  return {
    stateId,
    isOutcome,
    options,
    takesVersion:
      isVersionQuestion(stateId) &&
      snapshot.can({ type: 'answer.version', value: MIN_IOS_APP_VERSION }),
    checklist: isOutcome ? null : (CHECKLISTS[stateId as keyof typeof CHECKLISTS] ?? null),
    carried: [
      ...[...new URLSearchParams(splitBase(basePath).fixed)].map(([name, value]) => ({
        name,
        value,
      })),
      { name: 'v', value: String(version) },
      ...answers.map((a) => ({ name: a.question, value: a.value })),
    ],
    backHref: answers.length > 0 ? hrefFor(basePath, answers.slice(0, -1), version) : null,
    restartHref: basePath,
    answered: answers,
    progress: {
      current: answers.length + 1,
      atMostAfter: isOutcome ? 0 : Math.max(0, questionsRemaining(stateId) - 1),
      fraction: progressAt(
        stateId,
        answers.map((a) => a.question),
      ),
    },
  };
}
