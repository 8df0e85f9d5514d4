import { expect, test, type Page } from '@playwright/test';
import { finish, onPhone, SCHEMES } from './phone';
import { linkTo } from './journeys';

/** A lost phone, the accounts moving to a new iPhone. */
const lostToIphone: [string, string][] = [
  ['goal', 'lost'],
  ['accounts', 'personal'],
  ['platforms', 'ios-ios'],
];

async function progress(page: Page) {
  const bar = page.getByRole('progressbar');
  const text = (await page.locator('#progress-text').textContent()) ?? '';
  return {
    percent: Number(await bar.getAttribute('aria-valuenow')),
    atMost: Number(/At most (\d+) more/.exec(text)?.[1] ?? (/last question/.test(text) ? 0 : NaN)),
    text,
  };
}

for (const scheme of SCHEMES) {
  test.describe(`the checklist on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('progress moves steadily: the bar never goes back, what is left never grows', async ({
      page,
    }) => {
      await page.goto('/check');
      await page.getByRole('link', { name: /phone is lost/i }).click();
      let before = await progress(page);
      expect(before.text).toMatch(/^Question 2/);
      expect(before.percent).toBeGreaterThanOrEqual(10);
      // Walk on by the last answer each time (the longer branches) until a result.
      for (let step = 3; step < 8; step++) {
        const answers = page.getByRole('list', { name: 'Your answer' }).getByRole('link');
        if ((await answers.count()) === 0) break;
        await answers.last().click();
        if ((await page.locator('#progress-text').textContent()) === 'Result') break;
        await expect(page.locator('#progress-text')).toContainText(`Question ${step}`);
        const now = await progress(page);
        expect(now.percent).toBeGreaterThanOrEqual(before.percent);
        expect(now.atMost).toBeLessThan(before.atMost);
        before = now;
      }
      // The picture shows a question, not the result the walk may have reached.
      if ((await page.locator('#progress-text').textContent()) === 'Result') await page.goBack();
      await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuetext', /^Question/);
      await finish(page, 'progress', scheme);
    });

    test('an answer low on the page opens the next question at the top, heading focused', async ({
      page,
    }) => {
      // Read down to the sources, then tap an answer: the answer is scrolled back into view,
      // and the next question used to open where the page had been, header cut off.
      await page.goto(linkTo(lostToIphone));
      const answer = page.getByRole('list', { name: 'Your answer' }).getByRole('link').first();
      await expect(answer).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await answer.tap();
      await expect(page).toHaveURL(/ios-new-phone=/);

      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeFocused();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeInViewport();
      await finish(page, 'next-question-at-top', scheme);
    });

    test('sharing opens the phone’s share sheet with the link, beside Copy', async ({ page }) => {
      await page.addInitScript(() => {
        const shared: ShareData[] = [];
        Object.assign(window, { shared });
        Object.defineProperty(navigator, 'share', {
          value: (data: ShareData) => {
            shared.push(data);
            return Promise.resolve();
          },
        });
      });
      await page.goto(linkTo(lostToIphone, '/share'));
      const link = await page.getByRole('textbox', { name: 'Link to this page' }).inputValue();
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
      await page.getByRole('button', { name: 'Share…' }).click();

      const shared = await page.evaluate(
        () => (window as unknown as { shared: ShareData[] }).shared,
      );
      expect(shared).toEqual([expect.objectContaining({ url: link })]);
      await finish(page, 'share-sheet', scheme);
    });
  });
}

test('where the browser has no share sheet, only Copy is offered', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await page.goto(linkTo(lostToIphone, '/share'));
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);
});
