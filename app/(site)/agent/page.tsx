import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { CaseForm } from '@/components/agent/case-form';
import { CaseReportView } from '@/components/agent/case-report-view';
import { ProblemBox } from '@/components/ui/problem-box';
import { TextLink } from '@/components/ui/text-link';
import { agentContent, CONTENT_VERSION, ui, wizardContent } from '@/content';
import { readCaseInput } from '@/lib/case/input';
import { caseResult } from '@/lib/case/report';
import { exampleCode } from '@/lib/case/code-link';
import { fill } from '@/lib/text';
import { originFrom } from '@/lib/serving/origin';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: agentContent.console.title,
  robots: { index: false },
};

/** The support console: a customer's link or case code in, their journey explained out. */
export default async function AgentPage(props: Props) {
  const t = agentContent.console;
  const { q } = await props.searchParams;
  const input = readCaseInput(q, CONTENT_VERSION);
  const result = caseResult(input, originFrom(await headers()));
  const typed = typeof q === 'string' ? q.slice(0, 2000) : Array.isArray(q) ? (q[0] ?? '') : '';
  return (
    <>
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
      <CaseForm
        action="/agent"
        value={typed}
        label={t.inputLabel}
        hint={fill(t.inputHint, { example: exampleCode(CONTENT_VERSION) })}
        submit={t.submit}
      />
      {result.kind === 'problem' && (
        <ProblemBox heading={t.problemHeading} messages={result.messages} />
      )}
      {result.kind === 'report' && (
        <CaseReportView
          report={result.report}
          texts={agentContent}
          sources={wizardContent.sources}
          ui={ui}
        />
      )}
      <ul className="no-print mt-8 space-y-1 border-t border-slate-200 pt-4 dark:border-slate-800">
        <li>
          <TextLink as={Link} href="/agent/build" prefetch={false} look="action">
            {t.buildLink}
          </TextLink>
        </li>
        <li>
          <TextLink as={Link} href="/flow" prefetch={false} look="action">
            {t.flowLink}
          </TextLink>
        </li>
      </ul>
    </>
  );
}
