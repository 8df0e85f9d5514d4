import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { TextLink } from '@/components/ui/text-link';
import type { ServicesUi } from '@/content';

export type ServiceDetailProps = {
  id: string;
  name: string;
  categoryLabel: string;
  summary: string;
  recoveryUrl: string;
  recoveryHost: string;
  signsInWith?: { id: string; name: string };
  needs: string[];
  noFallback: boolean;
  wait?: string;
  warnings: readonly string[];
  /** For the Microsoft or Apple account: what to do if it held the Authenticator backup. */
  holderAdvice: readonly string[];
  /** What is not confirmed; `unconfirmed` frames it as a caveat rather than a note. */
  caveat?: { text: string; level: string; confirmed: boolean };
  aliases: readonly string[];
  domains: readonly string[];
  checked: string;
  copy: ServicesUi['service'];
  fill: (template: string) => string;
};

/** One service: its official way back in, what to have ready, how long, and what to watch. */
export function ServiceDetail(props: ServiceDetailProps) {
  const { copy, fill } = props;
  return (
    <article aria-labelledby="service-title" data-service={props.id}>
      <p className="text-sm font-semibold tracking-wide text-accent-strong uppercase dark:text-accent">
        {props.categoryLabel}
      </p>
      <h1 id="service-title" className="mt-1 text-2xl leading-tight font-bold sm:text-3xl">
        {props.name}
      </h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{props.summary}</p>

      {props.caveat && (
        <section
          aria-labelledby="caveat-heading"
          className="mt-5 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/40"
        >
          <h2 id="caveat-heading" className="font-semibold">
            {props.caveat.confirmed ? copy.noteHeading : copy.caveatHeading}
          </h2>
          {!props.caveat.confirmed && <p className="mt-1">{props.caveat.level}</p>}
          <p className="mt-1">{props.caveat.text}</p>
        </section>
      )}

      <p className="mt-6">
        <Button href={props.recoveryUrl} rel="noopener noreferrer" className="py-2">
          {fill(copy.recoveryLink)}
        </Button>
      </p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{fill(copy.recoveryHost)}</p>

      {props.signsInWith && (
        <p className="mt-4">
          {fill(copy.signsInWith)}{' '}
          <TextLink as={Link} href={`/services/${props.signsInWith.id}`} prefetch={false}>
            {props.signsInWith.name}
          </TextLink>
        </p>
      )}

      <section className="mt-6" aria-labelledby="needs-heading">
        <h2 id="needs-heading" className="text-xl font-bold">
          {copy.needsHeading}
        </h2>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{copy.needsIntro}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {props.needs.map((need) => (
            <li key={need}>{need}</li>
          ))}
        </ul>
      </section>

      {props.wait && (
        <section className="mt-6" aria-labelledby="wait-heading">
          <h2 id="wait-heading" className="text-xl font-bold">
            {copy.waitHeading}
          </h2>
          <p className="mt-1">{props.wait}</p>
        </section>
      )}

      {(props.warnings.length > 0 || props.noFallback) && (
        <section
          className="mt-6 rounded-lg border-l-4 border-red-600 bg-red-50 p-4 dark:border-red-400 dark:bg-red-950/40"
          aria-labelledby="warnings-heading"
        >
          <h2 id="warnings-heading" className="font-semibold">
            {copy.warningsHeading}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {props.noFallback && <li className="font-semibold">{fill(copy.noFallback)}</li>}
            {props.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}

      {props.holderAdvice.length > 0 && (
        <section
          className="mt-6 rounded-lg border-l-4 border-red-600 bg-red-50 p-4 dark:border-red-400 dark:bg-red-950/40"
          aria-labelledby="holder-heading"
        >
          <h2 id="holder-heading" className="font-semibold">
            {copy.holderHeading}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {props.holderAdvice.map((advice) => (
              <li key={advice}>{advice}</li>
            ))}
          </ul>
        </section>
      )}

      <dl className="mt-6 space-y-3 text-sm">
        {props.aliases.length > 0 && (
          <div>
            <dt className="font-semibold">{copy.knownAsHeading}</dt>
            <dd>{props.aliases.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt className="font-semibold">{copy.domainsHeading}</dt>
          <dd>{props.domains.join(', ')}</dd>
        </div>
      </dl>
      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">{props.checked}</p>
    </article>
  );
}
