import { expect, test, type Page } from '@playwright/test';
import { ui, wizardContent } from '../content';
import { CODEC_TABLES } from '../lib/case/code-tables';
import { URL_VERSION_PARAM } from '../lib/wizard/answers-url';
import {
  answer,
  linkTo,
  lostIphone,
  outcomeTitle,
  questionOf,
  walk,
  type Journey,
} from './journeys';

/**
 * The four journeys the first release got wrong, walked as a person would: each now ends
 * where the backup is safe, with the warning in plain sight.
 */
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const main = (page: Page) => page.getByRole('main');
const steps = (id: string) => wizardContent.outcomes[id]!.steps.map((s) => s.text);

const androidRestoreError: Journey = {
  name: 'Android restore: "Something went wrong" at sign-in',
  answers: [
    ['goal', 'restore'],
    ['accounts', 'personal'],
    ['platforms', 'android-android'],
    ['old-phone', 'gone'],
    ['backup-ever', 'yes-or-unsure'],
    ['android-new-backup', 'no'],
    ['recovery-signin', 'error'],
  ],
  outcome: 'restore-sign-in-error',
};

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('an Android restore error is never answered with "turn Cloud Backup on"', async ({
      page,
    }) => {
      await page.goto('/check');
      await walk(page, androidRestoreError);
      await expect(main(page)).toContainText(
        wizardContent.outcomes['restore-sign-in-error']!.expect!,
      );
      for (const text of steps('something-went-wrong'))
        await expect(main(page)).not.toContainText(text);
      // The backup-error result is linked (both "Something went wrong" results link each
      // other), and says first that it is for the phone that still has the accounts.
      await main(page)
        .getByRole('link', { name: outcomeTitle('something-went-wrong') })
        .click();
      await expect(h1(page)).toHaveText(outcomeTitle('something-went-wrong'));
      const expectLine = wizardContent.outcomes['something-went-wrong']!.expect!;
      expect(expectLine).toContain('phone that still has your accounts');
      await expect(main(page)).toContainText(expectLine);
    });

    test('an iPhone whose old phone is gone gets Keychain sync and a retry before any loss', async ({
      page,
    }) => {
      await page.goto('/check');
      for (const [q, v] of [
        ['goal', 'lost'],
        ['accounts', 'personal'],
        ['platforms', 'ios-ios'],
        ['ios-new-phone', 'empty'],
      ] as const)
        await answer(page, q, v);
      await expect(h1(page)).toHaveText(questionOf('ios-keychain-sync').title);
      await expect(main(page)).toContainText('Never choose "reset end-to-end encrypted data"');
      await answer(page, 'ios-keychain-sync', 'still-empty');
      await expect(h1(page)).toHaveText(questionOf('ios-retry').title);
      await answer(page, 'ios-retry', 'still-empty');
      await expect(h1(page)).toHaveText(outcomeTitle('service-recovery'));
      await expect(main(page)).toContainText(steps('service-recovery').at(-2)!);
    });
  });
}

test('a Keychain approval that cannot be given stops short of the reset', async ({ page }) => {
  // Up to the Keychain step: the lost-iPhone journey without its last two answers.
  await page.goto(linkTo(lostIphone.answers.slice(0, -2)));
  await answer(page, 'ios-keychain-sync', 'cannot-approve');
  await expect(h1(page)).toHaveText(outcomeTitle('ios-keychain-approval'));
  await expect(main(page)).toContainText(wizardContent.outcomes['ios-keychain-approval']!.expect!);
});

test("Apple Account recovery shows Apple's own warnings", async ({ page }) => {
  await page.goto(
    linkTo([
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'ios-ios'],
      ['old-phone', 'gone'],
      ['ios-new-phone', 'empty'],
    ]),
  );
  await answer(page, 'ios-keychain-sync', 'cannot-sign-in-apple');
  await expect(h1(page)).toHaveText(outcomeTitle('apple-account-recovery'));
  for (const text of steps('apple-account-recovery')) await expect(main(page)).toContainText(text);
});

test('Microsoft account recovery says what the form cannot do', async ({ page }) => {
  await page.goto(linkTo(androidRestoreError.answers.slice(0, -1)));
  await answer(page, 'recovery-signin', 'cannot-sign-in');
  await expect(h1(page)).toHaveText(outcomeTitle('microsoft-account-recovery'));
  await expect(main(page)).toContainText('within 24 hours');
  await expect(main(page)).toContainText("can't help if two-step verification is on");
  await expect(main(page)).toContainText('30 days');
});

test('a link of the oldest version still read opens, and says it was read with today’s checklist', async ({
  page,
}) => {
  // A link of the oldest version still read (its question "lost-situation" has gone since),
  // read as far as its answers fit today's questions: here with the answer to the question
  // today's checklist asks after a lost phone. Its answers are typed, as today's machine
  // cannot make them.
  const oldest = Math.min(...Object.keys(CODEC_TABLES).map(Number));
  const oldLink = new URLSearchParams({
    [URL_VERSION_PARAM]: String(oldest),
    goal: 'lost',
    'lost-situation': 'had-backup',
    accounts: 'personal',
    platforms: 'ios-ios',
  });
  const response = await page.goto(`/check?${oldLink}`);
  expect(response?.status()).toBe(200);
  await expect(h1(page)).toHaveText(questionOf('ios-new-phone').title);
  await expect(main(page)).toContainText(ui.problems.otherVersion);
});
