import { expect, test } from '@playwright/test';
import { ui } from '../content';
import { onPhone } from './phone';
import { answer, endsWith, linkTo, outcomeTitle, pathTo, questionOf, whenLive } from './journeys';

const h1 = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

test('Back, Forward and reload mid-journey keep the right step', async ({ page }) => {
  await page.goto('/');
  // A lost phone: no question about the old phone between the platforms and the new one.
  await page.getByRole('link', { name: questionOf('goal').answers.lost!.label }).click();
  await answer(page, 'accounts', 'personal');
  await answer(page, 'platforms', 'ios-ios');
  await answer(page, 'ios-new-phone', 'empty');
  await expect(h1(page)).toHaveText(questionOf('ios-keychain-sync').title);

  await page.goBack();
  await expect(h1(page)).toHaveText(questionOf('ios-new-phone').title);
  await page.goBack();
  await expect(h1(page)).toHaveText(questionOf('platforms').title);
  await page.goForward();
  await expect(h1(page)).toHaveText(questionOf('ios-new-phone').title);

  await page.reload();
  await expect(h1(page)).toHaveText(questionOf('ios-new-phone').title);
  await answer(page, 'ios-new-phone', 'empty');
  await answer(page, 'ios-keychain-sync', 'different-apple-account');
  await expect(h1(page)).toHaveText(outcomeTitle('ios-same-apple-account'));
});

test('the wizard’s own Back and Start over work from an outcome', async ({ page }) => {
  // Getting ready to switch: the outcome comes right after the platforms question.
  await page.goto(linkTo(pathTo('cross-platform')));
  await expect(h1(page)).toHaveText(outcomeTitle('cross-platform'));
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText(questionOf('platforms').title);
  await expect(page).toHaveURL(endsWith(linkTo(pathTo('cross-platform').slice(0, -1))));
  await page.getByRole('link', { name: 'Start over', exact: true }).click();
  await expect(h1(page)).toHaveText(questionOf('goal').title);
  await expect(page).toHaveURL(/\/check$/);
});

test.describe('the wizard’s Back, then the phone’s Back', () => {
  onPhone('light');
  const back = (page: import('@playwright/test').Page) =>
    page.getByRole('link', { name: 'Back', exact: true });

  test('Back after an answer goes back in history: the phone’s Back then leaves the steps', async ({
    page,
  }) => {
    await page.goto('/');
    await whenLive(page, 'section[aria-labelledby="start-heading"] a');
    await page.getByRole('link', { name: questionOf('goal').answers.restore!.label }).tap();
    await answer(page, 'accounts', 'personal');
    await expect(h1(page)).toHaveText(questionOf('platforms').title);

    await back(page).tap();
    await expect(h1(page)).toHaveText(questionOf('accounts').title);
    await expect(page).toHaveURL(endsWith(linkTo([['goal', 'restore']])));

    await page.goBack();
    await expect(h1(page)).toHaveText(ui.landing.title);
    await expect(page).toHaveURL(/\/$/);
  });

  test('Back on a step opened from a link takes its place: the phone’s Back does not return', async ({
    page,
  }) => {
    const steps: [string, string][] = [
      ['goal', 'restore'],
      ['accounts', 'personal'],
    ];
    await page.goto('/');
    await page.goto(linkTo(steps));
    await whenLive(page, 'a[data-loads]');

    await back(page).tap();
    await expect(h1(page)).toHaveText(questionOf('accounts').title);
    await expect(page).toHaveURL(endsWith(linkTo(steps.slice(0, 1))));

    await page.goBack();
    await expect(h1(page)).toHaveText(ui.landing.title);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Back is a plain link to the step before', async ({ page }) => {
    const steps: [string, string][] = [
      ['goal', 'restore'],
      ['accounts', 'personal'],
    ];
    await page.goto(linkTo(steps));
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(h1(page)).toHaveText(questionOf('accounts').title);
    await expect(page).toHaveURL(endsWith(linkTo(steps.slice(0, 1))));
  });
});

test('focus moves to the new question’s heading after each answer', async ({ page }) => {
  await page.goto('/check');
  await answer(page, 'goal', 'not-working');
  await expect(h1(page)).toBeFocused();
  await expect(page).toHaveTitle(
    new RegExp(questionOf('account-type').title.replace(/[?]/g, '\\?')),
  );
});

test('an outcome shows what was answered, with the sources', async ({ page }) => {
  await page.goto(linkTo(pathTo('work-school-account')));
  await expect(h1(page)).toHaveText(outcomeTitle('work-school-account'));
  await expect(page.getByRole('heading', { name: 'What you told us' })).toBeVisible();
  await expect(
    page.getByText(questionOf('account-type').answers['work-school']!.label, { exact: true }),
  ).toBeVisible();
  const sourceLinks = page.locator('article a[href^="https://"]');
  expect(await sourceLinks.count()).toBeGreaterThan(0);
});

test('every outcome has its own page, linked from the list of results', async ({ page }) => {
  await page.goto('/outcome');
  await page.getByRole('link', { name: outcomeTitle('apple-account-recovery') }).click();
  await expect(page).toHaveURL(/\/outcome\/apple-account-recovery$/);
  await expect(h1(page)).toHaveText(outcomeTitle('apple-account-recovery'));
});
