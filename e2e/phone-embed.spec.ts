import { expect, test, type Page } from '@playwright/test';
import { lostIphone, searchFor } from './journeys';
import { finish, onPhone, SCHEMES } from './phone';

// The help desk's page (e2e/host-server.mjs) on another origin, with the loader script.
const port = Number(process.env.E2E_PORT ?? 3100);
const host = `http://127.0.0.1:${Number(process.env.E2E_HOST_PORT ?? port + 1)}`;
const frameSelector = 'iframe[title="Authenticator restore checklist"]';

const frameTop = (page: Page) =>
  page.locator(frameSelector).evaluate((f) => Math.round(f.getBoundingClientRect().top));
const steps = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { events: { type: string }[] }).events.filter((e) => e.type === 'step')
        .length,
  );

/** The rest of the help article: the page stays long whatever height the frame takes. */
const addArticleBelow = (page: Page) =>
  page.evaluate(() => {
    const rest = document.createElement('div');
    rest.style.height = '3000px';
    document.body.append(rest);
  });

// A result is longer than a phone's screen; its Back link is at the very bottom.
const AT_RESULT = new URLSearchParams({
  answers: searchFor(lostIphone.answers),
});

/** Opens the host page at a result and scrolls down to its Back link, as a thumb would. */
async function openScrolledToLastAnswer(page: Page, options = '') {
  // The frame loads every step's words once it has started; let that settle before measuring
  // (on a busy machine its parse and redraw can hold back the frame's size reports).
  const words = page.waitForResponse((r) => r.url().includes('/wizard-texts/'));
  await page.goto(`${host}/?${AT_RESULT}${options}`);
  await words;
  const frame = page.frameLocator(frameSelector);
  const last = frame.getByRole('link', { name: 'Back', exact: true });
  await expect(last).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { events: { type: string }[] }).events.some(
          (e) => e.type === 'ready',
        ),
      ),
    )
    .toBe(true);
  await addArticleBelow(page);
  // The frame grows to its content after the first resize message: scroll once it has.
  await expect
    .poll(async () => {
      await last.scrollIntoViewIfNeeded();
      return frameTop(page);
    })
    .toBeLessThan(0);
  return last;
}

for (const scheme of SCHEMES) {
  test.describe(`the embed on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('after a step, the host page shows the top of the frame', async ({ page }) => {
      const last = await openScrolledToLastAnswer(page);
      await last.tap();

      await expect.poll(() => steps(page)).toBe(1);
      await expect.poll(() => frameTop(page)).toBeGreaterThanOrEqual(0);
      expect(await frameTop(page)).toBeLessThan(844);
      await finish(page, 'embed-step-in-view', scheme);
    });
  });
}

test.describe('the embed never steals scroll', () => {
  onPhone('light');

  test('with data-scroll="false" the host page stays where it is', async ({ page }) => {
    const last = await openScrolledToLastAnswer(page, '&scroll=false');
    // Measure once the frame has stopped growing and the Back link is on screen, so that the
    // tap itself has nothing to scroll into view.
    const height = () =>
      page.locator(frameSelector).evaluate((f) => Math.round(f.getBoundingClientRect().height));
    await expect
      .poll(async () => {
        const first = await height();
        await last.scrollIntoViewIfNeeded();
        return first === (await height());
      })
      .toBe(true);
    await expect(last).toBeInViewport();
    // What the reader sees: where the page is scrolled to, and where the frame is on screen.
    const view = () =>
      page
        .locator(frameSelector)
        .evaluate((f) => ({ scrollY: window.scrollY, frameTop: f.getBoundingClientRect().top }));
    const before = await view();
    const tallBefore = await height();
    await last.tap();
    await expect.poll(() => steps(page)).toBe(1);
    // The frame has taken the shorter step's height: what could move the page has happened.
    await expect.poll(height).toBeLessThan(tallBefore);
    expect(await view()).toEqual(before);
  });

  test('when the top of the frame is on screen, a step does not move the page', async ({
    page,
  }) => {
    await page.goto(`${host}/`);
    const frame = page.frameLocator(frameSelector);
    const first = frame.getByRole('list', { name: 'Your answer' }).getByRole('link').first();
    await expect(first).toBeVisible();
    await addArticleBelow(page);
    await page
      .locator(frameSelector)
      .evaluate((f) => window.scrollTo(0, (f as HTMLElement).offsetTop - 100));
    expect(await frameTop(page)).toBeGreaterThan(50);
    await first.tap();
    await expect.poll(() => steps(page)).toBe(1);
    // Bringing the frame into view would have put its top at 0: it stays where it was.
    expect(await frameTop(page)).toBeGreaterThan(50);
  });
});
