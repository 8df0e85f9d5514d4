import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Wizard } from '@/components/wizard';
import { CONTENT_VERSION, stepTitle } from '@/content';
import { toSearch } from '@/lib/answers-url';
import { replayAnswers } from '@/lib/replay';
import { stepAnswersOf, stepParams } from '@/lib/static-steps';
import { wizardPageTexts } from '@/lib/wizard-texts-asset';

type Props = { params: Promise<{ answers: string[] }> };

// Every step is built once; proxy.ts rewrites /check?v=… links here (see lib/static-steps.ts)
// and sends the hashes of this page's inline scripts as its CSP.
export const dynamicParams = false;

export function generateStaticParams() {
  return stepParams(CONTENT_VERSION);
}

async function load(props: Props) {
  const answers = await stepAnswersOf(props.params, CONTENT_VERSION);
  if (!answers) notFound();
  return answers;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { stateId } = replayAnswers(await load(props));
  return { title: stepTitle(stateId), robots: { index: false } };
}

export default async function CheckStepPage(props: Props) {
  const answers = await load(props);
  return (
    <Wizard
      {...wizardPageTexts(replayAnswers(answers).stateId, answers)}
      version={CONTENT_VERSION}
      basePath="/check"
      historyMode="push"
      initialSearch={answers.length > 0 ? toSearch(answers, CONTENT_VERSION) : ''}
    />
  );
}
