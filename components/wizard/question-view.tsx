import type { FormEvent, MouseEvent, Ref } from 'react';
import { Button } from '@/components/ui/button';
import type { Question, Source, WizardUi } from '@/content';
import { answerLink } from './answer-link';
import { ChecklistForm } from './checklist-form';
import { SourceList } from '@/components/ui/source-cite';
import { TextLink } from '@/components/ui/text-link';

type Props = {
  id: string;
  question: Question;
  sources: Record<string, Source>;
  ui: WizardUi;
  options: { value: string; href: string }[];
  takesVersion: boolean;
  checklist?: readonly string[] | null;
  formAction: string;
  carried: { name: string; value: string }[];
  error: string | null;
  defaultTyped?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** An answer's link clicked, with the answer it gives (its href is the way without JavaScript). */
  onAnswer?: (value: string, event: MouseEvent<HTMLAnchorElement>) => void;
  onTyped?: (typed: string, event: FormEvent<HTMLFormElement>) => void;
  onTicked?: (ticked: string[], event: FormEvent<HTMLFormElement>) => void;
  newTabHint?: string;
  /** The flow map with the answers so far drawn as a path; none on the first question. */
  mapHref?: string;
};

/** One question: its title as the page's heading, where to look, and the answers as links. */
export function QuestionView({
  id,
  question,
  sources,
  ui,
  options,
  takesVersion,
  checklist,
  formAction,
  carried,
  error,
  defaultTyped,
  headingRef,
  onAnswer,
  onTyped,
  onTicked,
  newTabHint,
  mapHref,
}: Props) {
  const inputId = `${id}-input`;
  const errorId = `${id}-error`;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h1
        id={`${id}-title`}
        ref={headingRef}
        tabIndex={-1}
        className="text-2xl leading-tight font-bold sm:text-3xl"
      >
        {question.title}
      </h1>
      {question.help.map((paragraph) => (
        <p key={paragraph} className="mt-3 text-slate-700 dark:text-slate-300">
          {paragraph}
        </p>
      ))}
      {takesVersion && question.input && (
        <form
          method="get"
          action={formAction}
          className="mt-5"
          noValidate
          onSubmit={(e) => {
            const typed = new FormData(e.currentTarget).get(id);
            onTyped?.(typeof typed === 'string' ? typed : '', e);
          }}
        >
          {carried.map((field) => (
            <input key={field.name} type="hidden" name={field.name} value={field.value} />
          ))}
          {question.input.whereToFind && (
            <ul className="mb-4 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
              {question.input.whereToFind.map((way) => (
                <li key={way}>{way}</li>
              ))}
            </ul>
          )}
          <label htmlFor={inputId} className="block font-semibold">
            {question.input.label}
          </label>
          <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
            {question.input.hint}
          </p>
          {error && (
            <p
              id={errorId}
              role="alert"
              className="mt-2 font-semibold text-red-700 dark:text-red-300"
            >
              {error}
            </p>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <input
              id={inputId}
              name={id}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              defaultValue={defaultTyped}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-hint ${errorId}` : `${id}-hint`}
              className="min-h-12 w-40 rounded-md border-2 border-slate-400 bg-white px-3 text-lg text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
            />
            <Button type="submit">{question.input.submit}</Button>
          </div>
        </form>
      )}
      {checklist && question.checklist && (
        <ChecklistForm
          id={id}
          checklist={question.checklist}
          items={checklist}
          formAction={formAction}
          carried={carried}
          onTicked={onTicked}
        />
      )}
      <ul
        className="mt-6 space-y-3"
        aria-label={ui.wizard.answersLabel}
        hidden={options.length === 0 || Boolean(checklist)}
      >
        {(checklist ? [] : options).map((option) => {
          const answer = question.answers[option.value];
          return (
            <li key={option.value}>
              <a href={option.href} {...answerLink} onClick={(e) => onAnswer?.(option.value, e)}>
                <span>{answer?.label ?? option.value}</span>
                {answer?.hint && (
                  <span className="mt-0.5 text-sm font-normal text-slate-600 dark:text-slate-400">
                    {answer.hint}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
      <SourceList
        order={question.sources}
        sources={sources}
        ui={ui}
        heading={ui.wizard.sourcesHeading}
        newTabHint={newTabHint}
      />
      {mapHref && (
        <p className="no-print mt-6">
          <TextLink
            href={mapHref}
            target={newTabHint ? '_blank' : undefined}
            rel={newTabHint ? 'noopener noreferrer' : undefined}
          >
            {ui.wizard.mapLink}
            {newTabHint && <span className="sr-only"> {newTabHint}</span>}
          </TextLink>
        </p>
      )}
    </section>
  );
}
