'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { mayCount, sendCount } from '@/components/browser/counting';
import { hostOrigin } from '@/components/browser/use-step-beacon';
import { Button } from '@/components/ui/button';
import { TextLink } from '@/components/ui/text-link';
import type { WizardUi } from '@/content';
import { cn } from '@/lib/cn';
import {
  FEEDBACK_ANSWERS,
  FEEDBACK_PATH,
  feedbackAnchor,
  type FeedbackAnswer,
} from '@/lib/insights/feedback-answers';
import type { Entry } from '@/lib/insights/steps';

type Props = {
  outcome: string;
  version: number;
  /** This page's own address, where the form comes back to without JavaScript. */
  back: string;
  entry: Entry;
  /** Where a "No" goes on: the recovery plan, the share page, or the checklist. */
  next: { href: string; label: string };
  /** In the embed: the next route opens in a new tab, and says so. */
  newTabHint?: string;
  ui: WizardUi['feedback'];
};

const isAnswer = (value: unknown): value is FeedbackAnswer =>
  (FEEDBACK_ANSWERS as readonly unknown[]).includes(value);

/**
 * "Did this fix it?" under a result. Without JavaScript it is a form: the server counts the
 * answer (when it may) and sends the page back with the reply's id as the fragment, which CSS
 * `:target` shows. With JavaScript the reply shows at once and the count goes as a beacon,
 * only when the server counts and the browser does not ask not to be tracked.
 */
export function FixedFeedback({ outcome, version, back, entry, next, newTabHint, ui }: Props) {
  const [said, setSaid] = useState<FeedbackAnswer | null>(null);
  const reply = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (said) reply.current?.focus();
  }, [said]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const value = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
    if (!isAnswer(value)) return;
    event.preventDefault();
    if (mayCount()) {
      const host = entry === 'embed' ? hostOrigin() : undefined;
      sendCount(FEEDBACK_PATH, JSON.stringify({ v: version, outcome, said: value, entry, host }));
    }
    setSaid(value);
  };

  const labels: Record<FeedbackAnswer, string> = { yes: ui.yes, 'not-yet': ui.notYet, no: ui.no };
  const replies: Record<FeedbackAnswer, string> = {
    yes: ui.replyYes,
    'not-yet': ui.replyNotYet,
    no: ui.replyNo,
  };
  const headingId = `${outcome}-feedback`;
  return (
    <section
      aria-labelledby={headingId}
      className="no-print mt-6 rounded-lg border-2 border-slate-300 p-4 dark:border-slate-600"
    >
      <form method="post" action={FEEDBACK_PATH} onSubmit={onSubmit}>
        <h2 id={headingId} className="font-semibold">
          {ui.heading}
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{ui.intro}</p>
        <input type="hidden" name="v" value={version} />
        <input type="hidden" name="outcome" value={outcome} />
        <input type="hidden" name="back" value={back} />
        <div role="group" aria-labelledby={headingId} className="mt-3 flex flex-wrap gap-3">
          {FEEDBACK_ANSWERS.map((answer) => (
            <Button
              key={answer}
              type="submit"
              name="said"
              value={answer}
              aria-pressed={said === null ? undefined : said === answer}
              variant="choice"
              size="small"
              className="min-w-20"
            >
              {labels[answer]}
            </Button>
          ))}
        </div>
      </form>
      {FEEDBACK_ANSWERS.map((answer) => (
        <div
          key={answer}
          id={feedbackAnchor(answer)}
          ref={said === answer ? reply : undefined}
          tabIndex={-1}
          className={cn(
            'mt-4 scroll-mt-4',
            said === answer ? 'block' : said ? 'hidden' : 'hidden target:block',
          )}
        >
          <p>{replies[answer]}</p>
          {answer === 'no' && (
            <p className="mt-2">
              <TextLink
                href={next.href}
                look="action"
                weight="semibold"
                target={newTabHint ? '_blank' : undefined}
                rel={newTabHint ? 'noopener noreferrer' : undefined}
              >
                {next.label}
                {newTabHint && <span className="sr-only"> {newTabHint}</span>}
              </TextLink>
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
