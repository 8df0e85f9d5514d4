import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { insightsCopy, ui } from '../content';
import { planLinkFor } from '../lib/plan/prefill';
import { outcomeCategory } from '../lib/wizard/flow';
import { families, linkTo, outcomeTitle, questionOf } from './journeys';
import { FEEDBACK_PORTS, startServer, stopAll } from './insights-helpers';

// These start their own servers on fixed ports, one after another.
test.describe.configure({ mode: 'serial' });

const t = ui.feedback;
const TOKEN = 'lead-token-for-feedback-tests';
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'feedback-e2e-'));
});
test.afterEach(stopAll);
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One result that leads to a recovery plan and one that does not, read off the content.
const withPlan = families.find((j) => planLinkFor(j.outcome, []) !== null)!;
const withoutPlan = families.find((j) => planLinkFor(j.outcome, []) === null)!;

/** Every request the page makes to the insights API, counted as it is made. */
function insightsRequests(page: Page) {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/insights')) seen.push(request.url());
  });
  return seen;
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
}

const feedbackRows = (file: string) =>
  new Database(file, { readonly: true })
    .prepare(
      'select outcome, said, sum(given) as n from feedback_counts group by outcome, said order by outcome, said',
    )
    .all() as { outcome: string; said: string; n: number }[];

const stepShown = (file: string, step: string) =>
  (
    new Database(file, { readonly: true })
      .prepare('select sum(shown) as n from step_counts where step = ?')
      .get(step) as { n: number }
  ).n;

const languageRows = (file: string) =>
  Object.fromEntries(
    (
      new Database(file, { readonly: true })
        .prepare('select language, sum(shown) as n from language_counts group by language')
        .all() as { language: string; n: number }[]
    ).map((r) => [r.language, r.n]),
  );

async function phonePage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ ...phone, ...options });
  return { context, page: await context.newPage() };
}

test('"Did this fix it?" is counted per result, with and without JavaScript, and shown on /insights', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const file = join(dir, 'counts.db');
  const server = await startServer(FEEDBACK_PORTS[0]!, {
    INSIGHTS_DB: file,
    INSIGHTS_TOKEN: TOKEN,
    INSIGHTS_FLUSH_MS: '200',
  });

  // With JavaScript, in German: "No" shows the next route at once and sends one count.
  const js = await phonePage(browser, { locale: 'de-DE' });
  const sent = insightsRequests(js.page);
  const answered: number[] = [];
  js.page.on('requestfinished', async (request) => {
    if (request.url().endsWith('/api/insights/feedback'))
      answered.push((await request.response())?.status() ?? 0);
  });
  await js.page.goto(`${server.url}${linkTo(withPlan.answers)}`);
  await expect(js.page.getByRole('heading', { level: 1 })).toHaveText(
    outcomeTitle(withPlan.outcome),
  );
  const question = js.page.getByRole('group', { name: t.heading });
  await question.getByRole('button', { name: t.no, exact: true }).click();
  await expect(js.page.getByText(t.replyNo)).toBeVisible();
  await expect(js.page.locator('#fixed-no')).toBeFocused();
  await expect(js.page.getByRole('link', { name: t.nextPlan })).toBeVisible();
  await expect(js.page.getByText(t.replyYes)).toBeHidden();
  await expect(js.page).not.toHaveURL(/#/);
  await expect.poll(() => answered).toEqual([204]);
  await expectAxeClean(js.page);
  // A result without a plan offers to share it with support.
  await js.page.goto(`${server.url}${linkTo(withoutPlan.answers)}`);
  await js.page.getByRole('button', { name: t.no, exact: true }).click();
  await expect(js.page.getByRole('link', { name: t.nextShare })).toHaveAttribute(
    'href',
    /^\/share\?/,
  );
  await expect.poll(() => answered).toEqual([204, 204]);
  expect(sent.filter((url) => url.endsWith('/feedback'))).toHaveLength(2);
  await js.context.close();

  // Without JavaScript: a form; the answer comes back as the fragment and shows its reply.
  const noJs = await phonePage(browser, { javaScriptEnabled: false });
  await noJs.page.goto(`${server.url}${linkTo(withoutPlan.answers)}`);
  await expect(noJs.page.getByText(t.replyNotYet)).toBeHidden();
  await noJs.page.getByRole('button', { name: t.notYet }).click();
  const back = new URL(`${server.url}${linkTo(withoutPlan.answers)}`);
  await expect(noJs.page).toHaveURL(
    (url) =>
      url.pathname === back.pathname && url.search === back.search && url.hash === '#fixed-not-yet',
  );
  await expect(noJs.page.getByText(t.replyNotYet)).toBeVisible();
  await expect(noJs.page.getByText(t.replyNo)).toBeHidden();
  await noJs.page.goto(`${server.url}/outcome/${withPlan.outcome}`);
  await noJs.page.getByRole('button', { name: t.yes }).click();
  await expect(noJs.page).toHaveURL(new RegExp(`/outcome/${withPlan.outcome}#fixed-yes$`));
  await expect(noJs.page.getByText(t.replyYes)).toBeVisible();
  await noJs.page.getByRole('button', { name: t.no, exact: true }).click();
  await expect(noJs.page.getByRole('link', { name: t.nextPlan })).toBeVisible();
  await noJs.context.close();

  // A browser that asks not to be tracked still gets its reply, and nothing is counted.
  const gpc = await phonePage(browser, { extraHTTPHeaders: { 'Sec-GPC': '1' } });
  // The page sees Global Privacy Control as the browser's navigator.globalPrivacyControl.
  await gpc.page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
  );
  const gpcSent = insightsRequests(gpc.page);
  await gpc.page.goto(`${server.url}/outcome/${withPlan.outcome}`);
  await gpc.page.getByRole('button', { name: t.yes }).click();
  await expect(gpc.page.getByText(t.replyYes)).toBeVisible();
  await gpc.context.close();

  const expected = [
    { outcome: withPlan.outcome, said: 'no', n: 2 },
    { outcome: withPlan.outcome, said: 'yes', n: 1 },
    { outcome: withoutPlan.outcome, said: 'no', n: 1 },
    { outcome: withoutPlan.outcome, said: 'not-yet', n: 1 },
  ].sort((a, b) => a.outcome.localeCompare(b.outcome) || a.said.localeCompare(b.said));
  await expect.poll(() => feedbackRows(file)).toEqual(expected);
  expect(gpcSent).toEqual([]);
  // The German pages were counted as German; coming back after the form was not a new step.
  await expect.poll(() => languageRows(file).de).toBe(2);
  // Coming back to the result after the form is not a new step shown: one load with
  // JavaScript and one without.
  expect(stepShown(file, withoutPlan.outcome)).toBe(2);

  // The dashboard shows each result's resolved share beside its count, and the languages.
  const lead = await phonePage(browser, {
    httpCredentials: { username: 'lead', password: TOKEN },
  });
  await lead.page.goto(`${server.url}/insights`);
  const results = lead.page.getByRole('table', { name: insightsCopy.dashboard.outcomes.heading });
  const rowOf = (table: typeof results, label: string) =>
    table.locator('tr', { has: lead.page.getByRole('rowheader', { name: label, exact: true }) });
  const kinds = insightsCopy.dashboard.outcomes;
  const kind = outcomeCategory(withPlan.outcome) === 'fix' ? kinds.fix : kinds.referral;
  // Reached once, a third of the results; of three answers one "Yes", no "Not yet", two "No".
  await expect(rowOf(results, outcomeTitle(withPlan.outcome)).locator('td')).toHaveText([
    kind,
    '1',
    '33%',
    '33%',
    '1',
    '0',
    '2',
  ]);
  const languages = lead.page.getByRole('table', {
    name: insightsCopy.dashboard.languages.heading,
  });
  await expect(rowOf(languages, 'German (de)').locator('td').first()).toHaveText('2');
  await expectAxeClean(lead.page);
  const csv = await lead.page.request.get(`${server.url}/insights/export?format=csv`);
  const text = await csv.text();
  expect(text).toContain(`outcome_feedback,${withPlan.outcome},no,2,`);
  expect(text).toContain(`outcome_resolved,${withPlan.outcome},,1,0.3333`);
  expect(text).toMatch(/\nlanguage,de,,2,/);
  await lead.context.close();
  expect(await server.stop(), server.log()).toBe(0);
});

test('with INSIGHTS=off no page sends anything to the insights API, on the site or in a help desk', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const file = join(dir, 'off.db');
  const server = await startServer(FEEDBACK_PORTS[0]!, { INSIGHTS: 'off', INSIGHTS_DB: file });
  const { context, page } = await phonePage(browser);
  const sent = insightsRequests(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server.url}/check`);
  for (const [question, value] of withPlan.answers) {
    const q = questionOf(question);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.title);
    await page.getByRole('link', { name: q.answers[value]!.label }).first().click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(withPlan.outcome));
  // The question can still be answered, and still shows the way on.
  await page.getByRole('button', { name: t.no, exact: true }).click();
  await expect(page.getByRole('link', { name: t.nextPlan })).toBeVisible();

  // A help desk's page framing the embed, on another origin.
  const helpDesk = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(
      `<!doctype html><html lang="en"><title>Help</title><iframe title="Checklist" src="${server.url}/embed" style="width:100%;height:900px"></iframe></html>`,
    );
  });
  await new Promise<void>((resolve) => helpDesk.listen(FEEDBACK_PORTS[1], '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${FEEDBACK_PORTS[1]}/kb/article-7`);
  const frame = page.frameLocator('iframe');
  for (const [question, value] of withPlan.answers) {
    const q = questionOf(question);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(q.title);
    await frame.getByRole('link', { name: q.answers[value]!.label }).first().click();
  }
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(withPlan.outcome));
  await frame.getByRole('button', { name: t.yes }).click();
  await expect(frame.getByText(t.replyYes)).toBeVisible();
  await new Promise((resolve) => helpDesk.close(resolve));
  await context.close();

  expect(sent).toEqual([]);
  expect(errors).toEqual([]);
  expect(await server.stop(), server.log()).toBe(0);
});

test('the accessibility statement is linked from the footer and the embed docs', async ({
  browser,
}) => {
  const { context, page } = await phonePage(browser);
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(page.getByText(/WCAG\) 2\.2 at level AA/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Known limits' })).toBeVisible();
  await page.goto('/embed/docs');
  await page.getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await context.close();
});
