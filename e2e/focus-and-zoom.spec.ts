import { expect, test, type Page } from '@playwright/test';
import { ui } from '../content';
import { families, linkTo, outcomeTitle, pathTo, questionOf } from './journeys';

async function focusedName(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (el?.getAttribute('aria-label') || el?.textContent || el?.tagName || '')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

test('Tab moves through a question in reading order', async ({ page }) => {
  await page.goto(linkTo(pathTo('platforms')));
  const q = questionOf('platforms');
  const expected = [
    'Skip to content',
    'Authenticator restore checklist',
    ...Object.values(ui.site.nav),
    ...Object.values(q.answers).map((a) => a.label),
  ];
  const seen: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focusedName(page));
  }
  expect(seen.map((name, i) => name.startsWith(expected[i]!))).toEqual(expected.map(() => true));
  // After the answers come the sources, then Back and Start over.
  const rest: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    rest.push(await focusedName(page));
  }
  const back = rest.findIndex((name) => name.endsWith('Back'));
  expect(back).toBeGreaterThan(0);
  expect(rest[back + 1]).toBe('Start over');
});

test('after each answer, focus is on the new heading, and Tab goes on from there', async ({
  page,
}) => {
  await page.goto(
    linkTo([
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'android-android'],
    ]),
  );
  await page
    .getByRole('link', { name: questionOf('old-phone').answers['shows-accounts']!.label })
    .click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(questionOf('android-new-backup').title);
  await expect(h1).toBeFocused();
  await page.keyboard.press('Tab');
  const first = Object.values(questionOf('android-new-backup').answers)[0]!.label;
  expect(await focusedName(page)).toContain(first);
});

const zoomPages = {
  landing: '/',
  question: linkTo(pathTo('platforms')),
  'version question': linkTo(pathTo('app-version')),
  outcome: linkTo(families.find((j) => j.outcome === 'cross-platform')!.answers),
};

for (const width of [1280, 640]) {
  for (const [name, url] of Object.entries(zoomPages)) {
    test(`${name} keeps all its content with text at 200% (${width}px wide)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // Nothing is clipped: no element's text runs wider than its own box.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => {
            const style = getComputedStyle(el);
            return el.scrollWidth > el.clientWidth + 1 && style.overflowX === 'hidden';
          })
          .map((el) => el.tagName),
      );
      expect(clipped).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (name === 'outcome')
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          outcomeTitle('cross-platform'),
        );
    });
  }
}
