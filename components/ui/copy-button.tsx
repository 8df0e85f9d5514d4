'use client';

import { useEffect, useState } from 'react';
import { copyToClipboard } from '@/components/browser/clipboard';
import { useHydrated } from '@/components/browser/use-hydrated';
import { Button } from './button';

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
      <Button
        type="button"
        onClick={copy}
        variant="secondary"
        size="small"
        className="no-print shrink-0"
      >
        {state === 'copied' ? copied : label}
      </Button>
      <span role="status" className={state === 'failed' ? 'block w-full text-sm' : 'sr-only'}>
        {state === 'copied' ? (announcement ?? copied) : state === 'failed' ? failed : ''}
      </span>
    </>
  );
}
