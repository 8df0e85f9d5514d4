import { expect, test, type Page } from '@playwright/test';
import { directoryCopy, servicesUi, ui } from '../content';
import { lostIphone, walk } from './journeys';

const copy = servicesUi.plan;

function checklist(page: Page) {
  return page.getByRole('region', { name: copy.checklistHeading });
}

function picker(page: Page) {
  return page.locator('form[action="/plan"]');
}

/** The names in the checklist, in order. */
function planNames(page: Page) {
  return checklist(page).locator('li[data-service] label');
}

test.describe('from the wizard', () => {
  test('the outcome leads to a plan that already holds the Apple Account', async ({ page }) => {
    // Arrange
    await page.goto('/check');
    await walk(page, lostIphone);

    // Act
    await page.getByRole('link', { name: ui.outcomePlan.link }).click();

    // Assert
    await expect(page).toHaveURL(/\/plan\?holder=apple$/);
    await expect(planNames(page)).toHaveText(['Apple Account']);
    await expect(checklist(page)).toContainText(directoryCopy.backupHolder.apple.held);
    await expect(picker(page).getByRole('radio', { name: copy.holder.apple })).toBeChecked();

    // Act: pick two services, one through the filter box
    await picker(page).getByRole('searchbox', { name: copy.filterLabel }).fill('gmial');
    await picker(page).getByRole('checkbox', { name: 'Google' }).check();
    await picker(page).getByRole('searchbox', { name: copy.filterLabel }).fill('');
    await picker(page).getByRole('checkbox', { name: 'GitHub' }).check();
    await picker(page).getByRole('button', { name: copy.submit }).click();

    // Assert: email first, then the backup holder, then the rest
    await expect(page).toHaveURL(/\/plan\?s=google,github&holder=apple$/);
    await expect(planNames(page)).toHaveText(['Google', 'Apple Account', 'GitHub']);
  });

  test('without JavaScript too, with the holder read from a move off an iPhone', async ({
    browser,
  }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/check');
    await walk(page, {
      name: 'iPhone to Android',
      answers: [
        ['goal', 'restore'],
        ['accounts', 'personal'],
        ['platforms', 'ios-android'],
        ['old-phone', 'shows-accounts'],
      ],
      outcome: 'cross-platform',
    });

    await page.getByRole('link', { name: ui.outcomePlan.link }).click();
    await picker(page).getByRole('checkbox', { name: 'Amazon' }).check();
    await picker(page).getByRole('checkbox', { name: 'Proton' }).check();
    await picker(page).getByRole('button', { name: copy.submit }).click();

    await expect(page).toHaveURL(/\/plan\?s=proton,amazon&holder=apple$/);
    await expect(planNames(page)).toHaveText(['Proton', 'Apple Account', 'Amazon']);
    await page.close();
  });

  test('each outcome page for lost codes links to an empty plan', async ({ page }) => {
    await page.goto('/outcome/backup-overwritten');

    await page.getByRole('link', { name: ui.outcomePlan.link }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(copy.title);
    await expect(page.getByRole('heading', { name: copy.pickerHeading })).toBeVisible();
  });

  test('an outcome that fixes the backup offers no plan', async ({ page }) => {
    await page.goto('/outcome/ios-keychain-off');

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: ui.outcomePlan.link })).toHaveCount(0);
  });
});

test('work or school accounts go to the IT help desk', async ({ page }) => {
  await page.goto('/plan?s=slack&work=1');

  const work = checklist(page).locator('li[data-service="microsoft-entra"]');
  await expect(work).toContainText('Contact your IT help desk.');
  await expect(work).toContainText(copy.addedWork);
  await expect(work.getByRole('link', { name: /recovery page/ })).toHaveCount(0);
});

test.describe('ticks', () => {
  test('are kept after a reload, per plan, until cleared', async ({ page }) => {
    // Arrange
    await page.goto('/plan?s=google,github');
    await expect(checklist(page).getByText('0 of 2 services done')).toBeVisible();

    // Act
    await checklist(page).getByRole('checkbox', { name: 'Google' }).check();
    await page.reload();

    // Assert
    await expect(checklist(page).getByRole('checkbox', { name: 'Google' })).toBeChecked();
    await expect(checklist(page).getByRole('checkbox', { name: 'GitHub' })).not.toBeChecked();
    await expect(checklist(page).getByText('1 of 2 services done')).toBeVisible();

    // Another plan keeps its own ticks
    await page.goto('/plan?s=google');
    await expect(checklist(page).getByRole('checkbox', { name: 'Google' })).not.toBeChecked();

    // Clear
    await page.goto('/plan?s=github,google');
    await expect(checklist(page).getByRole('checkbox', { name: 'Google' })).toBeChecked();
    await checklist(page).getByRole('button', { name: copy.clear }).click();
    await checklist(page).getByRole('button', { name: copy.clearYes }).click();
    await expect(checklist(page).getByRole('checkbox', { name: 'Google' })).not.toBeChecked();
    await expect(
      checklist(page).getByRole('status').filter({ hasText: copy.clearedStatus }),
    ).toHaveText(copy.clearedStatus);
    await page.reload();
    await expect(checklist(page).getByRole('checkbox', { name: 'Google' })).not.toBeChecked();
  });

  test('work offline once the page is loaded, without a request', async ({ page, context }) => {
    // Arrange
    await page.goto('/plan?s=google,github,steam');
    await expect(checklist(page).getByText('0 of 3 services done')).toBeVisible();
    const requests: string[] = [];
    // The site header's link may prefetch the start page at any moment; that is not the plan's.
    page.on('request', (request) => {
      if (!request.headers()['next-router-prefetch']) requests.push(request.url());
    });
    await context.setOffline(true);

    // Act: by keyboard, as someone without a mouse would
    await checklist(page).getByRole('checkbox', { name: 'Steam' }).focus();
    await page.keyboard.press('Space');
    await checklist(page).getByRole('checkbox', { name: 'Google' }).check();

    // Assert
    await expect(checklist(page).getByText('2 of 3 services done')).toBeVisible();
    expect(requests).toEqual([]);
    await context.setOffline(false);
    await page.reload();
    await expect(checklist(page).getByRole('checkbox', { name: 'Steam' })).toBeChecked();
  });
});

test('copy link puts the tidy plan link on the clipboard and says “Copied”', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/plan?s=github,google&holder=microsoft');

  await checklist(page).getByRole('button', { name: copy.copyLink }).click();

  await expect(checklist(page).getByRole('button', { name: copy.copied })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL('/plan?s=github,google&holder=microsoft', page.url()).href);
});

test('prints the checklist without the site chrome or the controls', async ({ page }) => {
  // Arrange
  await page.goto('/plan?s=google,github&holder=apple');
  await expect(checklist(page).getByRole('button', { name: copy.print })).toBeVisible();

  // Act
  await page.emulateMedia({ media: 'print' });

  // Assert
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: copy.print })).toBeHidden();
  await expect(page.getByRole('button', { name: copy.clear })).toBeHidden();
  await expect(page.getByText(copy.changeHeading)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(planNames(page)).toHaveText(['Google', 'Apple Account', 'GitHub']);
  for (const name of ['Google', 'Apple Account', 'GitHub']) {
    await expect(checklist(page).getByRole('checkbox', { name })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Go to Google’s recovery page' })).toBeVisible();
});

test('a plan link with a bogus service reports it and shows the rest', async ({ page }) => {
  const response = await page.goto('/plan?s=google,not-a-service,github&holder=nokia');

  expect(response?.status()).toBe(200);
  const notice = page.getByRole('status').filter({ hasText: copy.problemsHeading });
  await expect(notice).toContainText('We do not know a service called “not-a-service”.');
  await expect(notice).toContainText('“nokia” is not an account that can hold');
  await expect(planNames(page)).toHaveText(['Google', 'GitHub']);
});

test('a form with several boxes ticked answers with the short link', async ({ page }) => {
  await page.goto('/plan?s=github&s=google&holder=&work=0');

  await expect(page).toHaveURL(/\/plan\?s=github,google$/);
});

test.describe('the download link', () => {
  test('sends an attachment that may run no script and sets no cookie', async ({ request }) => {
    const response = await request.get('/plan/download?s=google&format=md&done=google');

    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-disposition']).toBe('attachment; filename="recovery-plan.md"');
    expect(headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(headers['content-security-policy']).toMatch(/^default-src 'none';/);
    expect(headers['content-security-policy']).not.toMatch(/script-src/);
    expect(headers['set-cookie']).toBeUndefined();
    expect(await response.text()).toMatch(/^1\. \[x\] \*\*Google\*\*/m);
  });

  test('goes back to the plan for a format it does not make, or no plan', async ({ request }) => {
    for (const [link, back] of [
      ['/plan/download?s=google&format=pdf', '/plan?s=google'],
      ['/plan/download?format=html', '/plan'],
      ['/plan/download?s=nope&holder=<b>&format=html', '/plan'],
    ]) {
      const response = await request.get(link!, { maxRedirects: 0 });
      expect(response.status(), link).toBe(303);
      expect(response.headers()['location'], link).toBe(back);
    }
  });
});
