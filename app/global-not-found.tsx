import type { Metadata } from 'next';
import NotFound from './(site)/not-found';
import { SiteFrame } from '@/components/site/site-frame';
import { ui } from '@/content';
import './globals.css';

// The site and the embed have a root layout each, so an address that matches no route gets
// this page, rendered at build time: it reads fully without JavaScript.
export const metadata: Metadata = {
  title: `${ui.notFound.title} · ${ui.site.name}`,
  robots: { index: false },
};

export default function GlobalNotFound() {
  return (
    <SiteFrame>
      <NotFound />
    </SiteFrame>
  );
}
