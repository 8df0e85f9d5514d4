import {
  agentContent,
  answerLabel,
  CONTENT_VERSION,
  outcomeContent,
  questionContent,
  source,
  stepTitle,
  ticketText,
  ui,
  type Source,
} from '../../content';
import type { Answer } from '../../machines/diagnosis-machine';
import { encodeCaseCode } from './code';
import { CODEC_TABLES, tableChanges } from './code-tables';
import type { CaseInput } from './input';
import { changeText, codeProblemText, problemHasPosition, ruleText, ticketSummary } from './text';
import { outcomeCategory } from '../wizard/flow';
import { explainJourney } from '../wizard/journey';
import { problemMessages } from '../wizard/problem-text';
import { replayAnswers, type ReplayProblem } from '../wizard/replay';
import { hrefFor } from '../wizard/step-model';
import { fill } from '../text';
import { ticketFormats, type TicketFormats, type TicketStep } from './ticket-formats';

/**
 * The question whose answer is the customer's platform in the ticket's short form. If the
 * checklist stops asking it, the short form says "not answered" rather than guessing.
 */
const PLATFORM_QUESTION = 'platforms';

/** Everything the support console shows about one customer's journey, as plain data. */
export type CaseReport = {
  code: string | null;
  link: string;
  path: string;
  steps: { question: string; answer: string; rule: string }[];
  now:
    | { kind: 'question'; id: string; title: string }
    | {
        kind: 'outcome';
        id: string;
        title: string;
        summary: string;
        category: 'fix' | 'referral';
      };
  sourceOrder: string[];
  notices: string[];
  otherVersion: { messages: string[]; changes: string[] } | null;
  /** The short form, then the full transcript, as plain text (the same as `formats.text`). */
  summary: string;
  formats: TicketFormats;
};

export type CaseResult =
  | { kind: 'none' }
  | { kind: 'problem'; messages: string[] }
  | { kind: 'report'; report: CaseReport };

const t = agentContent.console;
const titleOf = (id: string) => stepTitle(id) ?? id;

function outcomeSources(id: string): string[] {
  const outcome = outcomeContent(id);
  if (!outcome) return [];
  return [
    ...new Set([
      ...outcome.steps.flatMap((s) => s.sources),
      ...outcome.uncertain.flatMap((n) => n.sources),
    ]),
  ];
}

function report(
  answers: readonly Answer[],
  origin: string | null,
  extra: {
    problems?: ReplayProblem[];
    notices?: string[];
    otherVersion?: CaseReport['otherVersion'];
    outcomeOnly?: string;
  },
): CaseReport {
  const replay = replayAnswers(answers);
  const stateId = extra.outcomeOnly ?? replay.stateId;
  const path = extra.outcomeOnly
    ? `/outcome/${extra.outcomeOnly}`
    : hrefFor('/check', replay.answers, CONTENT_VERSION);
  const link = origin ? `${origin}${path}` : path;
  const code = extra.outcomeOnly ? null : encodeCaseCode(replay.answers, CONTENT_VERSION);
  const reasonOf = (id: string) => questionContent(id)?.why ?? outcomeContent(id)?.summary;
  const labels = { titleOf, answerLabel, reasonOf };
  const steps = explainJourney(replay.answers).map((step) => ({
    question: titleOf(step.question),
    answer: step.typed ? step.value : answerLabel(step.question, step.value),
    rule: ruleText(step, agentContent.rules, labels),
  }));
  const outcome = outcomeContent(stateId);
  const now: CaseReport['now'] = outcome
    ? {
        kind: 'outcome',
        id: stateId,
        title: outcome.title,
        summary: outcome.summary,
        category: outcomeCategory(stateId),
      }
    : { kind: 'question', id: stateId, title: titleOf(stateId) };
  const sourceOrder = outcome ? outcomeSources(stateId) : [];
  const notices = [
    ...(extra.notices ?? []),
    ...problemMessages([...(extra.problems ?? []), ...replay.problems], titleOf, ui),
  ];
  const transcript = ticketSummary(
    {
      code: code ?? '–',
      version: CONTENT_VERSION,
      link,
      steps,
      now,
      sources: sourceOrder.map(source).filter((s): s is Source => s !== undefined),
    },
    agentContent.summary,
  );
  const explained = explainJourney(replay.answers);
  const ticketSteps: TicketStep[] = explained.map((step, i) => ({
    questionId: step.question,
    question: steps[i]!.question,
    value: step.value,
    answer: steps[i]!.answer,
    rule: steps[i]!.rule,
  }));
  const platform = replay.answers.find((a) => a.question === PLATFORM_QUESTION);
  const formats = ticketFormats(
    {
      situation: steps[0]?.answer ?? null,
      platform: platform ? answerLabel(platform.question, platform.value) : null,
      result:
        now.kind === 'outcome'
          ? {
              kind: 'outcome',
              id: now.id,
              title: now.title,
              category: now.category,
              label: agentContent.summary[now.category],
            }
          : { kind: 'question', id: now.id, title: now.title },
      next:
        now.kind === 'outcome'
          ? (outcome?.steps[0]?.text ?? now.summary)
          : fill(ticketText.askNext, { title: now.title }),
      link,
      code,
    },
    ticketSteps,
    transcript,
    ticketText,
    CONTENT_VERSION,
  );
  return {
    code,
    link,
    path,
    steps,
    now,
    sourceOrder,
    notices,
    otherVersion: extra.otherVersion ?? null,
    summary: formats.text,
    formats,
  };
}

/** Turns what the agent entered into a report, or the reasons it could not be read. */
export function caseResult(input: CaseInput, origin: string | null): CaseResult {
  switch (input.kind) {
    case 'none':
      return { kind: 'none' };
    case 'not-ours':
      return { kind: 'problem', messages: [t.link.notOurs] };
    case 'outcome-page':
      return {
        kind: 'report',
        report: report([], origin, { outcomeOnly: input.outcome, notices: [t.link.outcomePage] }),
      };
    case 'link':
      return {
        kind: 'report',
        report: report(input.replay.answers, origin, {
          problems: input.replay.problems,
          notices: input.hasAnswers ? [] : [t.link.noAnswers],
        }),
      };
    case 'code': {
      const { read } = input;
      if (!read.ok) {
        const messages = [codeProblemText(read.problem, t, CONTENT_VERSION)];
        if (problemHasPosition(read.problem)) messages.push(t.counting);
        return { kind: 'problem', messages: [...messages, t.tryAgain] };
      }
      let otherVersion: CaseReport['otherVersion'] = null;
      if (read.version !== CONTENT_VERSION) {
        const v = t.otherVersion;
        const values = { version: read.version, current: CONTENT_VERSION };
        const messages = [fill(v.read, values)];
        if (read.stoppedAt) {
          const question = titleOf(read.stoppedAt.question);
          messages.push(
            read.stoppedAt.value === undefined
              ? fill(v.stoppedQuestion, { ...values, question })
              : fill(v.stoppedAnswer, { question, value: read.stoppedAt.value }),
          );
        }
        const asked = [
          ...read.answers.map((a) => a.question),
          ...(read.stoppedAt ? [read.stoppedAt.question] : []),
        ];
        const from = CODEC_TABLES[read.version];
        const to = CODEC_TABLES[CONTENT_VERSION];
        const changes =
          from && to
            ? tableChanges(from, to, asked).map((c) => changeText(c, v, titleOf, answerLabel))
            : [];
        otherVersion = { messages, changes: changes.length > 0 ? changes : [v.noChanges] };
      }
      return { kind: 'report', report: report(read.answers, origin, { otherVersion }) };
    }
  }
}
