'use client';

import { useEffect, useState } from 'react';
import { copyToClipboard } from '@/components/browser/clipboard';
import { useHydrated } from '@/components/browser/use-hydrated';

type Props = {
  text: string;
  /** Copied as rich text beside `text`, for editors that paste formatting. */
  html?: string;
  label: string;
  copied: string;
  /** What a screen reader hears once copied; the button's own word by default. */
  announcement?: string;
  failed: string;
};

/**
 * Copies text to the clipboard and says so, on the button and in a live region. Copying needs
 * JavaScript; without it the button is not drawn and the text stays selectable in its field.
 */
export function CopyButton({ text, html, label, copied, announcement, failed }: Props) {
  const hydrated = useHydrated();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);
  if (!hydrated) return null;
  const copy = () => {
    copyToClipboard(text, html).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="no-print min-h-11 shrink-0 rounded-md border-2 border-slate-300 px-4 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {state === 'copied' ? copied : label}
      </button>
      <span role="status" className={state === 'failed' ? 'block w-full text-sm' : 'sr-only'}>
        {state === 'copied' ? (announcement ?? copied) : state === 'failed' ? failed : ''}
      </span>
    </>
  );
}
