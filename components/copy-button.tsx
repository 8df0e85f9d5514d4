'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

type Props = { text: string; label: string; copied: string; failed: string };

/** Copies the text; says "Copied" until the text changes. Without JavaScript it is not drawn. */
export function CopyButton({ text, label, copied, failed }: Props) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [result, setResult] = useState<{ text: string; ok: boolean } | null>(null);
  if (!hydrated) return null;
  const done = result?.text === text ? result : null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult({ text, ok: true });
    } catch {
      setResult({ text, ok: false });
    }
  };

  return (
    <p className="mt-2 flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="min-h-11 rounded-md border-2 border-slate-300 px-4 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {done?.ok ? copied : label}
      </button>
      <span role="status" className={done?.ok ? 'sr-only' : 'text-sm'}>
        {done ? (done.ok ? copied : failed) : ''}
      </span>
    </p>
  );
}
