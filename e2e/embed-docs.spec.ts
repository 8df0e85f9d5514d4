import { expect, test } from '@playwright/test';
import { questionOf } from './journeys';

const port = Number(process.env.E2E_PORT ?? 3100);
const origin = `http://127.0.0.1:${port}`;

test('a help desk picks options, copies the snippet and sees the preview', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/embed/docs');
  const script = page.locator('pre').first();
  await expect(script).toHaveText(`<script src="${origin}/embed.js" async></script>`);

  await page
    .getByLabel('Start at')
    .selectOption({ label: questionOf('goal').answers.prepare!.label });
  await page.getByLabel('Accent colour').fill('#0f766e');
  await page.getByLabel('Always dark').check();
  await page.getByLabel('Maximum height, in pixels').fill('1200');

  await expect(script).toHaveText(
    `<script src="${origin}/embed.js" data-start="prepare" data-accent="#0f766e" data-theme="dark" data-max-height="1200" async></script>`,
  );
  await page.getByRole('button', { name: 'Copy the snippet' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await script.textContent(),
  );

  const preview = page.frameLocator('iframe[title="Preview of the embedded checklist"]');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(questionOf('accounts').title);
  await expect(preview.locator('main')).toHaveAttribute('data-theme', 'dark');
});

test('a bad value says what is wrong and stays out of the snippet', async ({ page }) => {
  await page.goto('/embed/docs');
  await page.getByLabel('Accent colour').fill('teal');
  await page.getByLabel('Minimum height, in pixels').fill('900');
  await page.getByLabel('Maximum height, in pixels').fill('400');

  await expect(page.getByText('“teal” is not a colour we can use')).toBeVisible();
  await expect(
    page.getByText('The maximum height must be at least the minimum height.'),
  ).toBeVisible();
  await expect(page.locator('pre').first()).toHaveText(
    `<script src="${origin}/embed.js" data-min-height="900" async></script>`,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form is sent and the snippet and preview come from the server', async ({ page }) => {
    await page.goto('/embed/docs');
    await page.getByLabel('Start at').selectOption('prepare');
    await page.getByLabel('Accent colour').fill('zzz');
    await page.getByRole('button', { name: 'Update the snippet' }).click();

    await expect(page).toHaveURL(/\/embed\/docs\?start=prepare&accent=zzz/);
    await expect(page.getByText('“zzz” is not a colour we can use')).toBeVisible();
    await expect(page.locator('pre').first()).toHaveText(
      `<script src="${origin}/embed.js" data-start="prepare" async></script>`,
    );
    await expect(page.locator('pre').nth(1)).toContainText(`src="${origin}/embed?start=prepare"`);
    const preview = page.frameLocator('iframe[title="Preview of the embedded checklist"]');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
      questionOf('accounts').title,
    );
  });
});
