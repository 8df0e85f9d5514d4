import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FixedFeedback } from '@/components/wizard/fixed-feedback';
import { OutcomeView } from '@/components/wizard/outcome-view';
import { TextLink } from '@/components/ui/text-link';
import { CONTENT_VERSION, outcomeContent, ui, wizardContent, wizardTexts } from '@/content';
import { OUTCOME_IDS, outcomeCategory } from '@/lib/wizard/flow';
import { planLinkFor } from '@/lib/plan/prefill';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return OUTCOME_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const outcome = outcomeContent(id);
  return outcome ? { title: outcome.title, description: outcome.summary } : {};
}

export default async function OutcomePage({ params }: Props) {
  const { id } = await params;
  const outcome = outcomeContent(id);
  if (!outcome) notFound();
  const plan = planLinkFor(id, []);
  return (
    <>
      <OutcomeView
        id={id}
        outcome={outcome}
        category={outcomeCategory(id)}
        related={outcome.related.map((r) => ({ id: r, title: outcomeContent(r)?.title ?? r }))}
        sources={wizardContent.sources}
        ui={ui}
        planHref={plan}
        serviceNames={wizardTexts().serviceNames}
        feedback={
          <FixedFeedback
            outcome={id}
            version={CONTENT_VERSION}
            back={`/outcome/${id}`}
            entry="site"
            next={
              plan
                ? { href: plan, label: ui.feedback.nextPlan }
                : { href: '/check', label: ui.feedback.nextRestart }
            }
            ui={ui.feedback}
          />
        }
      />
      <p className="no-print mt-8 border-t border-slate-200 pt-4 dark:border-slate-800">
        <TextLink as={Link} href="/check" look="action">
          {ui.outcome.startChecklist}
        </TextLink>
      </p>
    </>
  );
}
