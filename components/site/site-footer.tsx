import { accessibilityCopy, insightsCopy, ui } from '@/content';

/** Three short lines, spaced apart, rather than one dense paragraph on a phone. */
export function SiteFooter() {
  return (
    <footer className="no-print border-t border-slate-200 dark:border-slate-800">
      <ul className="mx-auto max-w-2xl space-y-3 px-4 py-6 text-sm leading-relaxed text-slate-600 sm:space-y-1 sm:px-6 dark:text-slate-400">
        {ui.site.footer.map((line) => (
          <li key={line}>{line}</li>
        ))}
        <li className="flex flex-wrap gap-x-6 gap-y-3">
          <a href="/privacy" className="underline underline-offset-2">
            {insightsCopy.footerLink}
          </a>
          <a href="/accessibility" className="underline underline-offset-2">
            {accessibilityCopy.footerLink}
          </a>
        </li>
      </ul>
    </footer>
  );
}
