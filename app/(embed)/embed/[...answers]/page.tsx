import type { Metadata } from 'next';
import { EmbedWizard } from '@/components/embed/embed-wizard';
import { CONTENT_VERSION, embedText } from '@/content';
import { toSearch } from '@/lib/wizard/answers-url';
import { EMBED_PATH } from '@/lib/embed/link';
import { EMBED_OPTION_NAMES } from '@/lib/embed/protocol';
import { replayAnswers } from '@/lib/wizard/replay';
import { stepPageAnswers, stepPageTitle, type StepPageProps } from '@/server/serving/step-page';
import { stepParams } from '@/lib/serving/static-steps';
import { wizardPageTexts } from '@/server/serving/wizard-texts-asset';

type Props = StepPageProps;

// Each step is built once, in the default look; proxy.ts sends it for /embed?v=… in any look,
// with the look's attributes and stylesheet added to the built HTML (lib/embed/look.ts).
export const dynamicParams = false;

export function generateStaticParams() {
  return stepParams(CONTENT_VERSION);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: await stepPageTitle(props) };
}

export default async function EmbedStepPage(props: Props) {
  const answers = await stepPageAnswers(props);
  return (
    <EmbedWizard
      {...wizardPageTexts(replayAnswers(answers).stateId, answers)}
      version={CONTENT_VERSION}
      initialSearch={answers.length > 0 ? toSearch(answers, CONTENT_VERSION) : ''}
      basePath={EMBED_PATH}
      settingParams={EMBED_OPTION_NAMES}
      warnings={[]}
      newTabHint={embedText.frame.newTab}
    />
  );
}
