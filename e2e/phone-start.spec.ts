import { expect, test } from '@playwright/test';
import { finish, onPhone, SCHEMES } from './phone';
import { ui } from '../content';
import { linkTo, questionOf, whenLive } from './journeys';

// A case code for a journey four questions deep, as support would read it out, then typed the
// way people type: lower case, no dash, O for 0 and L for 1 where those appear.
const CODE_PATH = linkTo([
  ['goal', 'restore'],
  ['accounts', 'personal'],
  ['platforms', 'android-android'],
  ['old-phone', 'gone'],
]);

for (const scheme of SCHEMES) {
  test.describe(`starting on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('a code from support, typed sloppily, opens that step', async ({ page }) => {
      await page.goto(CODE_PATH.replace('/check', '/share'));
      const code = await page.getByRole('textbox', { name: 'Case code' }).inputValue();
      const sloppy = code.replace(/-/g, '').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');

      await page.goto('/');
      await page.getByRole('textbox', { name: 'Your code' }).fill(sloppy);
      await page.getByRole('button', { name: 'Open' }).click();

      await expect(page).toHaveURL(CODE_PATH);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await finish(page, 'code-opened', scheme);
    });

    test('a code with a typo says where, and keeps what was typed', async ({ page }) => {
      await page.goto('/code?c=1zzz-zzzz');

      await expect(
        page.getByRole('heading', { level: 1, name: 'We could not open that code' }),
      ).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'typo' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Your code' })).toHaveValue('1zzz-zzzz');
      await expect(page.getByRole('link', { name: 'Start the checklist instead' })).toBeVisible();
      await finish(page, 'code-typo', scheme);
    });

    test('the start page leads straight to the accounts, and the header to every part', async ({
      page,
    }) => {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Checklist', 'Services', 'For support', 'For help desks']) {
        await expect(nav.getByRole('link', { name })).toBeVisible();
      }
      // The footer reads as short lines on a phone, not a dense block: none wraps past 2 lines.
      const lines = await page
        .locator('footer li')
        .evaluateAll((items) =>
          items.map(
            (li) => li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight),
          ),
        );
      expect(lines.length).toBeGreaterThanOrEqual(3);
      for (const count of lines) expect(count).toBeLessThanOrEqual(2.1);

      await page.getByRole('link', { name: 'Make a recovery plan' }).click();
      await expect(page).toHaveURL(/\/plan$/);
      await finish(page, 'accounts-from-start', scheme);
    });
  });
}

test.describe('a tap on a situation, on a phone', () => {
  onPhone('light');
  const situation = questionOf('goal').answers.restore!.label;
  const chosen = questionOf('accounts').title;
  const startLinks = 'section[aria-labelledby="start-heading"] a';

  test('the tapped situation shows at once that its step is loading', async ({ page }) => {
    // The step's data is held back, as on a slow connection, until the link has been looked at.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/check',
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto('/');
    await whenLive(page, startLinks);
    const link = page.getByRole('link', { name: situation });

    await link.tap();

    await expect(link).toHaveAttribute('aria-busy', 'true');
    const spinner = await link.evaluate((a) => getComputedStyle(a, '::after').animationName);
    expect(spinner).toBe('link-busy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.landing.title);
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chosen);
    await finish(page, 'situation-tapped', 'light');
  });

  test('the chosen step is the first one drawn: the first question never shows', async ({
    page,
  }) => {
    // Every heading the page shows, from its first paint, however briefly.
    await page.addInitScript(() => {
      const shown: string[] = [];
      Object.assign(window, { shownHeadings: shown });
      const note = () => {
        const text = document.querySelector('h1')?.textContent ?? '';
        if (shown[shown.length - 1] !== text) shown.push(text);
      };
      document.addEventListener('DOMContentLoaded', () => {
        note();
        new MutationObserver(note).observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
    });
    await page.goto('/');
    await whenLive(page, startLinks);

    await page.getByRole('link', { name: situation }).tap();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chosen);
    await expect(page).toHaveURL(linkTo([['goal', 'restore']]));
    const shown = await page.evaluate(
      () => (window as unknown as { shownHeadings: string[] }).shownHeadings,
    );
    expect(shown).not.toContain(questionOf('goal').title);
    expect(shown).toEqual([ui.landing.title, chosen]);
    // Arrived at as a move, not a page load: the heading has the focus, as after an answer.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('the code box is a plain form that lands on the step', async ({ page }) => {
    await page.goto(CODE_PATH.replace('/check', '/share'));
    const code = await page.getByRole('textbox', { name: 'Case code' }).inputValue();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'Your code' }).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page).toHaveURL(CODE_PATH);
  });

  test('a situation is a plain link to its step', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: questionOf('goal').answers.lost!.label }).click();
    await expect(page).toHaveURL(linkTo([['goal', 'lost']]));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionOf('accounts').title);
  });
});
