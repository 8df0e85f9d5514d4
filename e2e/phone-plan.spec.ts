import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { servicesUi } from '../content';
import { finish, onPhone, SCHEMES } from './phone';

const copy = servicesUi.plan;
const checklist = (page: Page) => page.getByRole('region', { name: copy.checklistHeading });
const box = (page: Page, name: string) => checklist(page).getByRole('checkbox', { name });

for (const scheme of SCHEMES) {
  test.describe(`the recovery plan on a phone, ${scheme}`, () => {
    onPhone(scheme);

    test('adding a service keeps the ticks, and clearing them asks first', async ({ page }) => {
      await page.goto('/plan?s=google,github,steam');
      await box(page, 'Google').check();
      await box(page, 'Steam').check();
      await expect(checklist(page).getByText('2 of 3 services done')).toBeVisible();

      await page.getByText(copy.changeHeading).click();
      await page.getByRole('checkbox', { name: 'Amazon' }).check();
      const make = page.getByRole('button', { name: 'Make my plan (4 services)' });
      await expect(make).toBeInViewport();
      await make.click();

      await expect(page).toHaveURL(/\/plan\?s=google,github,amazon,steam$/);
      await expect(page.getByRole('status').filter({ hasText: 'Amazon added' })).toHaveText(
        'Amazon added to your plan.',
      );
      await expect(checklist(page).getByText('2 of 4 services done')).toBeVisible();
      await expect(box(page, 'Google')).toBeChecked();

      await checklist(page).getByRole('button', { name: copy.clear }).click();
      await expect(box(page, 'Google')).toBeChecked();
      await checklist(page).getByRole('button', { name: copy.clearNo }).click();
      await expect(box(page, 'Steam')).toBeChecked();
      await checklist(page).getByRole('button', { name: copy.clear }).click();
      await expect(checklist(page).getByText('Clear all 2 ticks?')).toBeVisible();
      await finish(page, 'plan-clear-asks', scheme);
      await checklist(page).getByRole('button', { name: copy.clearYes }).click();
      await expect(checklist(page).getByText('0 of 4 services done')).toBeVisible();
    });

    test('a service page adds to the plan already made; the card leads with its recovery page', async ({
      page,
    }) => {
      await page.goto('/plan?s=google,github');
      await box(page, 'Google').check();
      await page.goto('/services/revolut');
      await page.getByRole('link', { name: 'Add Revolut to your recovery plan' }).click();

      await expect(page).toHaveURL(/\/plan\?s=google,github,revolut$/);
      await expect(checklist(page).getByRole('status').first()).toHaveText(
        'Revolut added to your plan.',
      );
      await expect(box(page, 'Google')).toBeChecked();
      await expect(box(page, 'Revolut')).not.toBeChecked();
      const card = checklist(page).locator('li[data-service="revolut"]');
      const action = card.getByRole('link', { name: 'Go to Revolut’s recovery page' });
      const [actionBox, cardBox] = [await action.boundingBox(), await card.boundingBox()];
      expect(actionBox!.height).toBeGreaterThanOrEqual(44);
      expect(actionBox!.width).toBeGreaterThan(cardBox!.width * 0.6);
      await expect(card).not.toContainText('Have ready');
      await action.scrollIntoViewIfNeeded();
      await finish(page, 'plan-added-from-service', scheme);
    });

    test('a plan of one service opens on choosing, and the picker counts as the plan does', async ({
      page,
    }) => {
      // Arrange: as a result leads here, with the backup holder alone
      await page.goto('/plan?holder=apple');
      const choose = page.getByRole('heading', { name: copy.pickerHeading });
      await expect(choose).toBeInViewport();
      await expect(page.getByText(copy.changeHeading)).toHaveCount(0);
      const [chooseBox, listBox] = [
        await choose.boundingBox(),
        await page.getByRole('heading', { name: copy.checklistHeading }).boundingBox(),
      ];
      expect(chooseBox!.y).toBeLessThan(listBox!.y);
      await expect(page.getByRole('button', { name: 'Make my plan (1 service)' })).toBeVisible();
      await expect(checklist(page).getByText('0 of 1 service done')).toBeVisible();

      // Act
      await page.getByRole('checkbox', { name: 'Google' }).check();
      await page.getByRole('checkbox', { name: 'Steam' }).check();
      await page.getByRole('checkbox', { name: copy.workLabel }).check();
      await page.getByRole('checkbox', { name: copy.workLabel }).uncheck();
      const make = page.getByRole('button', { name: 'Make my plan (3 services)' });
      await expect(make).toBeInViewport();
      await finish(page, 'plan-opens-on-picker', scheme);
      await make.click();

      // Assert: the same number, in the same words; the plan now leads
      await expect(page).toHaveURL(/\/plan\?s=google,steam&holder=apple$/);
      await expect(checklist(page).getByText('0 of 3 services done')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText(
        'Google and Steam added to your plan.',
      );
      await expect(page.getByRole('heading', { name: copy.pickerHeading })).toHaveCount(0);
      await page.getByText(copy.changeHeading).click();
      await expect(page.getByRole('button', { name: 'Make my plan (3 services)' })).toBeVisible();
      await page.getByText(copy.changeHeading).scrollIntoViewIfNeeded();
      await finish(page, 'plan-added', scheme);
    });

    test('“Make my plan” stays in reach with the count picked', async ({ page }) => {
      await page.goto('/plan');
      const make = page.getByRole('button', { name: 'Make my plan (0 services)' });
      await expect(make).toBeInViewport();
      await page.getByRole('checkbox', { name: 'Google' }).check();
      await page.getByRole('checkbox', { name: 'Steam' }).check();
      await expect(
        page.getByRole('button', { name: 'Make my plan (2 services)' }),
      ).toBeInViewport();
      await finish(page, 'plan-picker-count', scheme);
    });
  });
}

test('the printout carries the plan’s link and a QR code of it', async ({ page }) => {
  await page.goto('/plan?s=google,github&holder=apple');
  await page.emulateMedia({ media: 'print' });

  const block = page.getByRole('region', { name: copy.printHeading });
  await expect(block).toBeVisible();
  await expect(block).toContainText(new URL('/plan?s=google,github&holder=apple', page.url()).href);
  await expect(block.getByRole('img', { name: copy.printQrLabel })).toBeVisible();
  const dir = process.env.SCREENSHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/plan-printout.png`, fullPage: true });
});

test.describe('on paper and offline, on a phone in dark mode', () => {
  onPhone('dark');
  const shots = process.env.SCREENSHOTS_DIR;

  test('prints light: dark text on white, the unticked box outlined, the ticked one ticked', async ({
    page,
  }) => {
    await page.goto('/plan?s=google,github&holder=apple');
    await box(page, 'Google').check();
    if (shots)
      await page.screenshot({ path: `${shots}/plan-screen-phone-dark.png`, fullPage: true });

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

    const light = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const luminance = (value: string) => rgb(value).reduce((sum, c) => sum + c, 0) / 3;
      const pale: string[] = [];
      for (const element of document.querySelectorAll('main *')) {
        const style = getComputedStyle(element);
        const own = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        if (!element.checkVisibility() || !own) continue;
        if (luminance(style.color) > 140) pale.push(`${element.tagName} ${style.color}`);
      }
      return {
        pale,
        scheme: getComputedStyle(document.documentElement).colorScheme,
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(light).toEqual({ pale: [], scheme: 'light', background: 'rgb(255, 255, 255)' });

    // The unticked box is white inside a grey outline (on screen in dark mode it is a filled
    // dark square); the ticked one is filled black around a white tick.
    const middleRow = async (name: string) => {
      const png = PNG.sync.read(await box(page, name).screenshot());
      const y = Math.floor(png.height / 2);
      return Array.from({ length: png.width }, (_, x) => {
        const i = (png.width * y + x) * 4;
        return (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
      });
    };
    const unticked = await middleRow('GitHub');
    expect(unticked[0]).toBeLessThan(160);
    expect(unticked.slice(2, -2).every((v) => v > 200)).toBe(true);
    const ticked = await middleRow('Google');
    expect(ticked[0]).toBeLessThan(60);
    expect(ticked.filter((v) => v < 60).length).toBeGreaterThan(ticked.length / 2);
    expect(ticked.some((v) => v > 200)).toBe(true);
    if (shots)
      await page.screenshot({ path: `${shots}/plan-print-phone-dark.png`, fullPage: true });
  });

  test('without JavaScript it says ticks need JavaScript or paper, and still downloads', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    await page.goto('/plan?s=google,github');
    // Playwright's text matching skips <noscript>; the rendered text (innerText) shows it.
    await expect(page.locator('main noscript')).toBeVisible();
    const intro = await page.locator('main p').first().innerText();
    expect(intro).toContain(copy.ticksWithoutScript);
    expect(intro).not.toContain(copy.ticksWithScript);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: copy.downloadHtml }).click(),
    ]);
    const html = await readFile((await download.path())!, 'utf8');
    expect(html).toContain('Google');
    expect(html).not.toContain('☑');
    await context.close();
  });

  test('with JavaScript it keeps asking for ticks', async ({ page }) => {
    await page.goto('/plan?s=google,github');
    await expect(page.locator('main p').first()).toContainText(copy.ticksWithScript);
    await expect(page.locator('main noscript')).toHaveCount(0);
    await expect(page.locator('main p').first()).not.toContainText(copy.ticksWithoutScript);
  });

  test('downloads the plan as a page that opens offline, with its ticks and warnings', async ({
    page,
    browser,
  }, testInfo) => {
    // Arrange
    await page.goto('/plan?s=google,github&holder=apple');
    await box(page, 'Google').check();

    // Act
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: copy.downloadHtml }).click(),
    ]);

    // Assert: the file itself
    expect(download.suggestedFilename()).toBe('recovery-plan.html');
    // Saved under its own name: the browser's temporary copy has no .html to open it as a page.
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    const html = await readFile(path, 'utf8');
    expect(html).not.toMatch(/<script/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(hrefs.length).toBeGreaterThan(4);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\/[^/]/);
    expect(hrefs).toContain(new URL('/plan?s=google,github&holder=apple', page.url()).href);
    expect(html).toContain('Never choose “reset end-to-end encrypted data”');

    // Assert: opened with no network at all, on a phone, it reads
    for (const colorScheme of ['light', 'dark'] as const) {
      const offline = await browser.newContext({
        viewport: { width: 390, height: 844 },
        colorScheme,
        offline: true,
      });
      const requests: string[] = [];
      await offline.route(/^https?:/, (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      const file = await offline.newPage();
      await file.goto(pathToFileURL(path).href);
      await expect(file.getByRole('heading', { level: 1 })).toHaveText(copy.title);
      await expect(file.locator('li[data-service="google"]')).toContainText(`${copy.fileDone}:`);
      await expect(file.locator('li[data-service="github"]')).toContainText(`${copy.fileNotDone}:`);
      await expect(file.getByRole('link', { name: 'Go to GitHub’s recovery page' })).toBeVisible();
      expect(requests).toEqual([]);
      if (shots) await file.screenshot({ path: `${shots}/plan-file-phone-${colorScheme}.png` });
      await offline.close();
    }

    // And as Markdown, with the same tick
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: copy.downloadMarkdown }).click(),
    ]);
    expect(markdown.suggestedFilename()).toBe('recovery-plan.md');
    const md = await readFile((await markdown.path())!, 'utf8');
    expect(md).toMatch(/^\d+\. \[x\] \*\*Google\*\*/m);
    expect(md).toMatch(/^\d+\. \[ \] \*\*GitHub\*\*/m);
  });
});
