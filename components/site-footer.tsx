import { insightsCopy, ui } from '@/content';

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto max-w-2xl space-y-2 px-4 py-6 text-sm text-slate-600 sm:px-6 dark:text-slate-400">
        <p>
          {ui.site.footer}{' '}
          <a href="/privacy" className="underline underline-offset-2">
            {insightsCopy.footerLink}
          </a>
        </p>
        <p>{ui.site.footerSources}</p>
      </div>
    </footer>
  );
}
