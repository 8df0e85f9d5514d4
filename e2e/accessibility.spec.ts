import { test } from '@playwright/test';
import { expectAccessibleEverywhere } from './axe';

const pages = {
  landing: '/',
  question: '/check?v=2&goal=restore',
  'version question with an error':
    '/check?v=2&goal=prepare&platforms=ios-ios&ios-model=no-switch&ios-settings=all-on&app-version=abc',
  'outcome in the wizard':
    '/check?v=2&goal=restore&platforms=android-android&android-new-backup=yes',
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
    '/embed?theme=dark&accent=0f766e&v=2&goal=lost&platforms=ios-ios&ios-new-phone=empty&ios-apple-account=same&ios-keychain-sync=still-empty&ios-retry=still-empty',
  'embed, light with a pale accent, at an outcome':
    '/embed?theme=light&accent=ffd700&v=2&goal=not-working&account-type=work-school',
  'embed docs': '/embed/docs',
  'share page': '/share?v=2&goal=restore&platforms=ios-ios&ios-new-phone=empty',
  'support console': '/agent',
  'support console with a case':
    '/agent?q=%2Fcheck%3Fv%3D2%26goal%3Drestore%26platforms%3Dandroid-android%26android-new-backup%3Dno%26android-new-phone%3Drestore-shown%26recovery-signin%3Dcannot-sign-in',
  'support console with a typo': '/agent?q=1ZZZ-ZZZZ',
  'link builder': '/agent/build?to=apple-account-recovery',
  'flow map': '/flow',
  'what we count': '/privacy',
};

// One page load per page, checked in all four schemes and sizes.
for (const [name, url] of Object.entries(pages)) {
  test(`${name}: no WCAG 2.2 AA violations and one h1, light and dark, phone and desktop`, async ({
    page,
  }) => {
    // Four axe runs on one load: more than one ordinary test's time on a busy machine.
    test.slow();
    await page.goto(url);
    await expectAccessibleEverywhere(page);
  });
}
