import Link from 'next/link';
import { ui } from '@/content';

export default function CheckNotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{ui.checkNotFound.title}</h1>
      <p className="mt-3 text-lg">{ui.checkNotFound.body}</p>
      <p className="mt-6">
        <Link
          href="/check"
          className="inline-flex min-h-12 items-center rounded-md bg-accent px-5 font-semibold text-[var(--accent-contrast)] no-underline"
        >
          {ui.outcome.startChecklist}
        </Link>
      </p>
    </>
  );
}
