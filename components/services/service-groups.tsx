import Link from 'next/link';
import { TextLink } from '@/components/ui/text-link';

export type ServiceGroup = {
  category: string;
  label: string;
  services: { id: string; name: string; aliases: readonly string[]; confirmed: boolean }[];
};

type Props = {
  groups: ServiceGroup[];
  heading: string;
  count: string;
  jumpTo: string;
  notConfirmed: string;
};

/** Every service, grouped by kind, each group and service with its own anchor. */
export function ServiceGroups({ groups, heading, count, jumpTo, notConfirmed }: Props) {
  return (
    <section className="mt-8" aria-labelledby="all-services">
      <h2 id="all-services" className="text-xl font-bold">
        {heading}
      </h2>
      <p className="mt-1 text-slate-600 dark:text-slate-400">{count}</p>
      <nav aria-label={jumpTo} className="mt-3">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {groups.map((group) => (
            <li key={group.category}>
              <TextLink href={`#group-${group.category}`} className="inline-block py-1">
                {group.label}
              </TextLink>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section
          key={group.category}
          id={`group-${group.category}`}
          className="mt-6 scroll-mt-4"
          aria-labelledby={`group-${group.category}-heading`}
        >
          <h3 id={`group-${group.category}-heading`} className="text-lg font-semibold">
            {group.label}
          </h3>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {group.services.map((service) => (
              <li key={service.id} id={`service-${service.id}`} className="scroll-mt-4">
                <Link
                  href={`/services/${service.id}`}
                  prefetch={false}
                  className="flex min-h-12 flex-col justify-center rounded-lg border-2 border-slate-300 bg-white px-3 py-2 font-medium text-slate-900 no-underline hover:border-accent hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
                >
                  <span>{service.name}</span>
                  {service.aliases.length > 0 && (
                    <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                      <span className="sr-only">, </span>
                      {service.aliases.slice(0, 3).join(', ')}
                    </span>
                  )}
                  {!service.confirmed && (
                    <span className="text-sm font-normal text-amber-800 dark:text-amber-300">
                      <span className="sr-only">, </span>
                      {notConfirmed}
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
