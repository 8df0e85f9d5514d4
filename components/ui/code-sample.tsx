import type { ReactNode } from 'react';

/** Code to read and copy: wrapped, never wider than the screen. */
export function CodeSample({
  code,
  label,
  children,
}: {
  code: string;
  label?: string;
  children?: ReactNode;
}) {
  return (
    <div className="mt-2">
      <pre
        aria-label={label}
        className="rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm break-all whitespace-pre-wrap text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <code>{code}</code>
      </pre>
      {children}
    </div>
  );
}
