import type { ReactNode } from 'react';
import type { EmbedText } from '@/content';
import type { OptionsText } from '@/lib/embed/copy';

type OptionRow = {
  key: keyof OptionsText['rows'];
  attribute: string;
  /** The iframe address parameter, or null when only the script reads the option. */
  parameter: string | null;
  values: string;
  effect: string;
};

const term = 'font-mono text-sm font-semibold break-all';
const label = 'font-semibold';

/** Every option, by script attribute and iframe parameter. */
export function OptionsReference({ rows, text }: { rows: OptionRow[]; text: OptionsText }) {
  return (
    <section className="mt-10" aria-labelledby="options-heading">
      <h2 id="options-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{text.intro}</p>
      <dl className="mt-4 divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {rows.map((row) => (
          <div key={row.key} className="py-3">
            <dt className={term}>
              <code>{row.attribute}</code>
            </dt>
            <dd className="mt-1 space-y-1 text-slate-700 dark:text-slate-300">
              <p>{row.effect}</p>
              <p>
                <span className={label}>{text.columns.values}:</span> {row.values}
              </p>
              <p>
                <span className={label}>{text.columns.parameter}:</span>{' '}
                {row.parameter ? (
                  <code className="font-mono">{row.parameter}</code>
                ) : (
                  text.scriptOnly
                )}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

type EventRow = { name: string; fields: string; when: string };

/** The events the script dispatches, with their payloads. */
export function EventsReference({
  rows,
  intro,
  text,
  children,
}: {
  rows: EventRow[];
  intro: string;
  text: EmbedText['docs']['events'];
  /** An example to follow the list. */
  children?: ReactNode;
}) {
  return (
    <section className="mt-10" aria-labelledby="events-heading">
      <h2 id="events-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{intro}</p>
      <dl className="mt-4 divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {rows.map((row) => (
          <div key={row.name} className="py-3">
            <dt className={term}>
              <code>{row.name}</code>
            </dt>
            <dd className="mt-1 space-y-1 text-slate-700 dark:text-slate-300">
              <p>{row.when}</p>
              <p>
                <span className={label}>{text.columns.fields}:</span> {row.fields}
              </p>
            </dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}
