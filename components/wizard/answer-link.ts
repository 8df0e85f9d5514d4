import { LOADS } from '@/components/browser/pending-links';

/**
 * An answer to tap, on the start page and in the wizard: as tall as a tap target, pressed the
 * moment it is touched, and busy (a spinner at its right, app/globals.css) while its step loads.
 */
export const answerLink = {
  [LOADS]: 'answer',
  className:
    'relative flex min-h-12 w-full flex-col justify-center rounded-lg border-2 border-slate-300 bg-white py-3 pr-12 pl-4 text-left font-medium text-slate-900 no-underline hover:border-accent hover:bg-slate-50 active:border-accent active:bg-slate-100 aria-busy:border-accent aria-busy:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:active:bg-slate-800 dark:aria-busy:bg-slate-800',
} as const;
