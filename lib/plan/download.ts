import type { ServicesUi } from '../../content';
import type { PlanEntry, PlanSection } from './entry';

/** What a downloaded plan holds: the plan as the page shows it, and which services are ticked. */
export type PlanFile = {
  title: string;
  intro: string;
  /** The plan's own link, absolute: the file names where it came from. */
  planUrl: string;
  sections: readonly PlanSection[];
  ticked: readonly string[];
  words: Pick<
    ServicesUi['plan'],
    'needsLabel' | 'waitLabel' | 'fileFrom' | 'fileDone' | 'fileNotDone'
  >;
};

export type PlanFileFormat = 'html' | 'md';

export const PLAN_FILE_NAMES: Record<PlanFileFormat, string> = {
  html: 'recovery-plan.html',
  md: 'recovery-plan.md',
};

/** Every link in the file points at the page itself: a file opened offline has no site to be relative to. */
function absolute(href: string, base: string): string {
  return new URL(href, base).href;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// Light by default, dark where the device asks for it, black on white on paper. No scripts:
// the file is opened from a phone's downloads, where nothing should run.
const FILE_STYLE = `
:root{color-scheme:light dark}
body{font:17px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;color:#0f172a;background:#fff}
a{color:#1d4ed8;overflow-wrap:anywhere}
h1{font-size:1.6rem;line-height:1.2}
h2{font-size:1.2rem;line-height:1.3;margin-top:1.5rem}
ol{padding:0;list-style:none}
li.item{border:2px solid #cbd5e1;border-radius:8px;padding:.75rem 1rem;margin:.75rem 0;break-inside:avoid}
.name{display:flex;align-items:center;gap:.4rem;font-size:1.15rem;font-weight:700;margin:0}
.item ul{margin:.25rem 0 .5rem;padding-left:1.25rem}
.needs{font-weight:600;margin-bottom:0}
.box{font-size:1.9rem;line-height:1}
.note{font-weight:600;color:#1e3a8a}
.warn{color:#991b1b}
.caveat{color:#78350f}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-color-scheme:dark){body{color:#e2e8f0;background:#0b1220}a{color:#93c5fd}li.item{border-color:#475569}.note{color:#bfdbfe}.warn{color:#fca5a5}.caveat{color:#fde68a}}
@media print{:root{color-scheme:light}body{color:#000;background:#fff}a{color:#000}li.item{border-color:#000}.note,.warn,.caveat{color:#000}}
`.trim();

function entryHtml(entry: PlanEntry, file: PlanFile): string {
  const done = file.ticked.includes(entry.id);
  const { words } = file;
  const lines = [
    `<li class="item" data-service="${escapeHtml(entry.id)}">`,
    `<p class="name"><span class="box" aria-hidden="true">${done ? '☑' : '☐'}</span>` +
      `<span class="sr">${escapeHtml(done ? words.fileDone : words.fileNotDone)}: </span>` +
      `${entry.step}. ${escapeHtml(entry.name)}</p>`,
    ...entry.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`),
    entry.action.kind === 'link'
      ? `<p><a href="${escapeHtml(absolute(entry.action.href, file.planUrl))}">${escapeHtml(entry.action.label)}</a></p>`
      : `<p><strong>${escapeHtml(entry.action.text)}</strong></p>`,
    `<p class="needs">${escapeHtml(words.needsLabel)}</p>`,
    `<ul>${entry.needs.map((need) => `<li>${escapeHtml(need)}</li>`).join('')}</ul>`,
    ...(entry.wait
      ? [`<p><strong>${escapeHtml(words.waitLabel)}</strong> ${escapeHtml(entry.wait)}</p>`]
      : []),
    ...(entry.warnings.length > 0
      ? [`<ul class="warn">${entry.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`]
      : []),
    ...(entry.caveat ? [`<p class="caveat">${escapeHtml(entry.caveat)}</p>`] : []),
    `<p><a href="${escapeHtml(absolute(entry.more.href, file.planUrl))}">${escapeHtml(entry.more.label)}</a></p>`,
    '</li>',
  ];
  return lines.join('\n');
}

/** The plan as one self-contained web page: its styles inside, no scripts, every link absolute. */
export function planFileHtml(file: PlanFile): string {
  const planUrl = escapeHtml(file.planUrl);
  const sections = file.sections.map((section) =>
    [
      `<h2>${escapeHtml(section.heading)}</h2>`,
      `<ol>`,
      ...section.entries.map((entry) => entryHtml(entry, file)),
      '</ol>',
    ].join('\n'),
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(file.title)}</title>`,
    `<style>${FILE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(file.title)}</h1>`,
    `<p>${escapeHtml(file.intro)}</p>`,
    ...sections,
    `<p>${escapeHtml(file.words.fileFrom)} <a href="${planUrl}">${planUrl}</a></p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Markdown's own characters, escaped so a name or a warning reads as the words it is. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&');
}

/** A link target Markdown cannot misread: no spaces, no brackets. */
function markdownUrl(href: string, base: string): string {
  return absolute(href, base).replace(/[()<> ]/g, (c) => encodeURIComponent(c));
}

function entryMarkdown(entry: PlanEntry, file: PlanFile): string {
  const done = file.ticked.includes(entry.id);
  const { words } = file;
  const indent = (text: string) => `   ${text}`;
  const link = (label: string, href: string) =>
    `[${escapeMarkdown(label)}](${markdownUrl(href, file.planUrl)})`;
  return [
    `${entry.step}. [${done ? 'x' : ' '}] **${escapeMarkdown(entry.name)}** (${escapeMarkdown(done ? words.fileDone : words.fileNotDone)})`,
    ...entry.notes.map((note) => indent(`**${escapeMarkdown(note)}**`)),
    indent(
      entry.action.kind === 'link'
        ? link(entry.action.label, entry.action.href)
        : escapeMarkdown(entry.action.text),
    ),
    indent(escapeMarkdown(words.needsLabel)),
    ...entry.needs.map((need) => indent(`- ${escapeMarkdown(need)}`)),
    ...(entry.wait
      ? [indent(`${escapeMarkdown(words.waitLabel)} ${escapeMarkdown(entry.wait)}`)]
      : []),
    ...entry.warnings.map((warning) => indent(`- ⚠ ${escapeMarkdown(warning)}`)),
    ...(entry.caveat ? [indent(escapeMarkdown(entry.caveat))] : []),
    indent(link(entry.more.label, entry.more.href)),
  ]
    .map((line, i) => (i === 0 ? line : `\n${line}`))
    .join('\n');
}

/** The same plan as plain text with Markdown marks, ticks as `[x]` and `[ ]`. */
export function planFileMarkdown(file: PlanFile): string {
  return [
    `# ${escapeMarkdown(file.title)}`,
    escapeMarkdown(file.intro),
    ...file.sections.flatMap((section) => [
      `## ${escapeMarkdown(section.heading)}`,
      ...section.entries.map((entry) => entryMarkdown(entry, file)),
    ]),
    `${escapeMarkdown(file.words.fileFrom)} <${markdownUrl(file.planUrl, file.planUrl)}>`,
    '',
  ].join('\n\n');
}
