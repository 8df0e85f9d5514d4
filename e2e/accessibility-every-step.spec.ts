import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CONTENT_VERSION } from '../content';
import { toSearch } from '../lib/answers-url';
import { reachableStates, shortestPathTo } from '../lib/paths';

const variants = [
  { colorScheme: 'light', width: 320 },
  { colorScheme: 'dark', width: 320 },
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
] as const;

/** Every question and every outcome of the wizard, as the machine reaches it. */
for (const state of reachableStates()) {
  test(`${state}: no WCAG 2.2 AA violations, light and dark, phone and desktop`, async ({
    page,
  }) => {
    const answers = shortestPathTo(state) ?? [];
    await page.goto(answers.length ? `/check?${toSearch(answers, CONTENT_VERSION)}` : '/check');
    for (const { colorScheme, width } of variants) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const found = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
      );
      expect(found, `${colorScheme}, ${width}px`).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${colorScheme}, ${width}px`).toBeLessThanOrEqual(0);
    }
  });
}
