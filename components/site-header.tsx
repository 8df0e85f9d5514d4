import { ui } from '@/content';

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-2xl items-center justify-between px-4 py-3 sm:px-6">
        <a href="/" className="font-semibold text-slate-900 no-underline dark:text-slate-100">
          {ui.site.name}
        </a>
      </div>
    </header>
  );
}
