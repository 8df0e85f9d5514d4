import { expect, test } from '@playwright/test';
import { finish, onPhone, SCHEMES } from './phone';
import { linkTo } from './journeys';

// A case code for a journey four questions deep, as support would read it out, then typed the
// way people type: lower case, no dash, O for 0 and L for 1 where those appear.
const CODE_PATH = linkTo([
  ['goal', 'restore'],
  ['accounts', 'personal'],
  ['platforms', 'android-android'],
  ['old-phone', 'gone'],
]);

for (const scheme of SCHEMES) {
  test.describe(`starting on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('a code from support, typed sloppily, opens that step', async ({ page }) => {
      await page.goto(CODE_PATH.replace('/check', '/share'));
      const code = await page.getByRole('textbox', { name: 'Case code' }).inputValue();
      const sloppy = code.replace(/-/g, '').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');

      await page.goto('/');
      await page.getByRole('textbox', { name: 'Your code' }).fill(sloppy);
      await page.getByRole('button', { name: 'Open' }).click();

      await expect(page).toHaveURL(CODE_PATH);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await finish(page, 'code-opened', scheme);
    });

    test('a code with a typo says where, and keeps what was typed', async ({ page }) => {
      await page.goto('/code?c=1zzz-zzzz');

      await expect(
        page.getByRole('heading', { level: 1, name: 'We could not open that code' }),
      ).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'typo' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Your code' })).toHaveValue('1zzz-zzzz');
      await expect(page.getByRole('link', { name: 'Start the checklist instead' })).toBeVisible();
      await finish(page, 'code-typo', scheme);
    });

    test('the start page leads straight to the accounts, and the header to every part', async ({
      page,
    }) => {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Checklist', 'Services', 'For support', 'For help desks']) {
        await expect(nav.getByRole('link', { name })).toBeVisible();
      }
      // The footer reads as short lines on a phone, not a dense block: none wraps past 2 lines.
      const lines = await page
        .locator('footer li')
        .evaluateAll((items) =>
          items.map(
            (li) => li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight),
          ),
        );
      expect(lines.length).toBeGreaterThanOrEqual(3);
      for (const count of lines) expect(count).toBeLessThanOrEqual(2.1);

      await page.getByRole('link', { name: 'Make a recovery plan' }).click();
      await expect(page).toHaveURL(/\/plan$/);
      await finish(page, 'accounts-from-start', scheme);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('the code box is a plain form that lands on the step', async ({ page }) => {
    await page.goto(CODE_PATH.replace('/check', '/share'));
    const code = await page.getByRole('textbox', { name: 'Case code' }).inputValue();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'Your code' }).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page).toHaveURL(CODE_PATH);
  });
});
