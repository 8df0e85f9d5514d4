'use client';

import { useState, type FormEvent } from 'react';
import { CodeSample } from '@/components/ui/code-sample';
import { CopyButton } from '@/components/ui/copy-button';
import type { BuilderText } from '@/lib/embed/copy';
import type { FieldName } from '@/lib/embed/options';
import { FIELD_NAMES, buildSnippets, readChoice } from '@/lib/embed/snippet';
import { EmbedPreview } from './embed-preview';
import { SnippetForm } from './snippet-form';

type Props = {
  /** This site's origin, checked on the server. */
  origin: string;
  /** The form's fields as the address gave them. */
  initial: Record<string, string>;
  /** The values of each choice the builder offers, with the words a person reads. */
  choices: Partial<Record<FieldName, { value: string; label: string }[]>>;
  /** The frame's default title, written into the plain iframe. */
  title: string;
  text: BuilderText;
};

const sectionHeading = 'mt-6 text-lg font-bold';

/**
 * Options in, snippet out. Without JavaScript the form is a GET form and the server renders
 * the snippet and preview for the submitted options; with it, they follow every change.
 */
export function SnippetBuilder({ origin, initial, choices, title, text }: Props) {
  const [fields, setFields] = useState(initial);
  const { choice, problems } = readChoice((name) => fields[name]);
  const snippets = buildSnippets(origin, choice, title);

  const read = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const next = Object.fromEntries(
      FIELD_NAMES.map((name) => [name, String(data.get(name) ?? '')]),
    );
    setFields(next);
    return next;
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = new URLSearchParams(
      Object.entries(read(event.currentTarget)).filter(([, value]) => value !== ''),
    );
    // The address keeps the choices for a reload or a bookmark, without a new history entry.
    window.history.replaceState(null, '', `?${query}#builder`);
  };

  return (
    <section id="builder" className="mt-8 scroll-mt-4" aria-labelledby="builder-heading">
      <h2 id="builder-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{text.intro}</p>
      <SnippetForm
        initial={initial}
        choices={choices}
        problems={problems}
        text={text}
        onChange={(event) => read(event.currentTarget)}
        onSubmit={submit}
      />

      {[
        {
          code: snippets.script,
          heading: text.scriptHeading,
          hint: text.scriptHint,
          copy: text.copyScript,
        },
        {
          code: snippets.iframe,
          heading: text.iframeHeading,
          hint: text.iframeHint,
          copy: text.copyIframe,
        },
      ].map((sample) => (
        <div key={sample.heading}>
          <h3 className={sectionHeading}>{sample.heading}</h3>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{sample.hint}</p>
          <CodeSample code={sample.code} label={sample.heading}>
            <p className="mt-2 flex flex-wrap items-center gap-3">
              <CopyButton
                text={sample.code}
                label={sample.copy}
                copied={text.copied}
                failed={text.copyFailed}
              />
            </p>
          </CodeSample>
        </div>
      ))}

      <h3 className={sectionHeading}>{text.previewHeading}</h3>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{text.previewHint}</p>
      {/* A new frame per choice: changing a frame's src would add entries to this page's history. */}
      <EmbedPreview
        key={snippets.previewSrc}
        src={snippets.previewSrc}
        title={text.previewTitle}
        text={{
          summaryHeading: text.previewSummaryHeading,
          summaryNone: text.previewSummaryNone,
          requestSummary: text.previewRequestSummary,
        }}
      />
    </section>
  );
}
