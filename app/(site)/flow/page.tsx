import type { Metadata } from 'next';
import { FlowDiagramView } from '@/components/flow/flow-diagram-view';
import { FlowList, type FlowListItem } from '@/components/flow/flow-list';
import { FlowPathNote } from '@/components/flow/flow-path';
import { agentContent, CONTENT_VERSION, questionContent, stepTitle, ui } from '@/content';
import { MIN_IOS_APP_VERSION } from '@/machines/diagnosis-machine';
import { EDGES, isOutcomeId, isQuestionId, type Edge } from '@/lib/wizard/flow';
import { layoutFlow } from '@/lib/wizard/flow-diagram';
import { conditionOf } from '@/lib/wizard/journey';
import { reachableStates, shortestPathTo } from '@/lib/wizard/paths';
import { hrefFor } from '@/lib/wizard/step-model';
import { fill } from '@/lib/text';

export const metadata: Metadata = {
  title: agentContent.flow.title,
  description: agentContent.flow.intro,
};

const t = agentContent.flow;
const titleOf = (id: string) => stepTitle(id) ?? id;
const pageOf = (id: string) =>
  isOutcomeId(id) ? `/outcome/${id}` : hrefFor('/check', shortestPathTo(id) ?? [], CONTENT_VERSION);

function conditionText(edge: Edge): string | null {
  const { rules, otherwise } = conditionOf(edge);
  if (otherwise) return t.otherwise;
  const when = t.when as Record<string, string>;
  const parts = rules
    .filter((rule) => when[rule])
    .map((rule) => fill(when[rule]!, { min: MIN_IOS_APP_VERSION }));
  return parts.length > 0 ? parts.join(', ') : null;
}

function answerText(edge: Edge): string {
  if (edge.event !== 'answer.select') return t.typed;
  return questionContent(edge.from)?.answers[edge.value ?? '']?.label ?? edge.value ?? '';
}

function listItems(states: string[]): FlowListItem[] {
  return states.filter(isQuestionId).map((id) => {
    const groups = new Map<string, Edge[]>();
    for (const edge of EDGES.filter((e) => e.from === id)) {
      const key = edge.event === 'answer.select' ? `select:${edge.value}` : 'typed';
      groups.set(key, [...(groups.get(key) ?? []), edge]);
    }
    return {
      id,
      title: titleOf(id),
      href: pageOf(id),
      answers: [...groups.values()].map((edges) => ({
        label: answerText(edges[0]!),
        leadsTo: edges.map((edge) => ({
          condition: conditionText(edge),
          title: titleOf(edge.to),
          href: isOutcomeId(edge.to) ? pageOf(edge.to) : `#flow-${edge.to}`,
          isOutcome: isOutcomeId(edge.to),
        })),
      })),
    };
  });
}

// The page is prerendered, so the tree is laid out at build time; kept once per process in
// case the page is rendered again (in development, on every request).
let layout: ReturnType<typeof layoutFlow> | null = null;

/** The whole decision tree, drawn from the machine, and as a list. */
export default async function FlowPage() {
  const states = reachableStates();
  const diagram = await (layout ??= layoutFlow(states, {
    title: titleOf,
    edge: (edge) => {
      const condition = conditionText(edge);
      if (edge.event !== 'answer.select') return condition ?? t.typed;
      return condition ? `${answerText(edge)} (${condition})` : answerText(edge);
    },
  }));
  const legend = [
    { label: t.legendQuestion, className: 'border-slate-500 bg-white dark:bg-slate-900' },
    {
      label: t.legendFix,
      className: 'border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950',
    },
    {
      label: t.legendReferral,
      className: 'border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-amber-950',
    },
  ];
  return (
    <>
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
      <ul className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {legend.map((item) => (
          <li key={item.label} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={`inline-block h-4 w-6 rounded border-2 ${item.className}`}
            />
            {item.label}
          </li>
        ))}
      </ul>
      <FlowPathNote
        version={CONTENT_VERSION}
        titles={Object.fromEntries(states.map((id) => [id, titleOf(id)]))}
        texts={{
          pathIntro: t.pathIntro,
          pathBack: t.pathBack,
          pathUnread: t.pathUnread,
          pathNone: t.pathNone,
        }}
      />
      <FlowDiagramView
        diagram={diagram}
        hrefOf={pageOf}
        titleOf={titleOf}
        caption={t.diagramLabel}
        version={CONTENT_VERSION}
        controls={ui.flowMap}
      />
      <FlowList
        items={listItems(states)}
        heading={t.textHeading}
        intro={t.textIntro}
        leadsTo={t.leadsTo}
        result={t.result}
      />
    </>
  );
}
