import type { Metadata } from 'next';
import Link from 'next/link';
import * as z from 'zod';
import { NotListed } from '@/components/services/not-listed';
import { ServiceDirectory } from '@/components/services/service-directory';
import { ServiceGroups } from '@/components/services/service-groups';
import { Button } from '@/components/ui/button';
import { directoryCopy, services, servicesByCategory, servicesUi } from '@/content';
import { fill } from '@/lib/text';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: servicesUi.directory.title,
  description: servicesUi.directory.intro,
};

// A query longer than any service name is cut, never refused: search still runs on the start.
const querySchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? (value[0] ?? '') : value).slice(0, 100))
  .catch('');

export default async function ServicesPage({ searchParams }: Props) {
  const query = querySchema.parse((await searchParams).q);
  const copy = servicesUi.directory;
  const groups = servicesByCategory().map((group) => ({
    category: group.category,
    label: directoryCopy.categories[group.category],
    services: group.services.map((service) => ({
      id: service.id,
      name: service.name,
      aliases: service.aliases,
      confirmed: service.confirmation === 'confirmed',
    })),
  }));
  const entries = services.map((service) => ({
    id: service.id,
    name: service.name,
    aliases: service.aliases,
    domains: service.domains,
    categoryLabel: directoryCopy.categories[service.category],
  }));
  // No <Suspense>: the whole list must read without JavaScript.
  return (
    <>
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{copy.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{copy.intro}</p>
      <div className="no-print mt-4">
        <Button href="/plan" prefetch={false} as={Link}>
          {copy.planLink}
        </Button>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{copy.planHint}</p>
      </div>
      <ServiceDirectory entries={entries} initialQuery={query} copy={copy}>
        <ServiceGroups
          groups={groups}
          heading={copy.allHeading}
          count={fill(copy.allCount, { count: services.length })}
          jumpTo={copy.jumpTo}
          notConfirmed={copy.notConfirmed}
        />
      </ServiceDirectory>
      <NotListed copy={servicesUi.notListed} />
    </>
  );
}
