'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { scrollToTop } from '@/components/browser/scroll-to-top';
import { Button } from '@/components/ui/button';
import { TextLink } from '@/components/ui/text-link';
import type { ServicesUi } from '@/content';
import { searchServices, type MatchReason } from '@/lib/services/search';
import { fill } from '@/lib/text';

export type DirectoryEntry = {
  id: string;
  name: string;
  aliases: readonly string[];
  domains: readonly string[];
  categoryLabel: string;
};

type Props = {
  entries: DirectoryEntry[];
  initialQuery: string;
  copy: ServicesUi['directory'];
  /** The full grouped list, drawn on the server, shown while nothing is typed. */
  children: ReactNode;
};

const RESULT_LIMIT = 12;

/**
 * Search over the directory. Without JavaScript the form asks the server (`?q=`); with it,
 * results follow each key press, and the address keeps the query for reload and Back.
 */
export function ServiceDirectory({ entries, initialQuery, copy, children }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const inputId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  /** Set by typing in the box, so a reload or "Show all" never moves the page. */
  const typed = useRef(false);
  const trimmed = query.trim();
  const matches = trimmed ? searchServices(entries, trimmed, RESULT_LIMIT) : [];
  const status = !trimmed
    ? ''
    : matches.length === 0
      ? fill(copy.noResults, { query: trimmed })
      : fill(matches.length === 1 ? copy.resultCountOne : copy.resultCountMany, {
          count: matches.length,
          query: trimmed,
        });

  // On a phone the results sit below the box, under the keyboard: bring them up as they change.
  useEffect(() => {
    if (!typed.current || !trimmed) return;
    typed.current = false;
    scrollToTop(formRef.current);
  }, [trimmed]);

  const update = (value: string) => {
    setQuery(value);
    const next = value.trim() ? `?q=${encodeURIComponent(value.trim())}` : '';
    window.history.replaceState(null, '', `/services${next}`);
  };

  const why = (reason: MatchReason, term: string) =>
    reason === 'name' ? null : fill(copy.matched[reason], { term });

  return (
    <>
      <form
        ref={formRef}
        role="search"
        method="get"
        action="/services"
        className="no-print mt-6 scroll-mt-2"
        onSubmit={(event) => event.preventDefault()}
      >
        <label htmlFor={inputId} className="block font-semibold">
          {copy.searchLabel}
        </label>
        <p id={`${inputId}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {copy.searchHint}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <input
            id={inputId}
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            value={query}
            onChange={(event) => {
              typed.current = true;
              update(event.target.value);
            }}
            aria-describedby={`${inputId}-hint`}
            className="min-h-12 w-full max-w-sm flex-1 rounded-md border-2 border-slate-400 bg-white px-3 text-lg text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
          />
          <Button type="submit">{copy.searchButton}</Button>
        </div>
      </form>
      <p role="status" className="sr-only">
        {status}
      </p>

      {trimmed ? (
        <section className="mt-8" aria-labelledby="results-heading">
          <h2 id="results-heading" className="text-xl font-bold">
            {fill(copy.resultsHeading, { query: trimmed })}
          </h2>
          {matches.length > 0 ? (
            <ol className="mt-3 space-y-2">
              {matches.map(({ service, reason, matched }) => (
                <li key={service.id}>
                  <Link
                    href={`/services/${service.id}`}
                    prefetch={false}
                    className="flex min-h-12 flex-col justify-center rounded-lg border-2 border-slate-300 bg-white px-4 py-2 font-medium text-slate-900 no-underline hover:border-accent hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
                  >
                    <span>{service.name}</span>
                    <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                      <span className="sr-only">, </span>
                      {[service.categoryLabel, why(reason, matched)].filter(Boolean).join(' · ')}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-3">
              {fill(copy.noResults, { query: trimmed })}{' '}
              <TextLink href="#not-listed">{copy.noResultsHelp}</TextLink>
            </p>
          )}
          <p className="mt-4">
            <TextLink
              as={Link}
              href="/services"
              prefetch={false}
              onClick={(event) => {
                event.preventDefault();
                update('');
              }}
              className="inline-flex min-h-11 items-center"
            >
              {copy.showAll}
            </TextLink>
          </p>
        </section>
      ) : (
        children
      )}
    </>
  );
}
