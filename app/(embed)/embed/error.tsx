'use client';

// Error boundaries ship with every page, so this reads the UI strings directly rather than
// through content/index.ts, which would bring the whole content and its schema along.
import Link from 'next/link';
import { ui } from '@/content/ui';

export default function EmbedError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="px-4 py-5 sm:px-6">
      <h1 className="text-2xl font-bold">{ui.error.title}</h1>
      <p className="mt-3">{ui.error.body}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="min-h-12 rounded-md bg-accent px-5 font-semibold text-[var(--accent-contrast)]"
        >
          {ui.error.retry}
        </button>
        <Link
          href="/embed"
          className="inline-flex min-h-12 items-center rounded-md border-2 border-slate-300 px-5 font-semibold dark:border-slate-600"
        >
          {ui.wizard.startOver}
        </Link>
      </p>
    </main>
  );
}
