import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { insightsCopy } from '@/content';
import { asksNotToBeCounted } from '@/lib/insights/signals';
import { insightsEnabled } from '@/server/insights/store';

const t = insightsCopy.privacy;

export const metadata: Metadata = { title: t.metaTitle, description: t.intro };

function List({ heading, items }: { heading: string; items: readonly string[] }) {
  return (
    <section className="mt-8">
      <h2 className="text-xl font-bold">{heading}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

// Says whether this server counts, and whether this browser opted out, so it is per request.
export default async function PrivacyPage() {
  const optedOut = asksNotToBeCounted(await headers());
  const on = insightsEnabled();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
      <p className="mt-4 rounded border border-slate-300 p-3 dark:border-slate-600">
        {on ? t.statusOn : t.statusOff}
        {on && optedOut ? ` ${t.statusYou}` : null}
      </p>
      <List heading={t.countedHeading} items={t.counted} />
      <List heading={t.neverHeading} items={t.never} />
      <p className="mt-3">{t.floods}</p>
      <List heading={t.notCountedHeading} items={t.notCounted} />
      <section className="mt-8">
        <h2 className="text-xl font-bold">{t.whyHeading}</h2>
        <p className="mt-3">{t.why}</p>
        <p className="mt-3">{t.planNote}</p>
      </section>
    </>
  );
}
