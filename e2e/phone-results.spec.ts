import { expect, test } from '@playwright/test';
import { services, ui, wizardContent } from '../content';
import { finish, onPhone, SCHEMES } from './phone';

/** A result's steps lead right on: a named service to its directory entry, moving by hand to the plan. */
for (const scheme of SCHEMES) {
  test.describe(`results on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('a step naming Google opens Google in the directory', async ({ page }) => {
      await page.goto('/check?v=2&goal=restore&platforms=ios-android');
      const google = services.find((s) => s.id === 'google')!;
      const link = page.getByRole('link', { name: `How to get back into ${google.name}` });
      await expect(link).toBeVisible();
      await finish(page, 'result-step-links', scheme, true);
      await link.click();
      await expect(page).toHaveURL(/\/services\/google$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(google.name);
    });

    test('a step that moves accounts by hand opens a plan that knows the backup holder', async ({
      page,
    }) => {
      await page.goto('/check?v=2&goal=restore&platforms=ios-android');
      await page.getByRole('link', { name: ui.outcome.stepPlanLink }).first().click();
      await expect(page).toHaveURL(/\/plan\?holder=apple$/);
    });

    test('a result after a reinstall asks for the wait first, not the same reinstall again', async ({
      page,
    }) => {
      await page.goto(
        '/check?v=2&goal=restore&platforms=ios-ios&ios-new-phone=empty&ios-apple-account=same&ios-keychain-sync=still-empty&ios-old-phone=yes&ios-model=no-switch&ios-settings=all-on&app-version=6.9.1',
      );
      const result = wizardContent.outcomes['ios-sync-then-reinstall']!;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(result.title);
      const steps = page.getByRole('main').locator('ol > li');
      await expect(steps.first()).not.toContainText('install it again');
      await expect(page.getByRole('main')).toContainText('you have already reinstalled');
      await finish(page, 'result-no-repeat', scheme, true);
    });
  });
}
