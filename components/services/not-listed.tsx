import { TextLink } from '@/components/ui/text-link';
import type { ServicesUi } from '@/content';

type Props = { copy: ServicesUi['notListed'] };

/** What to do for a service the directory does not list, and where to look it up. */
export function NotListed({ copy }: Props) {
  return (
    <section id="not-listed" className="mt-10 scroll-mt-4" aria-labelledby="not-listed-heading">
      <h2 id="not-listed-heading" className="text-xl font-bold">
        {copy.heading}
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{copy.intro}</p>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {copy.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="mt-4">
        <TextLink href={copy.directoryUrl} rel="noopener noreferrer" weight="semibold">
          {copy.directoryLink}
        </TextLink>
      </p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{copy.directoryHint}</p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{copy.credit}</p>
    </section>
  );
}
