import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Wizard } from '@/components/wizard';
import { CONTENT_VERSION, outcomeContent, questionContent, wizardTexts } from '@/content';
import { toSearch } from '@/lib/answers-url';
import { replayAnswers } from '@/lib/replay';
import { answersOfSegments, stepSegments } from '@/lib/static-steps';

type Props = { params: Promise<{ answers: string[] }> };

// Every step is built once; proxy.ts rewrites /check?v=… links here (see lib/static-steps.ts)
// and sends the hashes of this page's inline scripts as its CSP.
export const dynamicParams = false;

export function generateStaticParams() {
  return stepSegments(CONTENT_VERSION).map((answers) => ({ answers }));
}

async function load(props: Props) {
  const answers = answersOfSegments((await props.params).answers, CONTENT_VERSION);
  if (!answers) notFound();
  return answers;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { stateId } = replayAnswers(await load(props));
  const title = questionContent(stateId)?.title ?? outcomeContent(stateId)?.title;
  return { title, robots: { index: false } };
}

export default async function CheckStepPage(props: Props) {
  const answers = await load(props);
  return (
    <Wizard
      texts={wizardTexts()}
      version={CONTENT_VERSION}
      basePath="/check"
      historyMode="push"
      initialSearch={answers.length > 0 ? toSearch(answers, CONTENT_VERSION) : ''}
    />
  );
}
