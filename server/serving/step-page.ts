import 'server-only';
import { notFound } from 'next/navigation';
import { CONTENT_VERSION, stepTitle } from '../../content';
import type { Answer } from '../../machines/diagnosis-machine';
import { replayAnswers } from '../../lib/wizard/replay';
import { stepAnswersOf } from '../../lib/serving/static-steps';

/**
 * What the prerendered step pages (`/check/…` and the embed's `/embed/…`) share: reading the
 * step from the path. Kept apart from ./static-steps.ts, which proxy.ts loads on every request.
 */

export type StepPageProps = { params: Promise<{ answers: string[] }> };

/** The answers a prerendered step's path stands for; a path no step is built for is a 404. */
export async function stepPageAnswers(props: StepPageProps): Promise<Answer[]> {
  const answers = await stepAnswersOf(props.params, CONTENT_VERSION);
  if (!answers) notFound();
  return answers;
}

/** The title of the step a prerendered path opens at: its question or its result. */
export async function stepPageTitle(props: StepPageProps): Promise<string | undefined> {
  return stepTitle(replayAnswers(await stepPageAnswers(props)).stateId);
}
