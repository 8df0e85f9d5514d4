import { TextLink } from '@/components/ui/text-link';

export type FlowListItem = {
  id: string;
  title: string;
  href: string;
  answers: {
    label: string;
    leadsTo: { condition: string | null; title: string; href: string; isOutcome: boolean }[];
  }[];
};

type Props = {
  items: FlowListItem[];
  heading: string;
  intro: string;
  leadsTo: string;
  result: string;
};

/** The flow map as text: each question, its answers, and where each answer leads. */
export function FlowList({ items, heading, intro, leadsTo, result }: Props) {
  return (
    <section className="mt-10" aria-labelledby="flow-list">
      <h2 id="flow-list" className="text-xl font-bold">
        {heading}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{intro}</p>
      <ol className="mt-4 list-decimal space-y-5 pl-6">
        {items.map((item) => (
          <li key={item.id} id={`flow-${item.id}`} className="scroll-mt-4">
            <TextLink href={item.href} weight="semibold">
              {item.title}
            </TextLink>
            <ul className="mt-2 list-disc space-y-2 pl-5">
              {item.answers.map((answer) => (
                <li key={answer.label}>
                  <span className="font-medium">{answer.label}</span> {leadsTo}{' '}
                  {answer.leadsTo.map((target, i) => (
                    <span key={target.href}>
                      {i > 0 && '; '}
                      {target.condition && `${target.condition}: `}
                      <TextLink href={target.href}>{target.title}</TextLink>
                      {target.isOutcome && ` (${result})`}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
