import type { ReactNode, Ref } from 'react';
import { Button } from '@/components/ui/button';
import { PrintButton } from '@/components/ui/print-button';
import { SourceList, SourcePassages, SourceRefs } from '@/components/ui/source-cite';
import { TextLink } from '@/components/ui/text-link';
import type { Outcome, Passage, Source, WizardUi } from '@/content';
import { fill } from '@/lib/text';
import { Transcript, type TranscriptLine } from './transcript';

type Props = {
  id: string;
  outcome: Outcome;
  category: 'fix' | 'referral';
  related: { id: string; title: string }[];
  transcript?: TranscriptLine[];
  /** The flow map with the answers' path drawn on it, linked under the transcript. */
  mapHref?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  sources: Record<string, Source>;
  ui: WizardUi;
  /** Where the person builds a per-service recovery plan, when this outcome leads there. */
  planHref?: string | null;
  /** Names of the directory's services that steps link to. */
  serviceNames?: Record<string, string>;
  /** Where a step that recovers accounts one by one links: the plan, prefilled from the answers. */
  stepPlanHref?: string;
  /** In the embed: links that leave the wizard open in a new tab, and say so. */
  newTabHint?: string;
  /** "Did this fix it?", drawn after the steps and what is not certain. */
  feedback?: ReactNode;
};

/** An ending of the checklist: what to do, in order, each step with its source. */
export function OutcomeView(props: Props) {
  const {
    id,
    outcome,
    category,
    related,
    transcript,
    mapHref,
    headingRef,
    sources,
    ui,
    newTabHint,
    feedback,
    planHref,
    serviceNames = {},
    stepPlanHref = '/plan',
  } = props;
  const newTab = newTabHint
    ? {
        target: '_blank',
        rel: 'noopener noreferrer',
        hint: <span className="sr-only"> {newTabHint}</span>,
      }
    : { target: undefined, rel: undefined, hint: null };
  // Sources are numbered in the order the page first cites them.
  const order = [
    ...new Set([
      ...outcome.steps.flatMap((step) => step.sources),
      ...outcome.uncertain.flatMap((note) => note.sources),
    ]),
  ];
  const cite = (cited: { sources: readonly string[]; passages: readonly Passage[] }) => (
    <>
      <SourceRefs ids={cited.sources} order={order} sources={sources} ui={ui} />
      <SourcePassages passages={cited.passages} order={order} sources={sources} ui={ui} />
    </>
  );
  return (
    <article aria-labelledby={`${id}-title`} data-outcome={id} data-category={category}>
      <p className="text-sm font-semibold tracking-wide text-accent-strong uppercase dark:text-accent">
        {category === 'fix' ? ui.outcome.fixLabel : ui.outcome.referralLabel}
      </p>
      <h1
        id={`${id}-title`}
        ref={headingRef}
        tabIndex={-1}
        className="mt-1 text-2xl leading-tight font-bold sm:text-3xl"
      >
        {outcome.title}
      </h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{outcome.summary}</p>

      {outcome.expect && (
        <section
          className="mt-5 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/40"
          aria-labelledby={`${id}-expect`}
        >
          <h2 id={`${id}-expect`} className="font-semibold">
            {ui.outcome.expectHeading}
          </h2>
          <p className="mt-1">{outcome.expect}</p>
        </section>
      )}

      <section className="mt-6" aria-labelledby={`${id}-steps`}>
        <h2 id={`${id}-steps`} className="text-xl font-bold">
          {ui.outcome.stepsHeading}
        </h2>
        <ol className="mt-3 space-y-4">
          {outcome.steps.map((step, index) => (
            <li key={step.text} className="flex gap-3">
              <span
                aria-hidden="true"
                className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent text-sm font-bold text-[var(--accent-contrast)]"
              >
                {index + 1}
              </span>
              <div className="min-w-0">
                <p>{step.text}</p>
                {step.link && (
                  <p className="mt-1">
                    <TextLink
                      href={step.link.href}
                      rel="noopener noreferrer"
                      target={newTab.target}
                      weight="semibold"
                    >
                      {step.link.label}
                      {newTab.hint}
                    </TextLink>
                  </p>
                )}
                {(step.services.length > 0 || step.plan) && (
                  <ul className="no-print mt-1">
                    {step.services
                      .filter((service) => serviceNames[service])
                      .map((service) => (
                        <li key={service}>
                          <TextLink
                            href={`/services/${service}`}
                            weight="semibold"
                            className="inline-flex min-h-11 items-center"
                            target={newTab.target}
                            rel={newTab.rel}
                          >
                            {fill(ui.outcome.serviceLink, { name: serviceNames[service]! })}
                            {newTab.hint}
                          </TextLink>
                        </li>
                      ))}
                    {step.plan && (
                      <li>
                        <TextLink
                          href={stepPlanHref}
                          weight="semibold"
                          className="inline-flex min-h-11 items-center"
                          target={newTab.target}
                          rel={newTab.rel}
                        >
                          {ui.outcome.stepPlanLink}
                          {newTab.hint}
                        </TextLink>
                      </li>
                    )}
                  </ul>
                )}
                {cite(step)}
              </div>
            </li>
          ))}
        </ol>
      </section>

      {planHref && (
        <section
          className="no-print mt-6 rounded-lg border-2 border-accent p-4"
          aria-labelledby={`${id}-plan`}
        >
          <h2 id={`${id}-plan`} className="font-semibold">
            {ui.outcomePlan.heading}
          </h2>
          <p className="mt-1">{ui.outcomePlan.body}</p>
          <p className="mt-3">
            <Button href={planHref} target={newTab.target} rel={newTab.rel}>
              {ui.outcomePlan.link}
              {newTab.hint}
            </Button>
          </p>
        </section>
      )}

      {outcome.uncertain.length > 0 && (
        <section
          className="mt-6 rounded-lg bg-slate-100 p-4 dark:bg-slate-800/60"
          aria-labelledby={`${id}-uncertain`}
        >
          <h2 id={`${id}-uncertain`} className="font-semibold">
            {ui.outcome.uncertainHeading}
          </h2>
          <ul className="mt-2 space-y-3">
            {outcome.uncertain.map((note) => (
              <li key={note.text}>
                <p>{note.text}</p>
                {cite(note)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {feedback}

      {transcript && transcript.length > 0 && (
        <Transcript lines={transcript} heading={ui.outcome.transcriptHeading} />
      )}
      {mapHref && transcript && transcript.length > 0 && (
        <p className="no-print mt-3">
          <TextLink href={mapHref} target={newTab.target} rel={newTab.rel}>
            {ui.outcome.mapLink}
            {newTab.hint}
          </TextLink>
        </p>
      )}

      {related.length > 0 && (
        <section className="no-print mt-6" aria-labelledby={`${id}-related`}>
          <h2 id={`${id}-related`} className="font-semibold">
            {ui.outcome.relatedHeading}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {related.map((r) => (
              <li key={r.id}>
                <TextLink href={`/outcome/${r.id}`} target={newTab.target} rel={newTab.rel}>
                  {r.title}
                  {newTab.hint}
                </TextLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourceList
        order={order}
        sources={sources}
        ui={ui}
        heading={ui.outcome.sourcesHeading}
        newTabHint={newTabHint}
      />
      <PrintButton label={ui.wizard.printButton} />
    </article>
  );
}
