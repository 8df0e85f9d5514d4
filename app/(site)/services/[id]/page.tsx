import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddToPlanLink } from '@/components/plan/add-to-plan-link';
import { ServiceDetail } from '@/components/services/service-detail';
import { TextLink } from '@/components/ui/text-link';
import { directoryCopy, serviceById, services, servicesUi, ui } from '@/content';
import { planHref } from '@/lib/plan/url';
import { serviceHolderAdvice } from '@/lib/services/advice';
import { fill, formatDate } from '@/lib/text';

type Props = { params: Promise<{ id: string }> };

// Unknown ids get the site's static 404 page: a 404 rendered on demand in Next 16 has an
// empty body without JavaScript.
export const dynamicParams = false;

export function generateStaticParams() {
  return services.map((service) => ({ id: service.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = serviceById((await params).id);
  if (!service) return {};
  return {
    title: `${service.name}: ${servicesUi.service.titleSuffix}`,
    description: service.summary,
  };
}

export default async function ServicePage({ params }: Props) {
  const service = serviceById((await params).id);
  if (!service) notFound();
  const copy = servicesUi.service;
  const via = service.signsInWith ? serviceById(service.signsInWith) : undefined;
  const host = new URL(service.recoveryUrl).hostname;
  const values = { name: service.name, host };
  return (
    <>
      <p className="no-print mb-4">
        <TextLink as={Link} href={`/services#service-${service.id}`} prefetch={false} look="action">
          {copy.backToList}
        </TextLink>
      </p>
      <ServiceDetail
        id={service.id}
        name={service.name}
        categoryLabel={directoryCopy.categories[service.category]}
        summary={service.summary}
        recoveryUrl={service.recoveryUrl}
        recoveryHost={host}
        signsInWith={via && { id: via.id, name: via.name }}
        needs={service.needs.map((need) => directoryCopy.needs[need])}
        noFallback={service.noFallback}
        wait={service.wait}
        warnings={service.warnings}
        holderAdvice={serviceHolderAdvice(service).map((note) => note.text)}
        caveat={
          service.caveat
            ? {
                text: service.caveat,
                level: directoryCopy.confirmation[service.confirmation],
                confirmed: service.confirmation === 'confirmed',
              }
            : undefined
        }
        aliases={service.aliases}
        domains={service.domains}
        checked={fill(copy.checked, { date: formatDate(service.verified, ui.site.locale) })}
        copy={copy}
        fill={(template) => fill(template, values)}
      />
      <p className="no-print mt-8 flex flex-wrap gap-x-6 border-t border-slate-200 pt-4 dark:border-slate-800">
        <AddToPlanLink
          id={service.id}
          name={service.name}
          href={planHref([service.id])}
          copy={copy}
        />
        <TextLink as={Link} href={`/services#service-${service.id}`} prefetch={false} look="action">
          {copy.backToList}
        </TextLink>
      </p>
    </>
  );
}
