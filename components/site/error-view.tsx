// Error boundaries ship with every page, so this reads the UI strings directly rather than
// through content/index.ts, which would bring the whole content and its schema along. It needs
// no client directive of its own: the error.tsx files that render it are the boundary.
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { ui } from '@/content/ui';

/** What an error boundary shows: an apology, Try again, and a way back to the start. */
export function ErrorView({ reset, startHref }: { reset: () => void; startHref: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{ui.error.title}</h1>
      <p className="mt-3 text-lg">{ui.error.body}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <Button type="button" onClick={reset}>
          {ui.error.retry}
        </Button>
        <Button href={startHref} as={Link} variant="secondary">
          {ui.wizard.startOver}
        </Button>
      </p>
    </>
  );
}
