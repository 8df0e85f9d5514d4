import { test } from '@playwright/test';
import { families, walk } from './journeys';

test.use({ javaScriptEnabled: false });

test.describe('every outcome family, with JavaScript turned off', () => {
  for (const journey of families) {
    test(journey.name, async ({ page }) => {
      await page.goto('/check');
      await walk(page, journey);
    });
  }
});
