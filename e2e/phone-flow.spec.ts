import { expect, test, type Locator, type Page } from '@playwright/test';
import { agentContent, ui } from '../content';
import { fill } from '../lib/text';
import { finish, onPhone, SCHEMES } from './phone';
import { linkTo, lostIphone, outcomeTitle, questionOf } from './journeys';

const t = ui.flowMap;
const PHONE_WIDTH = 390;
const map = (page: Page) => page.getByRole('region', { name: t.regionLabel });
const figure = (page: Page) => page.getByRole('figure');
const viewBox = async (page: Page) =>
  (await map(page).locator('svg').getAttribute('viewBox'))!.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

type Rect = { left: number; right: number; top: number; bottom: number; width: number };
const rectOf = (locator: Locator): Promise<Rect> =>
  locator.evaluate((element) => {
    const { left, right, top, bottom, width } = element.getBoundingClientRect();
    return { left, right, top, bottom, width };
  });
const middle = (rect: Rect) => ({
  x: (rect.left + rect.right) / 2,
  y: (rect.top + rect.bottom) / 2,
});
/** The middle of the part of `rect` inside the window (a tall map may run past its bottom). */
const onScreen = async (page: Page, rect: Rect) => {
  const height = await page.evaluate(() => window.innerHeight);
  return {
    x: (rect.left + rect.right) / 2,
    y: (Math.max(rect.top, 0) + Math.min(rect.bottom, height)) / 2,
  };
};
const box = (page: Page, state: string) => figure(page).locator(`a[data-state="${state}"] rect`);

/** The states of a journey in order: every question answered, then its result. */
const pathOf = (journey: typeof lostIphone) => [
  ...journey.answers.map(([question]) => question),
  journey.outcome,
];

/** The whole map is drawn inside the screen's width: every box within the drawing. */
async function expectFitted(page: Page) {
  const svg = await rectOf(figure(page).locator('svg'));
  expect(svg.left).toBeGreaterThanOrEqual(0);
  expect(svg.right).toBeLessThanOrEqual(PHONE_WIDTH);
  const boxes = await figure(page)
    .locator('a[data-state] rect')
    .evaluateAll((rects) =>
      rects.map((rect) => {
        const { left, right, top, bottom } = rect.getBoundingClientRect();
        return { left, right, top, bottom };
      }),
    );
  expect(boxes.length).toBeGreaterThan(10);
  for (const b of boxes) {
    expect(b.left).toBeGreaterThanOrEqual(svg.left - 1);
    expect(b.right).toBeLessThanOrEqual(svg.right + 1);
    expect(b.top).toBeGreaterThanOrEqual(svg.top - 1);
    expect(b.bottom).toBeLessThanOrEqual(svg.bottom + 1);
  }
}

/** The path drawn in bold over the map: its boxes and its arrows, read off the drawing. */
async function expectPath(page: Page, states: string[]) {
  const overlay = figure(page).locator('[data-path]');
  const boxes = await overlay
    .locator('[data-path-state]')
    .evaluateAll((rects) => rects.map((rect) => rect.getAttribute('data-path-state')));
  expect(boxes.toSorted()).toEqual(states.toSorted());
  const arrows = await overlay
    .locator('[data-path-from]')
    .evaluateAll((paths) =>
      paths.map(
        (path) => `${path.getAttribute('data-path-from')}→${path.getAttribute('data-path-to')}`,
      ),
    );
  expect(arrows.toSorted()).toEqual(
    states
      .slice(1)
      .map((to, i) => `${states[i]}→${to}`)
      .toSorted(),
  );
  // Every arrow of the path is one the map draws, and every box one of its boxes.
  for (const arrow of arrows) {
    const [from, to] = arrow.split('→');
    await expect(figure(page).locator(`path[data-from="${from}"][data-to="${to}"]`)).toHaveCount(1);
  }
  for (const state of states) await expect(box(page, state)).toHaveCount(1);
  await expect(overlay.locator('[data-path-current]')).toHaveAttribute(
    'data-path-state',
    states.at(-1)!,
  );
}

/** Two fingers on either side of `at`, spread from `from` to `to` pixels apart, by CDP. */
async function pinch(page: Page, at: { x: number; y: number }, from: number, to: number) {
  const cdp = await page.context().newCDPSession(page);
  const fingers = (gap: number) => [
    { x: at.x - gap / 2, y: at.y, id: 1 },
    { x: at.x + gap / 2, y: at.y, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
  for (let i = 1; i <= 6; i++) {
    const touchPoints = fingers(from + ((to - from) * i) / 6);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/**
 * One finger swiped up from `at` (the page should move down under it), by CDP touch events:
 * the browser makes its own scroll gesture of them, as it would of a real finger.
 */
async function swipeUp(page: Page, at: { x: number; y: number }, distance: number) {
  const cdp = await page.context().newCDPSession(page);
  const finger = (y: number) => [{ x: at.x, y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: finger(at.y) });
  for (let i = 1; i <= 8; i++) {
    const touchPoints = finger(at.y - (distance * i) / 8);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

for (const scheme of SCHEMES) {
  test.describe(`the flow map on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('opened from a result, it fits the width with the path there drawn in bold', async ({
      page,
    }) => {
      test.slow();
      await page.goto(linkTo(lostIphone.answers));
      await page.getByRole('link', { name: ui.outcome.mapLink }).click();
      await expect(page).toHaveURL(/\/flow\?v=\d+&goal=lost/);
      await expect(map(page)).toBeVisible();
      await expect(
        page.getByText(
          fill(agentContent.flow.pathIntro, { title: outcomeTitle('service-recovery') }),
        ),
      ).toBeVisible();
      await expectFitted(page);
      await expectPath(page, pathOf(lostIphone));
      const note = page.getByText(agentContent.flow.pathBack).locator('..');
      await note.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await finish(page, 'flow-from-step', scheme);
      // A tap on the step it was opened from brings its words up to a readable size.
      await map(page).scrollIntoViewIfNeeded();
      const here = middle(await rectOf(box(page, lostIphone.outcome)));
      await page.touchscreen.tap(here.x, here.y);
      await expect(map(page)).toHaveAttribute('data-zoomed', 'true');
      await finish(page, 'flow-from-step-tapped', scheme);

      // Back to the step the map was opened from.
      await page.getByRole('link', { name: agentContent.flow.pathBack }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        outcomeTitle('service-recovery'),
      );
    });

    test('opened from a question, the path runs to that question', async ({ page }) => {
      test.slow();
      const answered = lostIphone.answers.slice(0, -1);
      const here = lostIphone.answers.at(-1)![0];
      await page.goto(linkTo(answered));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionOf(here).title);
      await page.getByRole('link', { name: ui.wizard.mapLink }).click();
      await expect(page).toHaveURL(/\/flow\?v=\d+&goal=lost/);
      await expect(
        page.getByText(fill(agentContent.flow.pathIntro, { title: questionOf(here).title })),
      ).toBeVisible();
      await expectFitted(page);
      await expectPath(page, [...answered.map(([question]) => question), here]);
      await page.getByRole('link', { name: agentContent.flow.pathBack }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionOf(here).title);
    });

    test('fits the width, zooms, pans by keyboard and drag, and fits again', async ({ page }) => {
      test.slow();
      await page.goto('/flow');
      await expect(map(page).locator('svg')).toBeVisible();
      await expectFitted(page);
      const fitted = await viewBox(page);

      await page.getByRole('button', { name: t.zoomIn }).click();
      await page.getByRole('button', { name: t.zoomIn }).click();
      await expect.poll(async () => (await viewBox(page))[2]).toBeLessThan(fitted[2] / 1.5);

      await map(page).focus();
      const before = await viewBox(page);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await viewBox(page))[0]).toBeGreaterThan(before[0]);
      expect((await viewBox(page))[1]).toBeGreaterThan(before[1]);

      const area = (await map(page).boundingBox())!;
      const moved = await viewBox(page);
      await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
      await page.mouse.down();
      await page.mouse.move(area.x + area.width / 2 - 80, area.y + area.height / 2 - 40, {
        steps: 5,
      });
      await page.mouse.up();
      await expect.poll(async () => (await viewBox(page))[0]).toBeGreaterThan(moved[0]);
      await finish(page, 'flow-zoomed', scheme);

      await page.getByRole('button', { name: t.fit }).click();
      await expect.poll(async () => (await viewBox(page))[2]).toBeCloseTo(fitted[2], 0);
    });
  });
}

test.describe('the flow map under a finger', () => {
  onPhone('light');

  test('a pinch zooms around the point between the fingers', async ({ page }) => {
    await page.goto(linkTo(lostIphone.answers, '/flow'));
    await map(page).scrollIntoViewIfNeeded();
    const target = box(page, 'ios-keychain-sync');
    const before = await rectOf(target);
    const at = middle(before);
    await pinch(page, at, 30, 120);
    await expect(map(page)).toHaveAttribute('data-zoomed', 'true');
    const after = await rectOf(target);
    // Spread four times apart: the box grows (up to the largest zoom), and stays put.
    expect(after.width).toBeGreaterThan(before.width * 2.5);
    expect(Math.abs(middle(after).x - at.x)).toBeLessThan(6);
    expect(Math.abs(middle(after).y - at.y)).toBeLessThan(6);
  });

  test('a tap on the fitted map zooms in where it lands, without opening a box', async ({
    page,
  }) => {
    await page.goto('/flow');
    await map(page).scrollIntoViewIfNeeded();
    const target = box(page, 'ios-keychain-sync');
    const before = await rectOf(target);
    const at = middle(before);
    await page.touchscreen.tap(at.x, at.y);
    await expect(map(page)).toHaveAttribute('data-zoomed', 'true');
    const after = await rectOf(target);
    expect(after.width).toBeGreaterThan(before.width * 4);
    expect(Math.abs(middle(after).x - at.x)).toBeLessThan(6);
    expect(Math.abs(middle(after).y - at.y)).toBeLessThan(6);
    await expect(page).toHaveURL(/\/flow$/);
  });

  test('a swipe over the fitted map scrolls the page; zoomed in, it moves the map', async ({
    page,
  }) => {
    await page.goto('/flow');
    const area = map(page);
    await area.scrollIntoViewIfNeeded();
    const fitted = await viewBox(page);
    const start = await scrollY(page);
    await swipeUp(page, await onScreen(page, await rectOf(area)), 120);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(start + 50);
    expect(await viewBox(page)).toEqual(fitted);

    await page.getByRole('button', { name: t.zoomIn }).click();
    await page.getByRole('button', { name: t.zoomIn }).click();
    await expect(area).toHaveAttribute('data-zoomed', 'true');
    await area.scrollIntoViewIfNeeded();
    const zoomed = await viewBox(page);
    const held = await scrollY(page);
    await swipeUp(page, await onScreen(page, await rectOf(area)), 120);
    await expect.poll(async () => (await viewBox(page))[1]).toBeGreaterThan(zoomed[1]);
    expect(await scrollY(page)).toBe(held);
  });
});

test('with a mouse, the wheel scrolls the page and Ctrl + wheel zooms at the pointer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/flow');
  const area = map(page);
  await area.scrollIntoViewIfNeeded();
  const fitted = await viewBox(page);
  const at = await onScreen(page, await rectOf(area));
  await page.mouse.move(at.x, at.y);
  const start = await scrollY(page);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(start);
  expect(await viewBox(page)).toEqual(fitted);

  const target = box(page, 'platforms');
  await target.scrollIntoViewIfNeeded();
  const before = await rectOf(target);
  const point = middle(before);
  await page.mouse.move(point.x, point.y);
  const held = await scrollY(page);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -150);
  await page.keyboard.up('Control');
  await expect(area).toHaveAttribute('data-zoomed', 'true');
  const after = await rectOf(target);
  expect(after.width).toBeGreaterThan(before.width * 1.5);
  expect(Math.abs(middle(after).x - point.x)).toBeLessThan(6);
  expect(Math.abs(middle(after).y - point.y)).toBeLessThan(6);
  expect(await scrollY(page)).toBe(held);

  // A double click zooms in further, around the point clicked: on an arrow's words, with
  // nothing drawn over their middle, as a click on a box would open it.
  const labels = figure(page).locator('g[aria-hidden="true"]:not([data-path]) > rect');
  const index = await labels.evaluateAll((rects) =>
    rects.findIndex((rect) => {
      const r = rect.getBoundingClientRect();
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      const hit = document.elementFromPoint(x, y);
      return y > 0 && y < window.innerHeight && hit !== null && rect.parentNode!.contains(hit);
    }),
  );
  expect(index).toBeGreaterThanOrEqual(0);
  const label = labels.nth(index);
  const closer = await rectOf(label);
  const spot = middle(closer);
  await page.mouse.dblclick(spot.x, spot.y);
  await expect.poll(async () => (await rectOf(label)).width).toBeGreaterThan(closer.width * 1.1);
  const closest = await rectOf(label);
  expect(Math.abs(middle(closest).x - spot.x)).toBeLessThan(6);
  expect(Math.abs(middle(closest).y - spot.y)).toBeLessThan(6);
  await expect(page).toHaveURL(/\/flow$/);
});

test.describe('without JavaScript, on a phone', () => {
  onPhone('light');
  test.use({ javaScriptEnabled: false });

  test('the map is drawn fitted, and the list below works', async ({ page }) => {
    await page.goto(linkTo(lostIphone.answers));
    await page.getByRole('link', { name: ui.outcome.mapLink }).click();
    await expect(page).toHaveURL(/\/flow\?/);
    await expectFitted(page);
    const list = page.getByRole('region', { name: agentContent.flow.textHeading });
    await list
      .getByRole('link', { name: questionOf('platforms').title })
      .first()
      .click();
    await expect(page).toHaveURL(/#flow-platforms$/);
  });
});

test('a link whose answers cannot be read draws no path and says so', async ({ page }) => {
  const response = await page.goto(`${linkTo([['goal', 'nope']], '/flow')}&junk=1`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText(agentContent.flow.pathNone)).toBeVisible();
  await expect(figure(page).locator('[data-path]')).toHaveCount(0);
});

test('a box reached by keyboard is brought into view and opens its page', async ({ page }) => {
  await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  await page.goto('/flow');
  await page.getByRole('button', { name: t.zoomIn }).click();
  await page.getByRole('button', { name: t.zoomIn }).click();
  const title = questionOf('ios-keychain-sync').title;
  const node = map(page).getByRole('link', { name: title });
  await node.focus();
  await expect(node).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});
