import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedWizard } from '@/components/embed-wizard';
import { CONTENT_VERSION, embedText, stepTitle } from '@/content';
import { toSearch } from '@/lib/answers-url';
import { EMBED_PATH } from '@/lib/embed-link';
import { EMBED_OPTION_NAMES } from '@/lib/embed-protocol';
import { replayAnswers } from '@/lib/replay';
import { stepAnswersOf, stepParams } from '@/lib/static-steps';
import { wizardPageTexts } from '@/lib/wizard-texts-asset';

type Props = { params: Promise<{ answers: string[] }> };

// Each step in the embed's default look is built once; proxy.ts rewrites /embed?v=… here when
// the link sets no accent, theme or compact option (those are rendered per request).
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
  return { title: stepTitle(stateId) };
}

export default async function EmbedStepPage(props: Props) {
  const answers = await load(props);
  return (
    <EmbedWizard
      {...wizardPageTexts(replayAnswers(answers).stateId, answers)}
      version={CONTENT_VERSION}
      initialSearch={answers.length > 0 ? toSearch(answers, CONTENT_VERSION) : ''}
      basePath={EMBED_PATH}
      settingParams={EMBED_OPTION_NAMES}
      warnings={[]}
      newTabHint={embedText.frame.newTab}
      compact={false}
    />
  );
}
