import { expect, test, type Page } from '@playwright/test';
import { services, servicesUi } from '../content';
import { onPhone } from './phone';

const copy = servicesUi.directory;

function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: copy.searchLabel });
}

function results(page: Page) {
  return page.getByRole('region', { name: /^Services matching/ });
}

test.describe('with JavaScript', () => {
  test('search filters as you type and opens the service', async ({ page }) => {
    // Arrange
    await page.goto('/services');
    await expect(page.getByRole('heading', { name: copy.allHeading })).toBeVisible();

    // Act
    await searchBox(page).pressSequentially('gmail');

    // Assert
    await expect(page.getByRole('heading', { name: copy.allHeading })).toBeHidden();
    const first = results(page).getByRole('link').first();
    await expect(first).toContainText('Google');
    await expect(first).toContainText('Also called “Gmail”');
    await expect(page).toHaveURL(/\/services\?q=gmail$/);
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Google');
    await expect(page.getByRole('link', { name: 'Open Google’s recovery page' })).toHaveAttribute(
      'href',
      'https://support.google.com/accounts/answer/185834',
    );
  });

  for (const [typed, name] of [
    ['x.com', 'X (Twitter)'],
    ['twitter', 'X (Twitter)'],
    ['AWS', 'AWS'],
    ['  Git-Hub! ', 'GitHub'],
    ['instagarm', 'Instagram'],
    ['https://www.paypal.com/signin', 'PayPal'],
  ] as const) {
    test(`“${typed}” finds ${name} first`, async ({ page }) => {
      await page.goto('/services');

      await searchBox(page).fill(typed);

      await expect(results(page).getByRole('link').first()).toContainText(name);
    });
  }

  test('clearing the search brings back the whole list', async ({ page }) => {
    await page.goto('/services?q=steam');
    await expect(results(page).getByRole('link').first()).toContainText('Steam');

    await page.getByRole('link', { name: copy.showAll }).click();

    await expect(page.getByRole('heading', { name: copy.allHeading })).toBeVisible();
    await expect(searchBox(page)).toHaveValue('');
    await expect(page).toHaveURL(/\/services$/);
  });

  test('a service we do not list leads to the generic steps and the 2FA Directory', async ({
    page,
  }) => {
    await page.goto('/services');

    await searchBox(page).fill('Bank of Nowhere Savings');
    await page.getByRole('link', { name: copy.noResultsHelp }).click();

    const section = page.getByRole('region', { name: servicesUi.notListed.heading });
    await expect(section).toBeInViewport();
    await expect(section.getByRole('listitem')).toHaveCount(servicesUi.notListed.steps.length);
    await expect(
      section.getByRole('link', { name: servicesUi.notListed.directoryLink }),
    ).toHaveAttribute('href', 'https://2fa.directory/');
    await expect(section).toContainText('Data sourced from 2FA Directory by 2factorauth');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole directory is listed, grouped, with anchors', async ({ page }) => {
    await page.goto('/services');

    const list = page.getByRole('region', { name: copy.allHeading });
    await expect(list.getByRole('link', { name: /^Google/ })).toBeVisible();
    await expect(list.locator('li[id^="service-"]')).toHaveCount(services.length);
    await page
      .getByRole('navigation', { name: copy.jumpTo })
      .getByRole('link', { name: 'Games' })
      .click();
    await expect(page).toHaveURL(/#group-gaming$/);
    await expect(page.getByRole('heading', { name: 'Games' })).toBeInViewport();
  });

  test('the search form asks the server, and a result opens the service', async ({ page }) => {
    // Arrange
    await page.goto('/services');

    // Act
    await searchBox(page).fill('twiter');
    await page.getByRole('button', { name: copy.searchButton }).click();

    // Assert
    await expect(page).toHaveURL(/\/services\?q=twiter$/);
    await results(page).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('X (Twitter)');
  });
});

test.describe('a service page', () => {
  test('shows an unconfirmed entry’s caveat', async ({ page }) => {
    await page.goto('/services/steam');

    const caveat = page.getByRole('region', { name: servicesUi.service.caveatHeading });
    await expect(caveat).toBeVisible();
    await expect(caveat).toContainText('We could not read the service’s page ourselves');
  });

  test('warns when the service cannot help without the items listed', async ({ page }) => {
    await page.goto('/services/github');

    await expect(
      page.getByRole('region', { name: servicesUi.service.warningsHeading }),
    ).toContainText('GitHub says it cannot let you back in without one of the things above.');
  });

  test('sends an Xbox player to the Microsoft account first', async ({ page }) => {
    await page.goto('/services/xbox');

    await page.getByRole('link', { name: 'Microsoft account', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Microsoft account');
  });

  test('adds the service to a recovery plan', async ({ page }) => {
    await page.goto('/services/github');

    await page.getByRole('link', { name: 'Add GitHub to a recovery plan' }).click();

    await expect(page).toHaveURL(/\/plan\?s=github$/);
    await expect(page.getByRole('checkbox', { name: 'GitHub' }).first()).toBeVisible();
  });

  test('an unknown service is a 404 with a way to the directory', async ({ page }) => {
    const response = await page.goto('/services/not-a-service');

    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: 'Find a service’s recovery page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(copy.title);
  });
});

test.describe('on a phone', () => {
  onPhone('light');
  const HEIGHT = 844;

  for (const motion of ['no-preference', 'reduce'] as const) {
    test(`the results come up above the keyboard as you type (motion: ${motion})`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto('/services');
      const box = searchBox(page);
      const top = async (l: ReturnType<typeof searchBox>) => (await l.boundingBox())!.y;
      // Before typing, the box sits far enough down that the keyboard would hide results.
      expect(await top(box)).toBeGreaterThan(HEIGHT / 4);

      await box.tap();
      await box.pressSequentially('steam');

      const first = results(page).getByRole('link').first();
      await expect(first).toContainText('Steam');
      await expect(box).toBeFocused();
      // The box near the top, the first result in the upper half the keyboard leaves free.
      await expect.poll(() => top(box)).toBeLessThan(HEIGHT / 4);
      await expect
        .poll(async () => {
          const b = (await first.boundingBox())!;
          return b.y + b.height;
        })
        .toBeLessThan(HEIGHT / 2);
      await expect(box).toBeFocused();
    });
  }
});
