'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { clearPendingLinks, watchPendingLinks } from '@/components/browser/pending-links';

/** Marks a tapped `data-loads` link busy until its page is drawn (components/browser/pending-links). */
export function PendingLinks() {
  const pathname = usePathname();
  useEffect(() => watchPendingLinks(), []);
  // The router drew another page: a link that stays on screen (in the header) is done.
  useEffect(() => clearPendingLinks(), [pathname]);
  return null;
}
