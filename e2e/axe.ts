import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The four ways a page is checked: light and dark, at phone and desktop width. */
export const variants = [
  { colorScheme: 'light', width: 320 },
  { colorScheme: 'dark', width: 320 },
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
] as const;

/**
 * Checks the loaded page in every variant without loading it again: one h1, no WCAG 2.2 AA
 * violation, and nothing wider than the screen.
 */
export async function expectAccessibleEverywhere(page: Page) {
  for (const { colorScheme, width } of variants) {
    const where = `${colorScheme}, ${width}px`;
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const found = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
    );
    expect(found, where).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, where).toBeLessThanOrEqual(0);
  }
}
