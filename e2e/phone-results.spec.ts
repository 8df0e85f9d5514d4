import { expect, test } from '@playwright/test';
import { services, ui, wizardContent } from '../content';
import { finish, onPhone, SCHEMES } from './phone';
import { linkTo } from './journeys';

/** Moving from an old iPhone that still works to a new Android phone. */
const iphoneToAndroid: [string, string][] = [
  ['goal', 'restore'],
  ['accounts', 'personal'],
  ['platforms', 'ios-android'],
  ['old-phone', 'shows-accounts'],
];

/** A result's steps lead right on: a named service to its directory entry, moving by hand to the plan. */
for (const scheme of SCHEMES) {
  test.describe(`results on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('a step naming Google opens Google in the directory', async ({ page }) => {
      await page.goto(linkTo(iphoneToAndroid));
      const google = services.find((s) => s.id === 'google')!;
      const link = page.getByRole('link', { name: `How to get back into ${google.name}` });
      await expect(link).toBeVisible();
      await finish(page, 'result-step-links', scheme, true);
      await link.click();
      await expect(page).toHaveURL(/\/services\/google$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(google.name);
    });

    test('the box before the steps is headed for what it holds, a warning or what comes back', async ({
      page,
    }) => {
      for (const id of ['ios-keychain-approval', 'ios-backup-ready']) {
        await page.goto(`/outcome/${id}`);
        const box = page.getByRole('region', { name: ui.outcome.expectHeading });
        await expect(box).toContainText(wizardContent.outcomes[id]!.expect!);
      }
      await expect(
        page.getByRole('heading', { name: 'What will and will not come back' }),
      ).toHaveCount(0);
    });

    test('a step that moves accounts by hand opens a plan that knows the backup holder', async ({
      page,
    }) => {
      await page.goto(linkTo(iphoneToAndroid));
      await page.getByRole('link', { name: ui.outcome.stepPlanLink }).first().click();
      await expect(page).toHaveURL(/\/plan\?holder=apple$/);
    });

    test('a result after a reinstall asks for the wait first, not the same reinstall again', async ({
      page,
    }) => {
      // No journey of content version 3 reaches this result (the old iPhone's settings are
      // no longer asked on a restore): its own page shows the same steps.
      await page.goto('/outcome/ios-sync-then-reinstall');
      const result = wizardContent.outcomes['ios-sync-then-reinstall']!;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(result.title);
      const steps = page.getByRole('main').locator('ol > li');
      await expect(steps.first()).not.toContainText('install it again');
      await expect(page.getByRole('main')).toContainText('you have already reinstalled');
      await finish(page, 'result-no-repeat', scheme, true);
    });
  });
}
