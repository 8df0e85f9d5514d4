// Plain links: the 404 page doubles as the benchmark's framework baseline (no client component of ours).
import { ui } from '@/content';

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{ui.notFound.title}</h1>
      <p className="mt-3 text-lg">{ui.notFound.body}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <a
          href="/"
          className="inline-flex min-h-12 items-center rounded-md bg-accent px-5 font-semibold text-[var(--accent-contrast)] no-underline"
        >
          {ui.notFound.home}
        </a>
        <a
          href="/check"
          className="inline-flex min-h-12 items-center rounded-md border-2 border-slate-300 px-5 font-semibold no-underline dark:border-slate-600"
        >
          {ui.outcome.startChecklist}
        </a>
        <a
          href="/services"
          className="inline-flex min-h-12 items-center rounded-md border-2 border-slate-300 px-5 font-semibold no-underline dark:border-slate-600"
        >
          {ui.notFound.services}
        </a>
      </p>
    </>
  );
}
