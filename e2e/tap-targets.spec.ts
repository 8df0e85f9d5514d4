import { expect, test, type Page } from '@playwright/test';
import { CONTENT_VERSION } from '../content';
import { encodeCaseCode } from '../lib/case/code';
import { families, linkTo, pathTo, searchFor } from './journeys';
import { onPhone } from './phone';

/**
 * WCAG 2.2 SC 2.5.8, target size (minimum): every target a finger can hit is at least 24 by 24
 * CSS pixels, unless
 * - it is a link inside a sentence (the "inline" exception): a word or more of running text,
 *   not a number or a symbol standing on its own such as a source's [1], or
 * - it is spaced (the "spacing" exception): a 24 px circle on its centre meets no other target
 *   and no other small target's circle.
 * Every kind of page is checked on a phone.
 */
const account = families.find((j) => j.outcome === 'microsoft-account-recovery')!;
const code = encodeCaseCode(
  account.answers.map(([question, value]) => ({ question, value })),
  CONTENT_VERSION,
)!;

const pages = {
  start: '/',
  'a question step': linkTo([['goal', 'restore']]),
  'a result': linkTo(pathTo('backup-overwritten')),
  'a result page': '/outcome/microsoft-account-recovery',
  plan: '/plan?s=google,github,steam,microsoft-entra&work=1&holder=apple',
  'services directory': '/services',
  'a service page': '/services/github',
  'agent console': '/agent',
  'a case report': `/agent?q=${code}`,
  'link builder': '/agent/build?to=apple-account-recovery&goal=lost',
  'share page': linkTo(account.answers, '/share'),
  'flow map': '/flow',
  insights: '/insights',
  privacy: '/privacy',
  'embed docs': '/embed/docs',
  'an embed step': `/embed?${searchFor(pathTo('work-school-account'))}`,
  'not found': '/does-not-exist',
};

type Miss = { what: string; width: number; height: number };

/** The targets that are too small and fall under neither exception, described for a person. */
async function smallTargets(page: Page): Promise<Miss[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Screen-reader-only text is 1 px and clipped: not something a finger aims at.
      return r.width > 1 && r.height > 1 && style.visibility !== 'hidden';
    };
    const targets = [...document.querySelectorAll(selector)].filter(visible);
    const boxOf = (el: Element) => el.getBoundingClientRect();
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const small = targets.filter((el) => {
      const r = boxOf(el);
      return r.width < MIN - 0.5 || r.height < MIN - 0.5;
    });

    const inSentence = (el: Element) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      // A word of two letters or more: a number or a bracket alone is a standalone target.
      if (!/\p{L}{2,}/u.test(el.textContent ?? '')) return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) {
        block = block.parentElement;
      }
      if (!block) return false;
      const copy = block.cloneNode(true) as Element;
      copy.querySelectorAll('a, button').forEach((t) => t.remove());
      return /\p{L}{2,}/u.test(copy.textContent ?? '');
    };

    const spaced = (el: Element) => {
      const a = centre(boxOf(el));
      return targets.every((other) => {
        if (other === el || other.contains(el) || el.contains(other)) return true;
        const r = boxOf(other);
        if (small.includes(other)) {
          const b = centre(r);
          return Math.hypot(a.x - b.x, a.y - b.y) >= MIN;
        }
        const dx = Math.max(r.left - a.x, 0, a.x - r.right);
        const dy = Math.max(r.top - a.y, 0, a.y - r.bottom);
        return Math.hypot(dx, dy) >= MIN / 2;
      });
    };

    return small
      .filter((el) => !inSentence(el) && !spaced(el))
      .map((el) => {
        const r = boxOf(el);
        const name =
          el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
        return {
          what: `${el.tagName.toLowerCase()} “${name}”`,
          width: Math.round(r.width),
          height: Math.round(r.height),
        };
      });
  });
}

test.describe('tap targets on a phone', () => {
  onPhone('light');

  for (const [name, url] of Object.entries(pages)) {
    test(`${name}: every target is at least 24 by 24 px, or exempt`, async ({ page }) => {
      await page.goto(url);
      // Closed disclosures hide targets: open them all, so every one is measured.
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      expect(await smallTargets(page)).toEqual([]);
    });
  }

  test('the check itself finds a small standalone link', async ({ page }) => {
    await page.goto('/privacy');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.append('See the sources ');
      for (const n of ['1', '2']) {
        const a = document.createElement('a');
        a.href = `#${n}`;
        a.textContent = n;
        p.append(a);
      }
      document.querySelector('main')!.append(p);
    });
    const misses = await smallTargets(page);
    expect(misses.map((m) => m.what)).toEqual(['a “1”', 'a “2”']);
  });
});
