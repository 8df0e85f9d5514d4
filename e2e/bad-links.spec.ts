import { expect, test } from '@playwright/test';
import { CONTENT_VERSION } from '../content';
import { toSearch } from '../lib/wizard/answers-url';
import { linkTo, pathTo, questionOf } from './journeys';

const h1 = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

test('a tampered answer stops the replay there, says so, and offers a way on', async ({ page }) => {
  const response = await page.goto(
    `${linkTo(pathTo('platforms'))}&platforms=windows-phone&ios-new-phone=empty`,
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status')).toContainText('Part of this link could not be used');
  await expect(page.getByRole('status')).toContainText('“windows-phone”');
  await expect(h1(page)).toHaveText(questionOf('platforms').title);
  await expect(page.getByRole('link', { name: 'Start over' })).toBeVisible();
});

test('a link with nothing usable answers 404 with a way to start', async ({ page }) => {
  const response = await page.goto('/check?goal=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  expect(response?.status()).toBe(404);
  await expect(h1(page)).toHaveText('We could not use that link');
  await expect(page.getByRole('link', { name: 'Start the checklist' })).toHaveAttribute(
    'href',
    '/check',
  );
});

test('an older content version is read where possible, and the page says so', async ({ page }) => {
  // The version before the current one: "prepare" still means the same, and in the current
  // version it leads to the accounts question.
  const previous = toSearch([{ question: 'goal', value: 'prepare' }], CONTENT_VERSION - 1);
  await page.goto(`/check?${previous}`);
  await expect(page.getByRole('status')).toContainText('earlier version of the checklist');
  await expect(h1(page)).toHaveText(questionOf('accounts').title);
});

test('repeated and unknown parameters are reported, not fatal', async ({ page }) => {
  await page.goto(`${linkTo([])}&goal=prepare&goal=lost&utm_source=mail`);
  await expect(page.getByRole('status')).toContainText('more than once');
  await expect(page.getByRole('status')).toContainText('utm_source');
  await expect(h1(page)).toHaveText(questionOf('accounts').title);
});

test.describe('unknown pages, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of [
    '/outcome/does-not-exist',
    '/outcome/constructor',
    '/services/no-such-service',
    '/outcome/%E0%A4%A',
    '/%',
    '/no/such/page',
  ]) {
    test(`${path} is a 404 page with a way back, not a server error`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(h1(page)).toHaveText('We could not use that link');
      await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
    });
  }
});

test.describe('a link with nothing usable, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('still shows the message and a way to start', async ({ page }) => {
    const response = await page.goto('/check?goal=teleport');
    expect(response?.status()).toBe(404);
    await expect(h1(page)).toHaveText('We could not use that link');
  });
});

const versionStep = linkTo(pathTo('app-version'));

test('junk typed as a version gets a message on the same page (JavaScript on)', async ({
  page,
}) => {
  await page.goto(versionStep);
  const q = questionOf('app-version');
  await page.getByLabel(q.input!.label).fill('latest');
  await page.getByRole('button', { name: q.input!.submit }).click();
  await expect(page.getByText(q.input!.invalid)).toBeVisible();
  await expect(h1(page)).toHaveText(q.title);
  await page.getByLabel(q.input!.label).fill('6.8.4');
  await page.getByRole('button', { name: q.input!.submit }).click();
  await expect(page).toHaveURL(/app-version=6.8.4/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('junk typed as a version gets a message on the same page', async ({ page }) => {
    await page.goto(versionStep);
    const q = questionOf('app-version');
    await page.getByLabel(q.input!.label).fill('abc');
    await page.getByRole('button', { name: q.input!.submit }).click();
    await expect(h1(page)).toHaveText(q.title);
    await expect(page.getByText(q.input!.invalid)).toBeVisible();
    await expect(page.getByLabel(q.input!.label)).toHaveValue('abc');
  });
});
