import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { CodeSample } from '@/components/ui/code-sample';
import { EventsReference, OptionsReference } from '@/components/embed/embed-reference';
import { SnippetBuilder } from '@/components/embed/snippet-builder';
import { TextLink } from '@/components/ui/text-link';
import { embedText, questionContent, ui } from '@/content';
import { builderText, optionsText } from '@/lib/embed/copy';
import {
  EMBED_OPTIONS,
  FIELD_OPTIONS,
  HEIGHT_LIMITS,
  OPTION_NAMES,
  START_SITUATIONS,
  type FieldName,
} from '@/lib/embed/options';
import { PROTOCOL, PROTOCOL_VERSION } from '@/lib/embed/protocol';
import { FIELD_NAMES } from '@/lib/embed/snippet';
import { siteOrigin } from '@/lib/serving/origin';
import { fill } from '@/lib/text';

export const metadata: Metadata = { title: embedText.docs.metaTitle };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EVENTS = ['ready', 'step', 'navigate', 'outcome', 'resize'] as const;

export default async function EmbedDocsPage(props: Props) {
  const params = await props.searchParams;
  const requestHeaders = await headers();
  const origin = siteOrigin(requestHeaders);
  const initial = Object.fromEntries(
    FIELD_NAMES.map((name) => {
      const value = params[name];
      return [name, (Array.isArray(value) ? value[0] : value) ?? ''];
    }),
  );
  const docs = embedText.docs;
  // A start is an answer to the first question, so its words are that answer's.
  const goal = questionContent('goal');
  const choices: Partial<Record<FieldName, { value: string; label: string }[]>> = {};
  for (const name of FIELD_OPTIONS) {
    const { rule } = EMBED_OPTIONS[name];
    const words: Record<string, string> | undefined = builderText.fields[name].choices;
    choices[name] = rule.values?.map((value) => ({
      value,
      label: (words ? words[value] : goal?.answers[value]?.label) ?? value,
    }));
  }
  const values = { values: START_SITUATIONS.join(', '), name: ui.site.name, ...HEIGHT_LIMITS };

  return (
    <>
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{docs.title}</h1>
      {docs.intro.map((paragraph) => (
        <p key={paragraph} className="mt-4 text-lg text-slate-700 dark:text-slate-300">
          {paragraph}
        </p>
      ))}
      <p className="mt-4">
        {docs.accessibility.text}{' '}
        <TextLink href="/accessibility" look="strong">
          {docs.accessibility.link}
        </TextLink>
      </p>

      <SnippetBuilder
        origin={origin}
        initial={initial}
        choices={choices}
        title={ui.site.name}
        text={builderText}
      />

      <OptionsReference
        text={optionsText}
        rows={OPTION_NAMES.map((key) => ({
          key,
          attribute: EMBED_OPTIONS[key].attribute,
          parameter: EMBED_OPTIONS[key].parameter?.name ?? null,
          values: fill(optionsText.rows[key].values, values),
          effect: fill(optionsText.rows[key].effect, values),
        }))}
      />

      <EventsReference
        text={docs.events}
        intro={fill(docs.events.intro, { version: PROTOCOL_VERSION })}
        rows={EVENTS.map((name) => ({ name: `${PROTOCOL}:${name}`, ...docs.events.rows[name] }))}
      >
        <h3 className="mt-6 text-lg font-bold">{docs.events.exampleLabel}</h3>
        <CodeSample code={docs.events.example} />
      </EventsReference>

      <section className="mt-10" aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-xl font-bold">
          {docs.summary.heading}
        </h2>
        {docs.summary.intro.map((paragraph) => (
          <p key={paragraph} className="mt-3 text-slate-700 dark:text-slate-300">
            {fill(paragraph, { origin })}
          </p>
        ))}
        <h3 className="mt-6 text-lg font-bold">{docs.summary.exampleLabel}</h3>
        <CodeSample code={fill(docs.summary.example, { origin })} />
      </section>

      <section className="mt-10" aria-labelledby="safety-heading">
        <h2 id="safety-heading" className="text-xl font-bold">
          {docs.safety.heading}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-700 dark:text-slate-300">
          {docs.safety.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <p className="mt-3 text-slate-700 dark:text-slate-300">{docs.safety.selfHost}</p>
      </section>
    </>
  );
}
