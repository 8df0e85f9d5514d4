import type { Metadata } from 'next';
import { Wizard } from '@/components/wizard/wizard';
import { CONTENT_VERSION } from '@/content';
import { toSearch } from '@/lib/wizard/answers-url';
import { replayAnswers } from '@/lib/wizard/replay';
import { stepPageAnswers, stepPageTitle, type StepPageProps } from '@/server/serving/step-page';
import { stepParams } from '@/lib/serving/static-steps';
import { wizardPageTexts } from '@/server/serving/wizard-texts-asset';

type Props = StepPageProps;

// Every step is built once; proxy.ts rewrites /check?v=… links here (see lib/serving/static-steps.ts)
// and sends the hashes of this page's inline scripts as its CSP.
export const dynamicParams = false;

export function generateStaticParams() {
  return stepParams(CONTENT_VERSION);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: await stepPageTitle(props), robots: { index: false } };
}

export default async function CheckStepPage(props: Props) {
  const answers = await stepPageAnswers(props);
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
