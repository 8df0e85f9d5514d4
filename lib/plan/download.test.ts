import { describe, expect, it } from 'vitest';
import { services, servicesUi, type Service } from '../../content';
import {
  escapeHtml,
  escapeMarkdown,
  planFileHtml,
  planFileMarkdown,
  type PlanFile,
} from './download';
import { planSections } from './entry';
import { orderPlan, type PlanOptions } from './recovery-plan';

const allIds = services.map((service) => service.id);
const PLAN_URL = 'https://example.org/plan?s=google,github&holder=apple';

function fileOf(
  ids: readonly string[],
  options: PlanOptions = {},
  ticked: string[] = [],
  list: readonly Service[] = services,
): PlanFile {
  return {
    title: servicesUi.plan.title,
    intro: servicesUi.plan.intro,
    planUrl: PLAN_URL,
    sections: planSections(orderPlan(list, ids, options)),
    ticked,
    words: servicesUi.plan,
  };
}

/** Every href in the HTML, as written (still escaped). */
const hrefsOf = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
/** Every link target in the Markdown: `[label](target)` and `<target>`. */
const targetsOf = (md: string) => [
  ...[...md.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]!),
  ...[...md.matchAll(/<([^>]*)>/g)].map((m) => m[1]!),
];

describe('the downloaded plan', () => {
  const full = fileOf(allIds, { backupHolder: 'apple', workSchool: true }, ['google', 'apple']);
  const html = planFileHtml(full);
  const md = planFileMarkdown(full);

  it('is a whole page with no script in any form', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
  });

  it('links only to absolute web addresses, in both files', () => {
    const hrefs = hrefsOf(html);
    // Two per service (its recovery page, or the help desk, and its page here), and the plan.
    expect(hrefs.length).toBe(allIds.length * 2);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    const targets = targetsOf(md);
    expect(targets.length).toBe(hrefs.length);
    for (const target of targets) expect(target).toMatch(/^https:\/\/[^\s()<>]+$/);
  });

  it('links each service to its official recovery page and to its page on this site', () => {
    const github = services.find((s) => s.id === 'github')!;
    expect(hrefsOf(html)).toContain(escapeHtml(github.recoveryUrl));
    expect(hrefsOf(html)).toContain('https://example.org/services/github');
    expect(md).toContain(`(${github.recoveryUrl})`);
  });

  it('marks ticked services as done and the rest as not done', () => {
    expect(html).toMatch(/☑<\/span><span class="sr">Done: <\/span>\d+\. Google</);
    expect(html).toMatch(/☐<\/span><span class="sr">Not done yet: <\/span>\d+\. GitHub</);
    expect(md).toMatch(/^\d+\. \[x\] \*\*Google\*\*/m);
    expect(md).toMatch(/^\d+\. \[ \] \*\*GitHub\*\*/m);
    expect(html.match(/☑/g)).toHaveLength(2);
  });

  it('escapes what a service or a link could bring in', () => {
    const github = services.find((s) => s.id === 'github')!;
    const hostile: Service = {
      ...github,
      name: '<script>alert("x")</script> & Co',
      recoveryUrl: 'https://github.com/a"b<c>',
    };
    const file = fileOf(['github'], {}, [], [hostile]);
    const page = planFileHtml(file);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(hrefsOf(page)).toContain('https://github.com/a%22b%3Cc%3E');
    const text = planFileMarkdown(file);
    expect(text).toContain('**\\<script\\>alert\\("x"\\)\\</script\\> & Co**');
  });

  it('escapes HTML and Markdown characters', () => {
    expect(escapeHtml(`<a href='x'>&"</a>`)).toBe(
      '&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;',
    );
    expect(escapeMarkdown('[x](y) *b* _i_ #h')).toBe('\\[x\\]\\(y\\) \\*b\\* \\_i\\_ \\#h');
  });
});
