import { ui, type AgentContent, type Source } from '../../content';
import { MIN_IOS_APP_VERSION } from '../../machines/diagnosis-machine';
import type { CaseCodeProblem } from './code';
import type { TableChange } from './code-tables';
import type { ExplainedStep } from '../wizard/journey';
import { fill, sourceStanding } from '../text';

/** The sentence that explains why a case code could not be read, with where the typo is. */
export function codeProblemText(
  problem: CaseCodeProblem,
  t: AgentContent['console'],
  currentVersion: number,
): string {
  switch (problem.kind) {
    case 'empty':
      return t.code.empty;
    case 'too-short':
      return t.code.tooShort;
    case 'cut-short':
      return t.code.cutShort;
    case 'too-long':
      return t.code.tooLong;
    case 'bad-character':
      return fill(t.code.badCharacter, problem);
    case 'typo':
      return fill(t.code.typo, problem);
    case 'swap':
      return fill(t.code.swap, { position: problem.positions[0] ?? 1 });
    case 'typo-unplaced':
      return t.code.typoUnplaced;
    case 'unknown-version':
      return fill(problem.newer ? t.code.newer : t.code.older, {
        version: problem.version,
        current: currentVersion,
      });
    case 'unreadable':
      return t.code.unreadable;
  }
}

/** Whether a problem names a place in the code, so the page explains how places are counted. */
export function problemHasPosition(problem: CaseCodeProblem): boolean {
  return ['bad-character', 'typo', 'swap'].includes(problem.kind);
}

type Labels = {
  titleOf: (id: string) => string;
  answerLabel: (q: string, v: string) => string;
  /** Why a step is there: a question's reason for being asked, a result's summary. */
  reasonOf?: (id: string) => string | undefined;
};

/** Why an answer led where it did: the rules passed over, then the rule that applied. */
export function ruleText(step: ExplainedStep, rules: AgentContent['rules'], labels: Labels) {
  const values = {
    answer: step.typed ? step.value : labels.answerLabel(step.question, step.value),
    next: labels.titleOf(step.next),
    min: MIN_IOS_APP_VERSION,
  };
  const table = rules as Record<string, { when: string; unless?: string }>;
  const passed = step.notApplied.map((rule) => table[rule]?.unless).filter(Boolean) as string[];
  const applied = table[step.rule]?.when ?? table.isAnswer!.when;
  const reason = labels.reasonOf?.(step.next);
  return [...[...passed, applied].map((s) => fill(s, values)), ...(reason ? [reason] : [])].join(
    ' ',
  );
}

/** The sentence for one change between content versions. */
export function changeText(
  change: TableChange,
  t: AgentContent['console']['otherVersion'],
  titleOf: (id: string) => string,
  answerLabel: (q: string, v: string) => string,
): string {
  const question = titleOf(change.question);
  switch (change.kind) {
    case 'question-gone':
      return fill(t.questionGone, { question });
    case 'answer-gone':
      return fill(t.answerGone, { question, value: change.value });
    case 'answer-added':
      return fill(t.answerAdded, { question, value: answerLabel(change.question, change.value) });
  }
}

export type SummaryInput = {
  code: string;
  version: number;
  link: string;
  steps: { question: string; answer: string; rule: string }[];
  now:
    | { kind: 'question'; title: string }
    | { kind: 'outcome'; title: string; summary: string; category: 'fix' | 'referral' };
  sources: Source[];
};

/** A plain-text summary for a support ticket: answers, reasons, result and sources. */
export function ticketSummary(input: SummaryInput, t: AgentContent['summary']): string {
  const lines = [
    fill(t.title, { code: input.code }),
    fill(t.version, { version: input.version }),
    fill(t.link, { link: input.link }),
    '',
    input.steps.length > 0 ? t.answers : t.noAnswers,
    ...input.steps.flatMap((step, i) => [
      fill(t.line, { n: i + 1, question: step.question }),
      fill(t.answer, { answer: step.answer }),
      fill(t.why, { rule: step.rule }),
    ]),
    '',
  ];
  if (input.now.kind === 'question') {
    lines.push(fill(t.nowQuestion, { title: input.now.title }));
  } else {
    lines.push(
      fill(t.nowOutcome, { title: input.now.title, category: t[input.now.category] }),
      fill(t.outcomeSummary, { summary: input.now.summary }),
    );
  }
  if (input.sources.length > 0) {
    lines.push(
      '',
      t.sources,
      ...input.sources.map((s) =>
        fill(t.source, {
          title: s.title,
          url: s.url,
          standing: sourceStanding(s, ui.outcome, ui.site.locale),
        }),
      ),
    );
  }
  return lines.join('\n');
}
