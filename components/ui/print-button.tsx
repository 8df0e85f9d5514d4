'use client';

import { useHydrated } from '@/components/browser/use-hydrated';

/** Printing needs JavaScript; without it the button is not drawn and the browser's print works. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print mt-6 min-h-11 rounded-md border-2 border-slate-300 px-4 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {label}
    </button>
  );
}
