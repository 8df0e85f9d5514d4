import { expect, test } from '@playwright/test';
import { agentContent, ticketText, wizardContent } from '../content';
import { finish, onPhone, SCHEMES } from './phone';
import { families, linkTo } from './journeys';

const LINK = linkTo(families.find((j) => j.outcome === 'microsoft-account-recovery')!.answers);

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

    test('the summary and its Copy buttons come before the transcript, and Copied resets', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.clock.install();
      await page.goto(`/agent?q=${encodeURIComponent(LINK)}`);
      const summary = page.getByRole('heading', {
        name: agentContent.console.summaryHeading,
        exact: true,
      });
      const transcript = page.getByRole('heading', {
        name: agentContent.console.transcriptHeading,
      });
      const copyText = page.getByRole('button', { name: ticketText.copyText });
      const top = async (l: typeof summary) => (await l.boundingBox())!.y;
      expect(await top(summary)).toBeLessThan(await top(transcript));
      expect(await top(copyText)).toBeLessThan(await top(transcript));
      expect(
        await top(page.getByRole('textbox', { name: agentContent.console.linkLabel, exact: true })),
      ).toBeLessThan(await top(transcript));

      await copyText.click();
      const copied = page.getByRole('button', { name: agentContent.share.copied, exact: true });
      await expect(copied).toHaveCount(1);
      await expect(
        page.getByRole('status').filter({ hasText: agentContent.share.copiedAnnouncement }),
      ).toHaveCount(1);
      // A few seconds later the button reads as before and the announcement is gone.
      await page.clock.runFor(10_000);
      await expect(copied).toHaveCount(0);
      await expect(copyText).toBeVisible();
      await expect(
        page.getByRole('status').filter({ hasText: agentContent.share.copiedAnnouncement }),
      ).toHaveCount(0);
      await finish(page, 'agent-summary-first', scheme);
    });

    test('the console says why each step follows, and its example code is a real one', async ({
      page,
    }) => {
      await page.goto('/agent');
      const hint = await page
        .getByText(/^For example /)
        .first()
        .innerText();
      const example = hint.match(/For example ([0-9A-Z-]+),/)![1]!;
      await page.getByLabel(agentContent.console.inputLabel).fill(example);
      await page.getByRole('button', { name: agentContent.console.submit }).click();
      await expect(page.getByRole('heading', { name: new RegExp(example) })).toBeVisible();

      await page.goto(`/agent?q=${encodeURIComponent(LINK)}`);
      // The reason the next question is asked, not only which answer led there.
      await expect(page.getByRole('main')).toContainText(
        wizardContent.questions['recovery-signin']!.why,
      );
      await finish(page, 'agent-why', scheme);
    });
  });
}
