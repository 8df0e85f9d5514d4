import Link from 'next/link';
import { answerLink } from '@/components/wizard/answer-link';
import { CodeForm } from '@/components/agent/code-form';
import { TextLink } from '@/components/ui/text-link';
import { CONTENT_VERSION, questionContent, ui } from '@/content';
import { exampleCode } from '@/lib/case/code-link';
import { startSnapshot } from '@/lib/wizard/replay';
import { stepModel } from '@/lib/wizard/step-model';

export default function HomePage() {
  const goal = questionContent('goal');
  const start = stepModel(startSnapshot(), '/check', CONTENT_VERSION);
  return (
    <>
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{ui.landing.title}</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{ui.landing.intro}</p>

      <section className="mt-8" aria-labelledby="start-heading">
        <h2 id="start-heading" className="text-xl font-bold">
          {ui.landing.startHeading}
        </h2>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{ui.landing.startHint}</p>
        <ul className="mt-4 space-y-3">
          {start.options.map((option) => {
            const answer = goal?.answers[option.value];
            return (
              <li key={option.value}>
                <Link href={option.href} prefetch={false} {...answerLink}>
                  <span>{answer?.label ?? option.value}</span>
                  {answer?.hint && (
                    <span className="mt-0.5 text-sm font-normal text-slate-600 dark:text-slate-400">
                      {answer.hint}
                    </span>
                  )}
                </Link>
              </li>
            );
          })}
        </ul>
      </section>

      <section
        className="mt-8 rounded-lg border-l-4 border-accent bg-slate-50 p-4 dark:bg-slate-900"
        aria-labelledby="accounts-heading"
      >
        <h2 id="accounts-heading" className="text-xl font-bold">
          {ui.landing.accountsHeading}
        </h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{ui.landing.accountsBody}</p>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <TextLink as={Link} href="/plan" prefetch={false} look="action" weight="semibold">
              {ui.landing.accountsPlan}
            </TextLink>
          </li>
          <li>
            <TextLink as={Link} href="/services" prefetch={false} look="action" weight="semibold">
              {ui.landing.accountsServices}
            </TextLink>
          </li>
        </ul>
      </section>

      <div className="mt-8">
        <CodeForm ui={ui} example={exampleCode(CONTENT_VERSION)} headingLevel="h2" />
      </div>

      <section className="mt-10" aria-labelledby="how-heading">
        <h2 id="how-heading" className="text-xl font-bold">
          {ui.landing.howHeading}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-700 dark:text-slate-300">
          {ui.landing.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="mt-4">
          <TextLink as={Link} href="/outcome">
            {ui.landing.outcomesLink}
          </TextLink>
        </p>
      </section>
    </>
  );
}
