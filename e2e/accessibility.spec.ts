import { test } from '@playwright/test';
import { expectAccessibleEverywhere } from './axe';
import { families, linkTo, lostIphone, pathTo, searchFor } from './journeys';

const pages = {
  landing: '/',
  question: linkTo([['goal', 'restore']]),
  'version question with an error': linkTo([...pathTo('app-version'), ['app-version', 'abc']]),
  'outcome in the wizard': linkTo(pathTo('backup-overwritten')),
  'outcome page': '/outcome/microsoft-account-recovery',
  'list of outcomes': '/outcome',
  'not found': '/does-not-exist',
  'services directory': '/services',
  'services search': '/services?q=gmial',
  'service page with a caveat': '/services/steam',
  'recovery plan': '/plan?s=google,github,steam,microsoft-entra&work=1&holder=apple',
  'recovery plan picker': '/plan?s=google,bogus',
  embed: '/embed',
  'embed, dark with an accent, at an outcome': `/embed?theme=dark&accent=0f766e&${searchFor(lostIphone.answers)}`,
  'embed, light with a pale accent, at an outcome': `/embed?theme=light&accent=ffd700&${searchFor(pathTo('work-school-account'))}`,
  'embed docs': '/embed/docs',
  'share page': linkTo(
    [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'ios-ios'],
      ['old-phone', 'gone'],
      ['ios-new-phone', 'empty'],
    ],
    '/share',
  ),
  'support console': '/agent',
  'support console with a case': `/agent?q=${encodeURIComponent(linkTo(families.find((j) => j.outcome === 'microsoft-account-recovery')!.answers))}`,
  'support console with a typo': '/agent?q=1ZZZ-ZZZZ',
  'link builder': '/agent/build?to=apple-account-recovery&goal=lost',
  'flow map': '/flow',
  'what we count': '/privacy',
  'accessibility statement': '/accessibility',
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
