import { expect, test } from '@playwright/test';
import { outcomeTitle, questionOf } from './journeys';

/** Tabs until the focused element has this accessible text, then presses Enter. */
async function tabTo(page: import('@playwright/test').Page, text: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused.includes(text)) return page.keyboard.press('Enter');
  }
  throw new Error(`Could not reach "${text}" with Tab`);
}

test('a whole journey with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, questionOf('goal').answers['backup-error']!.label);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    questionOf('error-platform').title,
  );
  await tabTo(page, questionOf('error-platform').answers.android!.label);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    outcomeTitle('something-went-wrong'),
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the first Tab reaches the skip link, which jumps to the content', async ({ page }) => {
  await page.goto('/check');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
});
