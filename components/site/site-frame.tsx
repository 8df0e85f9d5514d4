import type { ReactNode } from 'react';
import { ui } from '@/content';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The site's page: skip link, header, main and footer. Shared by the layout and the 404. */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-[#0b1220] dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          {ui.site.skipLink}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-2xl px-4 pt-6 pb-16 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
