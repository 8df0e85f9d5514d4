'use client';

import { ErrorView } from '@/components/site/error-view';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <ErrorView reset={reset} startHref="/" />;
}
