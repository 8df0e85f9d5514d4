import { ui } from '@/content';

const NAV = [
  ['/check', 'checklist'],
  ['/services', 'services'],
  ['/agent', 'support'],
  ['/embed/docs', 'helpDesks'],
] as const;

const navLink =
  'inline-flex min-h-11 items-center rounded-md px-1.5 text-sm font-medium sm:px-2 sm:text-base text-slate-800 underline-offset-4 hover:bg-slate-100 hover:underline dark:text-slate-200 dark:hover:bg-slate-800';

/** The site's name and its four doors: plain links, so they work without JavaScript. */
export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 sm:px-6">
        <a
          href="/"
          className="inline-flex min-h-11 items-center font-semibold text-slate-900 no-underline dark:text-slate-100"
        >
          {ui.site.name}
        </a>
        <nav aria-label={ui.site.navLabel} className="-mx-1.5 sm:-mx-2">
          <ul className="flex flex-wrap gap-x-0.5 sm:gap-x-1">
            {NAV.map(([href, key]) => (
              <li key={href}>
                <a href={href} className={`${navLink} no-underline`}>
                  {ui.site.nav[key]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
