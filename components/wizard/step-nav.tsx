import type { MouseEvent } from 'react';
import type { WizardUi } from '@/content';
import { TextLink } from '@/components/ui/text-link';

/** Drawn as a button-sized link, with a tint on hover. */
const navLink = 'rounded-md px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800';

type Props = {
  backHref: string | null;
  restartHref: string;
  /** The share page for this step; plain link, so it works without JavaScript. */
  shareHref?: string;
  /** In the embed: the share page opens in a new tab (it may not be framed by other sites). */
  newTabHint?: string;
  ui: WizardUi;
  /** Back clicked (its href is the way without JavaScript). */
  onBack?: (event: MouseEvent<HTMLAnchorElement>) => void;
  /** Start over clicked (its href is the way without JavaScript). */
  onRestart?: (event: MouseEvent<HTMLAnchorElement>) => void;
};

/** Back and Start over: plain links, so they work without JavaScript too. */
export function StepNav(props: Props) {
  const { backHref, restartHref, shareHref, newTabHint, onBack, onRestart, ui } = props;
  return (
    <nav
      aria-label={ui.wizard.navLabel}
      className="no-print mt-8 flex flex-wrap gap-2 border-t border-slate-200 pt-4 dark:border-slate-800"
    >
      {backHref !== null && (
        <TextLink href={backHref} look="action" className={navLink} data-loads="" onClick={onBack}>
          <span aria-hidden="true">←&nbsp;</span>
          {ui.wizard.back}
        </TextLink>
      )}
      <TextLink
        href={restartHref}
        look="action"
        className={navLink}
        data-loads=""
        onClick={onRestart}
      >
        {ui.wizard.startOver}
      </TextLink>
      {shareHref && (
        <TextLink
          href={shareHref}
          look="action"
          className={`${navLink} sm:ml-auto`}
          target={newTabHint ? '_blank' : undefined}
          rel={newTabHint ? 'noopener noreferrer' : undefined}
        >
          {ui.wizard.share}
          {newTabHint && <span className="sr-only"> {newTabHint}</span>}
        </TextLink>
      )}
    </nav>
  );
}
