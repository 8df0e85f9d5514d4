import type { Passage, Source, WizardUi } from '@/content';
import { fill, sourceStanding } from '@/lib/text';
import { TextLink } from './text-link';

/** A number on its own is no word in a sentence: it gets a whole 24 px target (WCAG 2.5.8). */
const CITE_TARGET = 'inline-flex min-h-6 min-w-6 items-center justify-center';

type RefsProps = {
  ids: readonly string[];
  order: readonly string[];
  sources: Record<string, Source>;
  ui: WizardUi;
};

/** Numbered references after a step, pointing to the page's list of sources. */
export function SourceRefs({ ids, order, sources, ui }: RefsProps) {
  const cited = ids.filter((id) => sources[id]);
  if (cited.length === 0) return null;
  return (
    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
      {ui.outcome.sourcesLabel}{' '}
      {cited.map((id, i) => {
        const n = order.indexOf(id) + 1;
        const src = sources[id]!;
        return (
          <span key={id}>
            {i > 0 && ', '}
            <TextLink
              href={`#source-${id}`}
              aria-label={fill(ui.outcome.sourceRef, { n, title: src.title })}
              className={CITE_TARGET}
            >
              {n}
            </TextLink>
            {(src.by === 'users' || src.by === 'ai-answer' || src.by === 'press') &&
              ` (${ui.outcome.refNote[src.by]})`}
          </span>
        );
      })}
    </p>
  );
}

type ListProps = {
  order: readonly string[];
  sources: Record<string, Source>;
  ui: WizardUi;
  heading: string;
  /** In the embed: open each source in a new tab, and say so. */
  newTabHint?: string;
};

/** Every source a page cites, numbered, with who wrote it and when we last checked it. */
export function SourceList({ order, sources, ui, heading, newTabHint }: ListProps) {
  if (order.length === 0) return null;
  return (
    <section className="mt-8" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="font-semibold">
        {heading}
      </h2>
      <ol className="mt-2 list-decimal space-y-2 pl-6 text-sm text-slate-700 dark:text-slate-300">
        {order.map((id) => {
          const src = sources[id];
          if (!src) return null;
          return (
            <li key={id} id={`source-${id}`} className="scroll-mt-4">
              <TextLink
                href={src.url}
                rel="noopener noreferrer"
                target={newTabHint ? '_blank' : undefined}
                className="decoration-1"
              >
                {src.title}
                {newTabHint && <span className="sr-only"> {newTabHint}</span>}
              </TextLink>
              <span className="block text-slate-600 dark:text-slate-400">
                {sourceStanding(src, ui.outcome, ui.site.locale)}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

type PassagesProps = {
  passages: readonly Passage[];
  order: readonly string[];
  sources: Record<string, Source>;
  ui: WizardUi;
};

/**
 * The exact words a step rests on, one per source, folded away for people and agents who want
 * to check them: "Microsoft says: …". A native disclosure, so it opens without JavaScript.
 */
export function SourcePassages({ passages, order, sources, ui }: PassagesProps) {
  const shown = passages.filter((p) => sources[p.source]);
  if (shown.length === 0) return null;
  return (
    <details className="mt-1 text-sm text-slate-700 dark:text-slate-300">
      <summary className="inline-flex min-h-6 cursor-pointer items-center text-slate-600 underline decoration-dotted underline-offset-2 dark:text-slate-400">
        {ui.outcome.passagesSummary}
      </summary>
      <ul className="mt-1 space-y-2 border-l-2 border-slate-300 pl-3 dark:border-slate-600">
        {shown.map(({ source, says }) => {
          const src = sources[source]!;
          return (
            <li key={`${source}:${says}`}>
              <span className="font-semibold">
                {ui.outcome.passageBy[src.by]}
                {src.quotedBy &&
                  ` (${fill(ui.outcome.passageQuoted, { quotedBy: src.quotedBy })})`}{' '}
                <a
                  href={`#source-${source}`}
                  className={`${CITE_TARGET} font-normal underline underline-offset-2`}
                >
                  [{order.indexOf(source) + 1}]
                </a>
                :
              </span>{' '}
              <q lang="en">{says}</q>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
