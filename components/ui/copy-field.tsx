import type { ReactNode } from 'react';
import { CopyButton } from './copy-button';

export type CopyTexts = { copied: string; announcement: string; failed: string };

type Props = {
  id: string;
  label: string;
  hint?: string;
  value: string;
  copyLabel: string;
  texts: CopyTexts;
  /** Large monospaced letters, for a code read aloud. */
  code?: boolean;
  rows?: number;
  /** Drawn beside Copy, such as the share sheet's button. */
  also?: ReactNode;
  /** The value is HTML: Copy puts it on the clipboard as rich text, with `plain` beside it. */
  plain?: string;
};

const fieldClass =
  'w-full min-w-0 rounded-md border-2 border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';

/** A read-only field a person can select from, with a Copy button when JavaScript runs. */
export function CopyField(props: Props) {
  const { id, label, hint, value, copyLabel, texts, code, rows, also, plain } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      <div className="mt-1 flex flex-wrap items-start gap-2">
        {code ? (
          <input
            id={id}
            readOnly
            value={value}
            aria-describedby={hintId}
            spellCheck={false}
            className={`${fieldClass} max-w-xs font-mono text-2xl tracking-widest`}
          />
        ) : (
          <textarea
            id={id}
            readOnly
            value={value}
            rows={rows ?? 3}
            aria-describedby={hintId}
            spellCheck={false}
            className={`${fieldClass} font-mono text-sm [overflow-wrap:anywhere]`}
          />
        )}
        {also}
        {plain === undefined ? (
          <CopyButton text={value} label={copyLabel} {...texts} />
        ) : (
          <CopyButton text={plain} html={value} label={copyLabel} {...texts} />
        )}
      </div>
    </div>
  );
}
