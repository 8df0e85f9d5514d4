import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { LinkNotice } from '@/components/ui/link-notice';
import { SharePanel } from '@/components/agent/share-panel';
import { TextLink } from '@/components/ui/text-link';
import { Transcript } from '@/components/wizard/transcript';
import { agentContent, answerLabel, CONTENT_VERSION, stepTitle, ui } from '@/content';
import { parseLink } from '@/lib/wizard/link-params';
import { encodeCaseCode } from '@/lib/case/code';
import { originFrom } from '@/lib/serving/origin';
import { problemMessages } from '@/lib/wizard/problem-text';
import { qrSvg } from '@/lib/qr';
import { replayLink } from '@/lib/wizard/replay';
import { hrefFor } from '@/lib/wizard/step-model';
import { fill } from '@/lib/text';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: agentContent.share.title,
  robots: { index: false },
};

const titleOf = (id: string) => stepTitle(id) ?? id;

/** The link, case code and QR code for the step whose answers are in this page's query. */
export default async function SharePage(props: Props) {
  const t = agentContent.share;
  const link = parseLink(await props.searchParams);
  const replay = replayLink(link, CONTENT_VERSION);
  const path = hrefFor('/check', replay.answers, CONTENT_VERSION);
  const origin = originFrom(await headers());
  const url = origin ? `${origin}${path}` : path;
  const messages = problemMessages(replay.problems, titleOf, ui);
  if (link.answers.size > 0 && replay.answers.length === 0) messages.unshift(t.noAnswers);
  return (
    <>
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
      <LinkNotice heading={ui.problems.heading} intro={ui.problems.intro} messages={messages} />
      <p className="mt-4 font-medium">
        {fill(t.opensAt, {
          title: replay.answers.length > 0 ? titleOf(replay.stateId) : t.start,
        })}
      </p>
      <SharePanel
        idPrefix="share"
        link={url}
        code={encodeCaseCode(replay.answers, CONTENT_VERSION)}
        qrSvg={await qrSvg(url)}
        texts={t}
        sheet={{ title: ui.shareSheet.title, texts: ui.shareSheet }}
      />
      {replay.answers.length > 0 && (
        <Transcript
          heading={ui.outcome.transcriptHeading}
          lines={replay.answers.map((a) => ({
            question: titleOf(a.question),
            answer: answerLabel(a.question, a.value),
          }))}
        />
      )}
      <p className="no-print mt-8 border-t border-slate-200 pt-4 dark:border-slate-800">
        <TextLink as={Link} href={path} prefetch={false} look="action">
          <span aria-hidden="true">←&nbsp;</span>
          {t.back}
        </TextLink>
      </p>
    </>
  );
}
