import type { MouseEvent } from 'react';
import type { WizardUi } from '@/content';

type Props = {
  backHref: string | null;
  restartHref: string;
  /** The share page for this step; plain link, so it works without JavaScript. */
  shareHref?: string;
  /** In the embed: the share page opens in a new tab (it may not be framed by other sites). */
  newTabHint?: string;
  ui: WizardUi;
  onNavigate?: (href: string, event: MouseEvent<HTMLAnchorElement>) => void;
};

const linkClass =
  'inline-flex min-h-11 items-center rounded-md px-3 py-2 font-medium text-accent-strong underline underline-offset-4 hover:bg-slate-100 dark:text-accent dark:hover:bg-slate-800';

/** Back and Start over: plain links, so they work without JavaScript too. */
export function StepNav({ backHref, restartHref, shareHref, newTabHint, onNavigate, ui }: Props) {
  return (
    <nav
      aria-label={ui.wizard.navLabel}
      className="no-print mt-8 flex flex-wrap gap-2 border-t border-slate-200 pt-4 dark:border-slate-800"
    >
      {backHref !== null && (
        <a href={backHref} className={linkClass} onClick={(e) => onNavigate?.(backHref, e)}>
          <span aria-hidden="true">←&nbsp;</span>
          {ui.wizard.back}
        </a>
      )}
      <a href={restartHref} className={linkClass} onClick={(e) => onNavigate?.(restartHref, e)}>
        {ui.wizard.startOver}
      </a>
      {shareHref && (
        <a
          href={shareHref}
          className={`${linkClass} sm:ml-auto`}
          target={newTabHint ? '_blank' : undefined}
          rel={newTabHint ? 'noopener noreferrer' : undefined}
        >
          {ui.wizard.share}
          {newTabHint && <span className="sr-only"> {newTabHint}</span>}
        </a>
      )}
    </nav>
  );
}
