// Error boundaries ship with every page, so this reads the UI strings directly rather than
// through content/index.ts, which would bring the whole content and its schema along. It needs
// no client directive of its own: the error.tsx files that render it are the boundary.
import Link from 'next/link';
import { ui } from '@/content/ui';

/** What an error boundary shows: an apology, Try again, and a way back to the start. */
export function ErrorView({ reset, startHref }: { reset: () => void; startHref: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{ui.error.title}</h1>
      <p className="mt-3 text-lg">{ui.error.body}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="min-h-12 rounded-md bg-accent px-5 font-semibold text-[var(--accent-contrast)]"
        >
          {ui.error.retry}
        </button>
        <Link
          href={startHref}
          className="inline-flex min-h-12 items-center rounded-md border-2 border-slate-300 px-5 font-semibold dark:border-slate-600"
        >
          {ui.wizard.startOver}
        </Link>
      </p>
    </>
  );
}
