'use client';

import { useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';

type Props = { url: string; title: string; label: string; failed: string };

const subscribe = () => () => {};
const canShare = () => typeof navigator.share === 'function';

/**
 * Opens the phone's own share sheet (Messages, Mail, WhatsApp…) with the link. Drawn only where
 * the browser has one; elsewhere the Copy button beside it does the job.
 */
export function ShareButton({ url, title, label, failed }: Props) {
  const available = useSyncExternalStore(subscribe, canShare, () => false);
  const [problem, setProblem] = useState(false);
  if (!available) return null;
  const share = () => {
    setProblem(false);
    navigator.share({ title, url }).catch((error: unknown) => {
      // Closing the sheet without sharing is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setProblem(true);
    });
  };
  return (
    <>
      <Button type="button" onClick={share} size="small" className="no-print shrink-0">
        {label}
      </Button>
      <span role="status" className={problem ? 'block w-full text-sm' : 'sr-only'}>
        {problem ? failed : ''}
      </span>
    </>
  );
}
