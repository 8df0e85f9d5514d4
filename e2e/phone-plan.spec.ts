import { expect, test, type Page } from '@playwright/test';
import { servicesUi } from '../content';
import { finish, onPhone, SCHEMES } from './phone';

const copy = servicesUi.plan;
const checklist = (page: Page) => page.getByRole('region', { name: copy.checklistHeading });
const box = (page: Page, name: string) => checklist(page).getByRole('checkbox', { name });

for (const scheme of SCHEMES) {
  test.describe(`the recovery plan on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('adding a service keeps the ticks, and clearing them asks first', async ({ page }) => {
      await page.goto('/plan?s=google,github,steam');
      await box(page, 'Google').check();
      await box(page, 'Steam').check();
      await expect(checklist(page).getByText('2 of 3 done')).toBeVisible();

      await page.getByText(copy.changeHeading).click();
      await page.getByRole('checkbox', { name: 'Amazon' }).check();
      const make = page.getByRole('button', { name: 'Make my plan (4 picked)' });
      await expect(make).toBeInViewport();
      await make.click();

      await expect(page).toHaveURL(/\/plan\?s=google,github,amazon,steam$/);
      await expect(checklist(page).getByText('2 of 4 done')).toBeVisible();
      await expect(box(page, 'Google')).toBeChecked();

      await checklist(page).getByRole('button', { name: copy.clear }).click();
      await expect(box(page, 'Google')).toBeChecked();
      await checklist(page).getByRole('button', { name: copy.clearNo }).click();
      await expect(box(page, 'Steam')).toBeChecked();
      await checklist(page).getByRole('button', { name: copy.clear }).click();
      await expect(checklist(page).getByText('Clear all 2 ticks?')).toBeVisible();
      await finish(page, 'plan-clear-asks', scheme);
      await checklist(page).getByRole('button', { name: copy.clearYes }).click();
      await expect(checklist(page).getByText('0 of 4 done')).toBeVisible();
    });

    test('a service page adds to the plan already made; the card leads with its recovery page', async ({
      page,
    }) => {
      await page.goto('/plan?s=google,github');
      await box(page, 'Google').check();
      await page.goto('/services/revolut');
      await page.getByRole('link', { name: 'Add Revolut to your recovery plan' }).click();

      await expect(page).toHaveURL(/\/plan\?s=google,github,revolut$/);
      await expect(box(page, 'Google')).toBeChecked();
      await expect(box(page, 'Revolut')).not.toBeChecked();
      const card = checklist(page).locator('li[data-service="revolut"]');
      const action = card.getByRole('link', { name: 'Go to Revolut’s recovery page' });
      const [actionBox, cardBox] = [await action.boundingBox(), await card.boundingBox()];
      expect(actionBox!.height).toBeGreaterThanOrEqual(44);
      expect(actionBox!.width).toBeGreaterThan(cardBox!.width * 0.6);
      await expect(card).not.toContainText('Have ready');
      await action.scrollIntoViewIfNeeded();
      await finish(page, 'plan-added-from-service', scheme);
    });

    test('“Make my plan” stays in reach with the count picked', async ({ page }) => {
      await page.goto('/plan');
      const make = page.getByRole('button', { name: 'Make my plan (0 picked)' });
      await expect(make).toBeInViewport();
      await page.getByRole('checkbox', { name: 'Google' }).check();
      await page.getByRole('checkbox', { name: 'Steam' }).check();
      await expect(page.getByRole('button', { name: 'Make my plan (2 picked)' })).toBeInViewport();
      await finish(page, 'plan-picker-count', scheme);
    });
  });
}

test('the printout carries the plan’s link and a QR code of it', async ({ page }) => {
  await page.goto('/plan?s=google,github&holder=apple');
  await page.emulateMedia({ media: 'print' });

  const block = page.getByRole('region', { name: copy.printHeading });
  await expect(block).toBeVisible();
  await expect(block).toContainText(new URL('/plan?s=google,github&holder=apple', page.url()).href);
  await expect(block.getByRole('img', { name: copy.printQrLabel })).toBeVisible();
  const dir = process.env.SCREENSHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/plan-printout.png`, fullPage: true });
});
