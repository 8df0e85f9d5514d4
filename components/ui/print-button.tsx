'use client';

import { useHydrated } from '@/components/browser/use-hydrated';
import { Button } from './button';

/** Printing needs JavaScript; without it the button is not drawn and the browser's print works. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Button
      type="button"
      onClick={() => window.print()}
      variant="secondary"
      size="small"
      className="no-print mt-6"
    >
      {label}
    </Button>
  );
}
