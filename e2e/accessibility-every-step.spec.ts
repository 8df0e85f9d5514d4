import { test } from '@playwright/test';
import { CONTENT_VERSION } from '../content';
import { toSearch } from '../lib/wizard/answers-url';
import { reachableStates, shortestPathTo } from '../lib/wizard/paths';
import { expectAccessibleEverywhere } from './axe';

// Each state is its own page load: the workers share them, so this file is not the long pole.
test.describe.configure({ mode: 'parallel' });

/** Every question and every outcome of the wizard, as the machine reaches it. */
for (const state of reachableStates()) {
  test(`${state}: no WCAG 2.2 AA violations, light and dark, phone and desktop`, async ({
    page,
  }) => {
    // Four axe runs on one load: more than one ordinary test's time on a busy machine.
    test.slow();
    const answers = shortestPathTo(state) ?? [];
    await page.goto(answers.length ? `/check?${toSearch(answers, CONTENT_VERSION)}` : '/check');
    await expectAccessibleEverywhere(page);
  });
}
