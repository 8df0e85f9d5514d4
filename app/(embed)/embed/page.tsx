import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { EmbedWizard } from '@/components/embed/embed-wizard';
import { CONTENT_VERSION, embedText, outcomeContent, questionContent } from '@/content';
import { searchOf } from '@/lib/wizard/answers-url';
import { answerParams, embedBasePath, embedStartTarget } from '@/lib/embed/link';
import { EMBED_OPTION_NAMES, parseEmbedOptions } from '@/lib/embed/protocol';
import { lookStylesheetHref } from '@/lib/embed/look';
import { wizardPageTexts } from '@/server/serving/wizard-texts-asset';
import { replayOnce } from '../../link-replay';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const replay = replayOnce(answerParams(await props.searchParams));
  const title = questionContent(replay.stateId)?.title ?? outcomeContent(replay.stateId)?.title;
  return { title };
}

/**
 * The wizard for a help desk's iframe, rendered per request for the links that carry a bad
 * option or are not a prerendered step: proxy.ts sends the others, in any look, from
 * ./[...answers] (lib/embed/look.ts). Options come from the address and are validated one by
 * one: a bad one is dropped with a console warning, never a broken page. A link whose answers
 * cannot be used shows the wizard's own notice instead of a 404, for the same reason.
 */
export default async function EmbedPage(props: Props) {
  const params = await props.searchParams;
  const { options, warnings } = parseEmbedOptions(params);
  const start = embedStartTarget(params, options, CONTENT_VERSION);
  if (start) redirect(start);
  const replay = replayOnce(answerParams(params));
  const stylesheet = lookStylesheetHref(options);
  // No <Suspense> here: the page must read fully without JavaScript (see app/(site)/check).
  return (
    <>
      {/* Hoisted into the head; the same stylesheet proxy.ts links from a built step. */}
      {stylesheet && <link rel="stylesheet" href={stylesheet} precedence="default" />}
      <EmbedWizard
        {...wizardPageTexts(replay.stateId, replay.answers)}
        version={CONTENT_VERSION}
        initialSearch={searchOf(params)}
        basePath={embedBasePath(options)}
        settingParams={EMBED_OPTION_NAMES}
        warnings={warnings}
        newTabHint={embedText.frame.newTab}
      />
    </>
  );
}
