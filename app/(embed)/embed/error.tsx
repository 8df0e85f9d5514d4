'use client';

import { ErrorView } from '@/components/site/error-view';

export default function EmbedError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="px-4 py-5 sm:px-6">
      <ErrorView reset={reset} startHref="/embed" />
    </main>
  );
}
