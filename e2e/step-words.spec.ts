import { expect, test, type Page } from '@playwright/test';
import { wizardContent } from '../content';
import { answer, families, linkTo, outcomeTitle, pathTo, questionOf } from './journeys';

/**
 * A wizard page carries the words of its own step and of the steps one answer away; the
 * words of every other step arrive as one cached file once the page has started (see
 * lib/wizard/step-texts.ts). These tests hold both halves: the file is loaded and cacheable, and a
 * person whose browser cannot load it still gets through, one page load per step.
 */
const long = families.find((f) => f.outcome === 'service-recovery')!;
/** The platforms question, one answer from the iPhone-to-Android result. */
const atPlatforms = linkTo(pathTo('platforms'));

function wordsFile(page: Page) {
  return page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/wizard-texts/'));
}

function countPageLoads(page: Page, pathname: string) {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && new URL(request.url()).pathname.startsWith(pathname)) {
      loads.push(request.url());
    }
  });
  return loads;
}

test('a wizard page loads every step’s words once, as a file cached for good', async ({ page }) => {
  const loaded = wordsFile(page);
  await page.goto(atPlatforms);
  const response = await loaded;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const words = (await response.json()) as { questions: object; outcomes: object };
  expect(Object.keys(words.questions).length).toBeGreaterThan(10);
  expect(Object.keys(words.outcomes).length).toBeGreaterThan(10);
  // The built page itself holds far fewer: the steps it can reach in one answer.
  const html = await (await page.request.get(atPlatforms)).text();
  const opening = (id: string) => wizardContent.outcomes[id]!.summary.slice(0, 40);
  expect(JSON.stringify(words)).toContain(opening('ios-keychain-approval'));
  expect(html).not.toContain(opening('ios-keychain-approval'));
  // One answer away (iPhone to Android): there, as the check above would see it.
  expect(html).toContain(opening('cross-platform'));
});

test('once the words are in, a whole journey is drawn without a page load', async ({ page }) => {
  const loaded = wordsFile(page);
  await page.goto('/check');
  await loaded;
  const loads = countPageLoads(page, '/check');
  for (const [question, value] of long.answers) await answer(page, question, value);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(long.outcome));
  expect(loads).toEqual([]);
  // Back, all the way to the first question, is drawn the same way.
  for (const [question] of [...long.answers].reverse()) {
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionOf(question).title);
  }
  expect(loads).toEqual([]);
});

test('without the words file, every answer still leads on, as a page load', async ({ page }) => {
  await page.route('**/wizard-texts/**', (route) => route.abort());
  await page.goto('/check');
  const loads = countPageLoads(page, '/check');
  for (const [question, value] of long.answers) await answer(page, question, value);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(long.outcome));
  // The first answers were drawn from the page's own words; the later ones needed pages.
  expect(loads.length).toBeGreaterThan(0);
  expect(loads.length).toBeLessThan(long.answers.length);
  // Back works through steps drawn either way.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    questionOf(long.answers.at(-1)![0]).title,
  );
});

test('inside the embed, without the words file, answers lead on in the frame', async ({ page }) => {
  await page.route('**/wizard-texts/**', (route) => route.abort());
  await page.goto(linkTo([], '/embed'));
  for (const [question, value] of long.answers) await answer(page, question, value);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(long.outcome));
  await expect(page).toHaveURL(/\/embed\?/);
});

test('a words file of another build is not found', async ({ request }) => {
  const response = await request.get('/wizard-texts/v2-0000000000000000.json');
  expect(response.status()).toBe(404);
  // The 404 page it gets carries the same strict policy as every other page.
  const scriptSrc = (response.headers()['content-security-policy'] ?? '')
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src'));
  expect(scriptSrc).toMatch(/^script-src 'self' /);
  expect(scriptSrc).not.toContain('unsafe');
  expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
});
