import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The journeys tried on a phone: 390 by 844, touch, light and dark. Each ends with `finish`,
 * which checks the end state with axe and, when SCREENSHOTS_DIR is set (`npm run
 * screenshots`), saves a picture of it for a reviewer.
 */
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

export function onPhone(scheme: Scheme) {
  test.use({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    colorScheme: scheme,
  });
}

export async function finish(page: Page, name: string, scheme: Scheme, fullPage = false) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([]);
  const dir = process.env.SCREENSHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}-phone-${scheme}.png`, fullPage });
}
