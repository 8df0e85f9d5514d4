import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { answerValues, isVersionQuestion } from '../lib/wizard/flow';
import { answerPaths } from '../lib/wizard/paths';
import { leadsTo, STEP_IDS } from '../lib/insights/steps';
import type { Answer } from '../machines/diagnosis-machine';
import { CONTENT_VERSION, insightsCopy as insights, ui } from '../content';
import { answer, questionOf } from './journeys';
import {
  add,
  expectWalk,
  INSIGHTS_PORTS,
  isOutcomeId,
  NEEDS_POSTGRES,
  postgresTotals,
  resetPostgres,
  sqliteTotals,
  startServer,
  stopAll,
  stateAfter,
  type Server,
  type Totals,
} from './insights-helpers';

// These start their own servers on fixed ports, one after another.
test.describe.configure({ mode: 'serial' });

const TOKEN = 'lead-token-for-tests';
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'insights-e2e-'));
});
test.afterEach(stopAll);
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Journeys read off the machine, so they follow its changes.
const isTyped = (a: Answer) =>
  isVersionQuestion(a.question) && !answerValues(a.question).includes(a.value);
const toOutcomes = answerPaths().filter((p) => isOutcomeId(p.stateId));
const withJs = toOutcomes.find((p) => p.answers.length >= 3 && !p.answers.some(isTyped))!;
const typed = toOutcomes.find((p) => p.answers.some(isTyped));
const withoutJs = toOutcomes.find(
  (p) => p.stateId !== withJs.stateId && p.answers.length >= 2 && !p.answers.some(isTyped),
)!;
const inEmbed = toOutcomes.find(
  (p) => p.answers.length >= 2 && p.stateId !== withoutJs.stateId && !p.answers.some(isTyped),
)!;

async function walk(page: Page, answers: Answer[]) {
  for (const given of answers) await answer(page, given.question, given.value);
}

/** Counts this page's beacons that the server has answered. */
function beaconsOf(page: Page) {
  const done: number[] = [];
  page.on('requestfinished', async (request) => {
    if (request.url().endsWith('/api/insights'))
      done.push((await request.response())?.status() ?? 0);
  });
  return done;
}

/** A page load as a browser makes it: it asks for HTML. */
const load = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { Accept: 'text/html', ...headers } });

const beacon = (server: Server, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/insights`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

test('counts are exact after scripted journeys, and SIGTERM loses none of them', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const file = join(dir, 'counts.db');
  // A long interval: whatever is stored at the end was written by the shutdown.
  const server = await startServer(INSIGHTS_PORTS[0]!, {
    INSIGHTS_DB: file,
    INSIGHTS_FLUSH_MS: '600000',
  });
  const expected: Totals = {};

  // With JavaScript: first page from the server, then beacons; one Back on the way.
  const js = await browser.newPage();
  const sent = beaconsOf(js);
  await js.goto(`${server.url}/check`);
  const [first, second, ...rest] = withJs.answers as [Answer, Answer, ...Answer[]];
  await walk(js, [first, second]);
  await js.getByRole('link', { name: ui.wizard.back, exact: true }).click();
  await expect(js.getByRole('heading', { level: 1 })).toHaveText(questionOf(second.question).title);
  await walk(js, [second, ...rest]);
  expectWalk(expected, 'site', withJs.answers);
  add(expected, `site  ${stateAfter([first])}`);
  add(expected, `site  ${stateAfter([first, second])}`);
  add(expected, `site  ${second.question}=${second.value}`);
  let beacons = withJs.answers.length + 2;
  // Each page's beacons are in before the next page, so none is lost to the navigation.
  await expect.poll(() => sent.length).toBe(beacons);

  if (typed) {
    await js.goto(`${server.url}/check`);
    await walk(js, typed.answers);
    expectWalk(expected, 'site', typed.answers);
    beacons += typed.answers.length;
    await expect.poll(() => sent.length).toBe(beacons);
  }

  // Reached through the router from another page: the wizard counts its first step itself.
  await js.goto(`${server.url}/outcome/${withoutJs.stateId}`);
  await js.getByRole('link', { name: ui.outcome.startChecklist }).click();
  await expect(js.getByRole('heading', { level: 1 })).toHaveText(questionOf(stateAfter([])).title);
  add(expected, `site  ${stateAfter([])}`);
  beacons += 1;
  await expect.poll(() => sent.length).toBe(beacons);

  // In the embed, opened on its own.
  await js.goto(`${server.url}/embed`);
  await walk(js, inEmbed.answers);
  expectWalk(expected, 'embed', inEmbed.answers);
  beacons += inEmbed.answers.length;
  await expect.poll(() => sent.length).toBe(beacons);

  // Framed by a help desk's page on another origin: every step carries that page's origin,
  // and only that.
  const helpDesk = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(
      `<!doctype html><html lang="en"><title>Help</title><iframe title="Checklist" src="${server.url}/embed" style="width:100%;height:900px"></iframe></html>`,
    );
  });
  await new Promise<void>((resolve) => helpDesk.listen(INSIGHTS_PORTS[1], '127.0.0.1', resolve));
  const host = `http://127.0.0.1:${INSIGHTS_PORTS[1]}`;
  await js.goto(`${host}/kb/article-7?customer=42`);
  const frame = js.frameLocator('iframe');
  for (const given of inEmbed.answers) {
    const q = questionOf(given.question);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(q.title);
    await frame.getByRole('link', { name: q.answers[given.value]!.label }).first().click();
  }
  expectWalk(expected, 'embed', inEmbed.answers, host);
  beacons += inEmbed.answers.length;
  await expect.poll(() => sent.length).toBe(beacons);
  await new Promise((resolve) => helpDesk.close(resolve));
  expect(new Set(sent)).toEqual(new Set([204]));
  await js.close();

  // Without JavaScript: every step is a page load.
  const noJsContext = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await noJsContext.newPage();
  await noJs.goto(`${server.url}/check`);
  await walk(noJs, withoutJs.answers);
  expectWalk(expected, 'site', withoutJs.answers);
  await noJsContext.close();

  // A help desk's page framing the embed: only its origin is kept.
  const framed = await load(`${server.url}/embed`, {
    Referer: 'https://help.example.com/kb/article-12?user=42',
    'Sec-Fetch-Dest': 'iframe',
  });
  expect(framed.status).toBe(200);
  add(expected, `embed https://help.example.com ${stateAfter([])}`);

  // Global Privacy Control and Do Not Track: pages and beacons alike are not counted.
  const gpcContext = await browser.newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
  const gpc = await gpcContext.newPage();
  const gpcSent = beaconsOf(gpc);
  await gpc.goto(`${server.url}/check`);
  await walk(gpc, withJs.answers.slice(0, 2));
  await expect.poll(() => gpcSent.length).toBe(2);
  await gpcContext.close();
  expect((await load(`${server.url}/check`, { DNT: '1' })).status).toBe(200);

  // Prefetches and router fetches are not visits; nor is the embed docs' live preview.
  const notVisits: Record<string, string>[] = [
    { 'Sec-Purpose': 'prefetch' },
    { 'Sec-Purpose': 'prefetch;prerender', 'Sec-Fetch-Dest': 'document' },
    { Accept: '*/*', RSC: '1', 'Next-Router-Prefetch': '1' },
    { Accept: '*/*', 'Sec-Fetch-Dest': 'empty' },
  ];
  for (const headers of notVisits) {
    expect((await load(`${server.url}/check`, headers)).status).toBe(200);
  }
  const preview = await load(`${server.url}/embed`, {
    Referer: `${server.url}/embed/docs`,
    'Sec-Fetch-Dest': 'iframe',
  });
  expect(preview.status).toBe(200);

  // Hostile beacons: refused with a 4xx, and not counted.
  const step = stateAfter(withJs.answers.slice(0, 1));
  const good = {
    v: CONTENT_VERSION,
    step,
    entry: 'site',
    from: { question: first.question, answer: first.value },
  };
  const refused: [unknown, Record<string, string>?][] = [
    [{ ...good, step: 'no-such-step' }],
    [{ ...good, from: { question: first.question, answer: 'no-such-answer' } }],
    [{ ...good, step: STEP_IDS.find((id) => !leadsTo(first.question, first.value, id)) }],
    [{ ...good, v: 999 }],
    [{ ...good, ip: '203.0.113.9' }],
    [{ ...good, host: 'https://help.example.com' }],
    [{ ...good, entry: 'embed', host: 'https://help.example.com/path?x=1' }],
    ['{"v":1,'],
    [JSON.stringify({ ...good, pad: 'x'.repeat(2_000) })],
    [good, { 'Content-Type': 'application/x-www-form-urlencoded' }],
    [good, { 'Sec-Fetch-Site': 'cross-site' }],
    [good, { Origin: 'https://evil.example' }],
  ];
  for (const [body, headers] of refused) {
    const response = await beacon(server, body, headers);
    expect(response.status, JSON.stringify(body).slice(0, 80)).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  }
  expect((await fetch(`${server.url}/api/insights`)).status).toBe(405);

  // A flood from one client is cut off; what got in before is counted.
  const flood = { 'X-Forwarded-For': '203.0.113.7' };
  const statuses: number[] = [];
  for (let i = 0; i < 100; i += 1) statuses.push((await beacon(server, good, flood)).status);
  const accepted = statuses.filter((s) => s === 204).length;
  expect(statuses).toContain(429);
  expect(accepted).toBeGreaterThan(0);
  add(expected, `site  ${step}`, accepted);
  add(expected, `site  ${first.question}=${first.value}`, accepted);

  expect(await server.stop(), server.log()).toBe(0);
  expect(sqliteTotals(file)).toEqual(expected);
});

test('the dashboard needs the token, shows the counts, and is axe clean', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  // Without INSIGHTS_TOKEN (Playwright's own server) there is no dashboard at all.
  expect((await request.get('/insights')).status()).toBe(404);
  expect((await request.get('/insights/export?format=json')).status()).toBe(404);

  const file = join(dir, 'counts.db');
  const server = await startServer(INSIGHTS_PORTS[0]!, {
    INSIGHTS_DB: file,
    INSIGHTS_TOKEN: TOKEN,
  });
  const basic = (password: string) => `Basic ${Buffer.from(`lead:${password}`).toString('base64')}`;
  const none = await fetch(`${server.url}/insights`);
  expect(none.status).toBe(401);
  expect(none.headers.get('www-authenticate')).toMatch(/^Basic /);
  // The sign-in answer runs nothing and may be framed by nobody.
  expect(none.headers.get('content-security-policy')).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
  expect(none.headers.get('x-frame-options')).toBe('DENY');
  expect(
    (await fetch(`${server.url}/insights`, { headers: { Authorization: basic('wrong') } })).status,
  ).toBe(401);
  expect((await fetch(`${server.url}/insights?token=${TOKEN}`)).status).toBe(401);
  expect(
    (await fetch(`${server.url}/insights/export`, { headers: { Authorization: 'Bearer nope' } }))
      .status,
  ).toBe(401);

  const stored = sqliteTotals(file);
  const json = await fetch(`${server.url}/insights/export?format=json`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(json.status).toBe(200);
  const report = (await json.json()) as {
    started: number;
    funnel: { question: string; reached: number }[];
  };
  const firstStep = stateAfter([]);
  const startedEverywhere = Object.entries(stored)
    .filter(([key]) => key.endsWith(` ${firstStep}`))
    .reduce((sum, [, n]) => sum + n, 0);
  expect(report.started).toBe(startedEverywhere);
  const csv = await fetch(`${server.url}/insights/export?format=csv&entry=site`, {
    headers: { Authorization: basic(TOKEN) },
  });
  expect(csv.headers.get('content-type')).toContain('text/csv');
  expect(await csv.text()).toContain(
    `question_reached,${firstStep},,${stored[`site  ${firstStep}`]},`,
  );

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const context = await browser.newContext({
        colorScheme,
        viewport,
        httpCredentials: { username: 'lead', password: TOKEN },
      });
      const page = await context.newPage();
      await page.goto(`${server.url}/insights`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(insights.dashboard.title);
      await expect(
        page.getByRole('img', { name: insights.dashboard.funnel.chartTitle }),
      ).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations).toEqual([]);
      await context.close();
    }
  }

  // Filters are a plain GET form: they work without JavaScript, and nothing can be changed.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    httpCredentials: { username: 'lead', password: TOKEN },
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/insights`);
  await expect(page.locator('form[method="post"]')).toHaveCount(0);
  await page.getByLabel(insights.dashboard.filters.entry).selectOption('embed');
  await page.getByRole('button', { name: insights.dashboard.filters.apply }).click();
  await expect(page).toHaveURL(/entry=embed/);
  const embedStarted = Object.entries(stored)
    .filter(([key]) => key.startsWith('embed ') && key.endsWith(` ${firstStep}`))
    .reduce((sum, [, n]) => sum + n, 0);
  await expect(page.getByText(new RegExp(`^${embedStarted} journeys started`))).toBeVisible();
  await context.close();
  expect(await server.stop(), server.log()).toBe(0);
});

test('a locked database never breaks a page: counts wait and are written later', async () => {
  test.setTimeout(60_000);
  const file = join(dir, 'locked.db');
  const server = await startServer(INSIGHTS_PORTS[0]!, {
    INSIGHTS_DB: file,
    INSIGHTS_FLUSH_MS: '200',
  });
  expect((await load(`${server.url}/check`)).status).toBe(200);
  await expect
    .poll(() => existsSync(file) && sqliteTotals(file)[`site  ${stateAfter([])}`])
    .toBe(1);

  const lock = new Database(file);
  lock.exec('BEGIN EXCLUSIVE');
  const pages = [[], withJs.answers.slice(0, 1), withJs.answers.slice(0, 2)];
  const expected: Totals = { [`site  ${stateAfter([])}`]: 1 };
  for (const answers of pages) {
    const search = answers.map((a) => `&${a.question}=${a.value}`).join('');
    expect((await load(`${server.url}/check?v=${CONTENT_VERSION}${search}`)).status).toBe(200);
    add(expected, `site  ${stateAfter(answers)}`);
  }
  await expect.poll(() => server.log()).toMatch(/insights: cannot write counts/);
  expect((await fetch(`${server.url}/privacy`)).status).toBe(200);
  lock.exec('COMMIT');
  lock.close();
  await expect.poll(() => server.log()).toMatch(/insights: writing counts to .* again/);
  expect(await server.stop(), server.log()).toBe(0);
  expect(server.log().match(/insights: cannot write counts/g)).toHaveLength(1);
  expect(sqliteTotals(file)).toEqual(expected);
});

test('INSIGHTS=off counts nothing and says so', async ({ browser }) => {
  const file = join(dir, 'off.db');
  const server = await startServer(INSIGHTS_PORTS[0]!, { INSIGHTS: 'off', INSIGHTS_DB: file });
  const page = await browser.newPage();
  await page.goto(`${server.url}/check`);
  await walk(page, withJs.answers.slice(0, 1));
  const response = await fetch(`${server.url}/api/insights`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: JSON.stringify({ v: CONTENT_VERSION, step: stateAfter([]), entry: 'site' }),
  });
  expect(response.status).toBe(404);
  await page.goto(`${server.url}/privacy`);
  await expect(page.getByText(insights.privacy.statusOff)).toBeVisible();
  await page.close();
  expect(await server.stop(), server.log()).toBe(0);
  expect(existsSync(file)).toBe(false);
});

test('two instances sharing one PostgreSQL count into the same totals', async ({ browser }) => {
  test.setTimeout(180_000);
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error(NEEDS_POSTGRES);
  await resetPostgres(url);
  const env = { DATABASE_URL: url, INSIGHTS_FLUSH_MS: '600000' };
  // The second instance starts while the first migrates: both may try, one wins.
  const [one, two] = await Promise.all(INSIGHTS_PORTS.map((port) => startServer(port, env)));
  const expected: Totals = {};

  const page = await browser.newPage();
  const sent = beaconsOf(page);
  await page.goto(`${one!.url}/check`);
  await walk(page, withJs.answers);
  expectWalk(expected, 'site', withJs.answers);
  await expect.poll(() => sent.length).toBe(withJs.answers.length);
  await page.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(`${two!.url}/check`);
  await walk(noJs, withoutJs.answers);
  expectWalk(expected, 'site', withoutJs.answers);
  await context.close();

  for (const server of [one!, two!]) {
    for (let i = 0; i < 5; i += 1) expect((await load(`${server.url}/check`)).status).toBe(200);
    add(expected, `site  ${stateAfter([])}`, 5);
  }
  expect(await Promise.all([one!.stop(), two!.stop()])).toEqual([0, 0]);
  expect(await postgresTotals(url)).toEqual(expected);
});
