import type { Metadata } from 'next';
import { Wizard } from '@/components/wizard/wizard';
import { CONTENT_VERSION, stepTitle } from '@/content';
import { searchOf } from '@/lib/wizard/answers-url';
import { wizardPageTexts } from '@/server/serving/wizard-texts-asset';
import { replayOnce } from '../../link-replay';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(props: Props) {
  return { replay: replayOnce(await props.searchParams) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { replay } = await load(props);
  return { title: stepTitle(replay.stateId), robots: { index: false } };
}

// Rendered per request, with a CSP nonce, for the links no prerendered step stands for: a
// typed app version, extra or repeated parameters, another content version. proxy.ts
// rewrites every other link to its step in ./[...answers], and answers a link with nothing
// usable with the 404 page.
export const dynamic = 'force-dynamic';

export default async function CheckPage(props: Props) {
  const initialSearch = searchOf(await props.searchParams);
  const { replay } = await load(props);
  // No <Suspense> here: React outlines a large suspended boundary into a hidden chunk that
  // only a script can reveal, and this page must read fully without JavaScript.
  return (
    <Wizard
      {...wizardPageTexts(replay.stateId, replay.answers)}
      version={CONTENT_VERSION}
      basePath="/check"
      historyMode="push"
      initialSearch={initialSearch}
    />
  );
}
