import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = {
  landing: '/',
  question: '/check?v=1&goal=restore',
  'version question with an error':
    '/check?v=1&goal=prepare&platforms=ios-ios&ios-model=no-switch&ios-version=yes&icloud-drive=yes&icloud-keychain=yes&icloud-backup=yes&saved-to-icloud=yes&app-version=abc',
  'outcome in the wizard':
    '/check?v=1&goal=restore&platforms=android-android&android-new-backup=yes',
  'outcome page': '/outcome/microsoft-account-recovery',
  'list of outcomes': '/outcome',
  'not found': '/does-not-exist',
  'services directory': '/services',
  'services search': '/services?q=gmial',
  'service page with a caveat': '/services/steam',
  'recovery plan': '/plan?s=google,github,steam,microsoft-entra&work=1&holder=apple',
  'recovery plan picker': '/plan?s=google,bogus',
  embed: '/embed',
  'embed, dark with an accent, at an outcome':
    '/embed?theme=dark&accent=0f766e&v=1&goal=lost&lost-situation=no-backup',
  'embed, light with a pale accent, at an outcome':
    '/embed?theme=light&accent=ffd700&v=1&goal=not-working&account-type=work-school',
  'embed docs': '/embed/docs',
  'share page': '/share?v=1&goal=restore&platforms=ios-ios&ios-new-phone=empty',
  'support console': '/agent',
  'support console with a case':
    '/agent?q=%2Fcheck%3Fv%3D1%26goal%3Drestore%26platforms%3Dandroid-android%26android-new-backup%3Dno%26android-new-phone%3Drestore-shown%26recovery-signin%3Dcannot-sign-in',
  'support console with a typo': '/agent?q=1ZZZ-ZZZZ',
  'link builder': '/agent/build?to=apple-account-recovery',
  'flow map': '/flow',
  'what we count': '/privacy',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [320, 1280]) {
    test.describe(`${scheme}, ${width}px wide`, () => {
      test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
      for (const [name, url] of Object.entries(pages)) {
        test(`${name} has no WCAG 2.2 AA violations and one h1`, async ({ page }) => {
          await page.goto(url);
          await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
          ).toEqual([]);
          // Readable at 320px: nothing wider than the screen.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
        });
      }
    });
  }
}
