import { expect, test } from '@playwright/test';
import { families, walk } from './journeys';

test.describe('every outcome family, with JavaScript', () => {
  for (const journey of families) {
    test(journey.name, async ({ page }) => {
      // Every step's words, loaded once the page has started (lib/wizard/step-texts.ts).
      const words = page.waitForResponse((r) => r.url().includes('/wizard-texts/'));
      await page.goto('/check');
      await words;
      const documentLoads: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/check')) documentLoads.push(request.url());
      });
      await walk(page, journey);
      // Each step was drawn in the browser: no page loads and no server round trips.
      expect(documentLoads).toEqual([]);
      await expect(page).toHaveURL(new RegExp(`${journey.answers.at(-1)![0]}=`));
    });
  }
});
