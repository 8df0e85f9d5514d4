import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ui } from '@/content';
import '../globals.css';
import './embed.css';

export const metadata: Metadata = {
  title: { default: ui.site.name, template: `%s · ${ui.site.name}` },
  robots: { index: false },
  referrer: 'strict-origin-when-cross-origin',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The embed's own document: the wizard alone, no site header or footer, for an iframe. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="antialiased">{children}</body>
    </html>
  );
}
