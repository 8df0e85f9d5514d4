import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { PendingLinks } from '@/components/wizard/pending-links';
import { SiteFrame } from '@/components/site/site-frame';
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
  // Not in SiteFrame: the 404 page it also draws stays free of our client code (the bench's
  // baseline for the framework's own JavaScript).
  return (
    <SiteFrame>
      {children}
      <PendingLinks />
    </SiteFrame>
  );
}
