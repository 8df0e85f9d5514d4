import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Wizard } from '@/components/wizard';
import { CONTENT_VERSION, outcomeContent, questionContent, wizardTexts } from '@/content';
import { parseLink } from '@/lib/answers-url';
import { replayLink } from '@/lib/replay';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(props: Props) {
  const link = parseLink(await props.searchParams);
  return { link, replay: replayLink(link, CONTENT_VERSION) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { replay } = await load(props);
  const title =
    questionContent(replay.stateId)?.title ?? outcomeContent(replay.stateId)?.title ?? undefined;
  return { title, robots: { index: false } };
}

export default async function CheckPage(props: Props) {
  const { link, replay } = await load(props);
  // A link whose every answer is unusable is a client mistake: say so with a 404 page.
  if (link.answers.size > 0 && replay.answers.length === 0) notFound();
  // No <Suspense> here: React outlines a large suspended boundary into a hidden chunk that
  // only a script can reveal, and this page must read fully without JavaScript.
  return (
    <Wizard texts={wizardTexts()} version={CONTENT_VERSION} basePath="/check" historyMode="push" />
  );
}
