import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { CodeSample } from '@/components/code-sample';
import { EventsReference, OptionsReference } from '@/components/embed-reference';
import { SnippetBuilder } from '@/components/snippet-builder';
import { embedText, questionContent, ui } from '@/content';
import { PROTOCOL, PROTOCOL_VERSION, START_SITUATIONS } from '@/lib/embed-protocol';
import { FIELDS, HEIGHT_LIMITS } from '@/lib/embed-snippet';
import { siteOrigin } from '@/lib/origin';
import { fill } from '@/lib/text';

export const metadata: Metadata = { title: embedText.docs.metaTitle };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Script attribute and iframe parameter of each option, in the order the docs list them. */
const OPTIONS = [
  ['start', 'data-start', 'start'],
  ['answers', 'data-answers', 'answers'],
  ['accent', 'data-accent', 'accent'],
  ['theme', 'data-theme', 'theme'],
  ['compact', 'data-compact', 'compact'],
  ['minHeight', 'data-min-height', null],
  ['maxHeight', 'data-max-height', null],
  ['scroll', 'data-scroll', null],
  ['title', 'data-title', null],
  ['callback', 'data-callback', null],
  ['target', 'data-target', null],
] as const;

const EVENTS = ['ready', 'step', 'navigate', 'outcome', 'resize'] as const;

export default async function EmbedDocsPage(props: Props) {
  const params = await props.searchParams;
  const requestHeaders = await headers();
  const origin = siteOrigin(requestHeaders);
  const initial = Object.fromEntries(
    Object.values(FIELDS).map((name) => {
      const value = params[name];
      return [name, (Array.isArray(value) ? value[0] : value) ?? ''];
    }),
  );
  const goal = questionContent('goal');
  const starts = START_SITUATIONS.map((value) => ({
    value,
    label: goal?.answers[value]?.label ?? value,
  }));
  const docs = embedText.docs;
  const values = { values: START_SITUATIONS.join(', '), name: ui.site.name, ...HEIGHT_LIMITS };

  return (
    <>
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{docs.title}</h1>
      {docs.intro.map((paragraph) => (
        <p key={paragraph} className="mt-4 text-lg text-slate-700 dark:text-slate-300">
          {paragraph}
        </p>
      ))}

      <SnippetBuilder
        origin={origin}
        initial={initial}
        starts={starts}
        title={ui.site.name}
        text={docs.builder}
      />

      <OptionsReference
        text={docs.options}
        rows={OPTIONS.map(([key, attribute, parameter]) => ({
          key,
          attribute,
          parameter,
          values: fill(docs.options.rows[key].values, values),
          effect: fill(docs.options.rows[key].effect, values),
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
