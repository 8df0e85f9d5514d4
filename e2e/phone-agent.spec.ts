import { expect, test } from '@playwright/test';
import { finish, onPhone, SCHEMES } from './phone';

const LINK =
  '/check?v=2&goal=restore&platforms=android-android&android-new-backup=no&android-new-phone=restore-shown&recovery-signin=cannot-sign-in';

for (const scheme of SCHEMES) {
  test.describe(`the support console on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('the ticket summary leads with the short form and copies in four shapes', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/agent?q=${encodeURIComponent(LINK)}`);

      const text = await page
        .getByRole('textbox', { name: 'Ticket summary, as plain text' })
        .inputValue();
      const short = text.slice(0, text.indexOf('Full transcript'));
      for (const label of [
        'Situation:',
        'Platform:',
        'Result:',
        'Next action:',
        'Link:',
        'Case code:',
      ]) {
        expect(short).toContain(label);
      }
      expect(text.indexOf('Full transcript')).toBeGreaterThan(0);

      await page.locator('summary').filter({ hasText: 'HTML' }).click();
      const html = await page
        .getByRole('textbox', { name: 'HTML (paragraphs, lists, links and bold only)' })
        .inputValue();
      const tags = new Set([...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
      expect([...tags].sort()).toEqual(['a', 'li', 'p', 'strong', 'ul']);

      await page.locator('summary').filter({ hasText: 'JSON' }).click();
      const json = JSON.parse(
        await page.getByRole('textbox', { name: 'JSON (format version 1)' }).inputValue(),
      );
      expect(json).toMatchObject({ formatVersion: 1, result: { kind: 'outcome' } });

      await page.locator('summary').filter({ hasText: 'Markdown' }).click();
      await page.getByRole('button', { name: 'Copy Markdown' }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^\*\*In short\*\*/);
      await finish(page, 'agent-ticket-formats', scheme);
    });
  });
}
