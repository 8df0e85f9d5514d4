import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { ui } from '@/content';
import '../globals.css';

export const metadata: Metadata = {
  title: { default: ui.site.name, template: `%s · ${ui.site.name}` },
  description: ui.site.tagline,
  referrer: 'strict-origin-when-cross-origin',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1220' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
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
