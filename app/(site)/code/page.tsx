import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CodeForm } from '@/components/agent/code-form';
import { ProblemBox } from '@/components/ui/problem-box';
import { TextLink } from '@/components/ui/text-link';
import { agentContent, CONTENT_VERSION, ui } from '@/content';
import { codeProblemText } from '@/lib/case/text';
import { exampleCode, readCodeLink } from '@/lib/case/code-link';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: ui.code.emptyTitle, robots: { index: false } };

/** `/code?c=…`: a case code typed by the person it was read to, opened at its step. */
export default async function CodePage(props: Props) {
  const { c } = await props.searchParams;
  const read = readCodeLink(c, CONTENT_VERSION);
  if (read.kind === 'open') redirect(read.href);
  const example = exampleCode(CONTENT_VERSION);
  return (
    <>
      {read.kind === 'problem' && (
        <>
          <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{ui.code.problemTitle}</h1>
          <ProblemBox
            heading={ui.code.problemIntro}
            messages={[codeProblemText(read.problem, agentContent.console, CONTENT_VERSION)]}
          />
        </>
      )}
      <div className="mt-6">
        <CodeForm
          ui={ui}
          example={example}
          value={read.kind === 'problem' ? read.typed : undefined}
          headingLevel={read.kind === 'problem' ? 'h2' : 'h1'}
        />
      </div>
      <p className="mt-8 border-t border-slate-200 pt-4 dark:border-slate-800">
        <TextLink as={Link} href="/check" prefetch={false} look="action">
          {ui.code.start}
        </TextLink>
      </p>
    </>
  );
}
