import { expect, test, type Page } from '@playwright/test';
import { ui } from '../content';
import { finish, onPhone, SCHEMES } from './phone';
import { questionOf } from './journeys';

const t = ui.flowMap;
const map = (page: Page) => page.getByRole('region', { name: t.regionLabel });
const viewBox = async (page: Page) =>
  (await map(page).locator('svg').getAttribute('viewBox'))!.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];

for (const scheme of SCHEMES) {
  test.describe(`the flow map on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('fits the width, zooms, pans by keyboard and drag, and fits again', async ({ page }) => {
      await page.goto('/flow');
      const svg = map(page).locator('svg');
      await expect(svg).toBeVisible();
      // The whole width of the map is in view at first, inside the screen.
      const full = Number(
        (await page.getByRole('figure').locator('svg').getAttribute('viewBox'))!.split(' ')[2],
      );
      const fitted = await viewBox(page);
      expect(fitted[0]).toBeLessThanOrEqual(0);
      expect(fitted[2]).toBeGreaterThanOrEqual(full - 1);
      expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(390);

      await page.getByRole('button', { name: t.zoomIn }).click();
      await page.getByRole('button', { name: t.zoomIn }).click();
      await expect.poll(async () => (await viewBox(page))[2]).toBeLessThan(fitted[2] / 1.5);

      await map(page).focus();
      const before = await viewBox(page);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await viewBox(page))[0]).toBeGreaterThan(before[0]);
      expect((await viewBox(page))[1]).toBeGreaterThan(before[1]);

      const box = (await map(page).boundingBox())!;
      const moved = await viewBox(page);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 - 40, { steps: 5 });
      await page.mouse.up();
      await expect.poll(async () => (await viewBox(page))[0]).toBeGreaterThan(moved[0]);
      await finish(page, 'flow-zoomed', scheme);

      await page.getByRole('button', { name: t.fit }).click();
      await expect.poll(async () => (await viewBox(page))[2]).toBeCloseTo(fitted[2], 0);
    });
  });
}

test('a box reached by keyboard is brought into view and opens its page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
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
