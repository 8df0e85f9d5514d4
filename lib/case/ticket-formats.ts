import type { TicketText } from '../../content';
import { fill } from '../text';

/**
 * The support console's ticket summary in the shapes help desks paste: the short form first
 * (situation, platform, result, next action, link, code), then the full transcript.
 */

export const TICKET_JSON_VERSION = 1;

export type TicketBrief = {
  situation: string | null;
  platform: string | null;
  result:
    | { kind: 'outcome'; id: string; title: string; category: 'fix' | 'referral'; label: string }
    | { kind: 'question'; id: string; title: string };
  next: string;
  link: string;
  code: string | null;
};

export type TicketStep = {
  questionId: string;
  question: string;
  value: string;
  answer: string;
  rule: string;
};

export type TicketFormats = { text: string; markdown: string; html: string; json: string };

function briefRows(brief: TicketBrief, t: TicketText): [string, string][] {
  const result =
    brief.result.kind === 'outcome'
      ? fill(t.resultLine, { title: brief.result.title, category: brief.result.label })
      : fill(t.notFinished, { title: brief.result.title });
  return [
    [t.situation, brief.situation ?? t.none],
    [t.platform, brief.platform ?? t.none],
    [t.result, result],
    [t.next, brief.next],
    [t.link, brief.link],
    [t.code, brief.code ?? '–'],
  ];
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const escapeMarkdown = (value: string) => value.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** Only http(s) links become anchors: a help desk's editor must never get a script URL. */
const safeHref = (value: string) => (/^https?:\/\//.test(value) ? value : null);

export function ticketFormats(
  brief: TicketBrief,
  steps: readonly TicketStep[],
  transcriptText: string,
  t: TicketText,
  contentVersion: number,
): TicketFormats {
  const rows = briefRows(brief, t);
  const text = [
    t.heading,
    ...rows.map(([label, value]) => `${label}: ${value}`),
    '',
    t.transcript,
    transcriptText,
  ].join('\n');

  const markdown = [
    `**${escapeMarkdown(t.heading)}**`,
    '',
    ...rows.map(([label, value]) => {
      const href = label === t.link ? safeHref(value) : null;
      const shown = href ? `<${href}>` : escapeMarkdown(value);
      return `- **${escapeMarkdown(label)}:** ${shown}`;
    }),
    '',
    `**${escapeMarkdown(t.transcript)}**`,
    '',
    ...steps.map(
      (step, i) =>
        `${i + 1}. ${escapeMarkdown(step.question)}: **${escapeMarkdown(step.answer)}**. ${escapeMarkdown(step.rule)}`,
    ),
  ].join('\n');

  const html = [
    `<p><strong>${escapeHtml(t.heading)}</strong></p>`,
    '<ul>',
    ...rows.map(([label, value]) => {
      const href = label === t.link ? safeHref(value) : null;
      const shown = href
        ? `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`
        : escapeHtml(value);
      return `<li><strong>${escapeHtml(label)}:</strong> ${shown}</li>`;
    }),
    '</ul>',
    `<p><strong>${escapeHtml(t.transcript)}</strong></p>`,
    '<ul>',
    ...steps.map(
      (step) =>
        `<li>${escapeHtml(step.question)}: <strong>${escapeHtml(step.answer)}</strong>. ${escapeHtml(step.rule)}</li>`,
    ),
    '</ul>',
  ].join('\n');

  const json = JSON.stringify(
    {
      format: 'authenticator-restore-case',
      formatVersion: TICKET_JSON_VERSION,
      contentVersion,
      code: brief.code,
      link: brief.link,
      situation: brief.situation,
      platform: brief.platform,
      result:
        brief.result.kind === 'outcome'
          ? {
              kind: 'outcome',
              id: brief.result.id,
              title: brief.result.title,
              category: brief.result.category,
            }
          : { kind: 'question', id: brief.result.id, title: brief.result.title },
      nextAction: brief.next,
      answers: steps.map((step) => ({
        question: step.questionId,
        questionTitle: step.question,
        value: step.value,
        answer: step.answer,
        why: step.rule,
      })),
    },
    null,
    2,
  );

  return { text, markdown, html, json };
}
