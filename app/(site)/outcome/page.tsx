import type { Metadata } from 'next';
import Link from 'next/link';
import { TextLink } from '@/components/ui/text-link';
import { outcomeContent, ui } from '@/content';
import { OUTCOME_IDS, outcomeCategory } from '@/lib/wizard/flow';

export const metadata: Metadata = { title: ui.outcome.allOutcomesTitle };

export default function OutcomesIndexPage() {
  const groups = (['fix', 'referral'] as const).map((category) => ({
    category,
    ids: OUTCOME_IDS.filter((id) => outcomeCategory(id) === category),
  }));
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{ui.outcome.allOutcomesTitle}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{ui.outcome.allOutcomesIntro}</p>
      {groups.map(({ category, ids }) => (
        <section key={category} className="mt-8" aria-labelledby={`group-${category}`}>
          <h2 id={`group-${category}`} className="text-xl font-bold">
            {category === 'fix' ? ui.outcome.fixLabel : ui.outcome.referralLabel}
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-5">
            {ids.map((id) => (
              <li key={id}>
                <TextLink as={Link} href={`/outcome/${id}`}>
                  {outcomeContent(id)?.title ?? id}
                </TextLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
