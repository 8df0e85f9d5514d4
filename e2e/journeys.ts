import { wizardContent } from '../content';
import { expect, type Page } from '@playwright/test';
import { CHECKLISTS } from '../machines/diagnosis-machine';
import { CONTENT_VERSION } from '../content';
import { toSearch } from '../lib/wizard/answers-url';
import { shortestPathTo } from '../lib/wizard/paths';

/** A journey: answers in order, by question id and answer value (or a typed version). */
export type Journey = { name: string; answers: [string, string][]; outcome: string };

type QuestionData = {
  title: string;
  answers: Record<string, { label: string }>;
  input?: { submit: string; label: string; invalid: string };
  checklist?: { submit: string; items: Record<string, { label: string }> };
};

export function questionOf(id: string): QuestionData {
  const q = (wizardContent.questions as Record<string, QuestionData>)[id];
  if (!q) throw new Error(`No content for question ${id}`);
  return q;
}

export function outcomeTitle(id: string): string {
  const o = (wizardContent.outcomes as Record<string, { title: string }>)[id];
  if (!o) throw new Error(`No content for outcome ${id}`);
  return o.title;
}

/**
 * A link of the content version served to these answers (a Journey's answers, or pairs), on
 * /check unless another page is named: built from the machine, never typed by hand.
 */
export function linkTo(answers: readonly [string, string][], base = '/check'): string {
  return `${base}?${searchFor(answers)}`;
}

/** The query string (without "?") of the content version served, for these answers. */
export function searchFor(answers: readonly [string, string][]): string {
  return toSearch(
    answers.map(([question, value]) => ({ question, value })),
    CONTENT_VERSION,
  );
}

/** A pattern for an address that ends with this link (for toHaveURL). */
export function endsWith(link: string): RegExp {
  return new RegExp(`${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The answers of the machine's shortest way to a question or an outcome, as pairs. */
export function pathTo(stateId: string): [string, string][] {
  const answers = shortestPathTo(stateId);
  if (!answers) throw new Error(`No way to ${stateId}`);
  return answers.map((a) => [a.question, a.value]);
}

/** An iPhone lost, the old phone gone, no backup to restore: each account on its own. */
export const lostIphone: Journey = {
  name: 'Referral: each service’s own recovery, after every restore route',
  answers: [
    ['goal', 'lost'],
    ['accounts', 'personal'],
    ['platforms', 'ios-ios'],
    ['ios-new-phone', 'empty'],
    ['ios-keychain-sync', 'still-empty'],
    ['ios-retry', 'still-empty'],
  ],
  outcome: 'service-recovery',
};

/** One journey per outcome family: fixes on each platform, and each kind of referral. */
export const families: Journey[] = [
  {
    name: 'iPhone fix: Keychain off on the old iPhone',
    answers: [
      ['goal', 'prepare'],
      ['accounts', 'personal'],
      ['platforms', 'ios-ios'],
      ['ios-model', 'no-switch'],
      ['ios-settings', 'keychain'],
    ],
    outcome: 'ios-keychain-off',
  },
  {
    name: 'iPhone fix: all checks pass with a typed version',
    answers: [
      ['goal', 'prepare'],
      ['accounts', 'personal'],
      ['platforms', 'ios-ios'],
      ['ios-model', 'no-switch'],
      ['ios-settings', 'all-on'],
      ['app-version', '6.10.2'],
    ],
    outcome: 'ios-backup-ready',
  },
  {
    name: 'Android fix: restore option missing',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'android-android'],
      ['old-phone', 'gone'],
      ['backup-ever', 'yes-or-unsure'],
      ['android-new-backup', 'no'],
      ['recovery-signin', 'not-shown'],
    ],
    outcome: 'restore-option-missing',
  },
  {
    name: 'Cross-platform',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'android-ios'],
      ['old-phone', 'shows-accounts'],
    ],
    outcome: 'cross-platform',
  },
  {
    name: 'Referral: Microsoft account recovery',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'android-android'],
      ['old-phone', 'gone'],
      ['backup-ever', 'yes-or-unsure'],
      ['android-new-backup', 'no'],
      ['recovery-signin', 'cannot-sign-in'],
    ],
    outcome: 'microsoft-account-recovery',
  },
  {
    name: 'Referral: Apple Account recovery',
    answers: [
      ['goal', 'lost'],
      ['accounts', 'personal'],
      ['platforms', 'ios-ios'],
      ['ios-new-phone', 'empty'],
      ['ios-keychain-sync', 'cannot-sign-in-apple'],
    ],
    outcome: 'apple-account-recovery',
  },
  {
    name: 'Referral: work or school IT',
    answers: [
      ['goal', 'not-working'],
      ['account-type', 'work-school'],
    ],
    outcome: 'work-school-account',
  },
  lostIphone,
];

/** The items to tick for a checklist answer: every item before the first one that is off. */
export function tickedFor(question: string, value: string): string[] {
  const items = CHECKLISTS[question as keyof typeof CHECKLISTS] ?? [];
  const off = items.indexOf(value);
  return off < 0 ? [...items] : items.slice(0, off);
}

/** Answers a checklist question as a person would: tick what is on, then continue. */
export async function tickAndContinue(page: Page, question: string, value: string) {
  const q = questionOf(question);
  for (const item of tickedFor(question, value)) {
    await page.getByRole('checkbox', { name: q.checklist!.items[item]!.label }).check();
  }
  await page.getByRole('button', { name: q.checklist!.submit }).click();
}

/** Answers one question the way a person would: by its visible label, or by typing. */
export async function answer(page: Page, question: string, value: string) {
  const q = questionOf(question);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.title);
  const label = q.answers[value]?.label;
  if (q.checklist) {
    await tickAndContinue(page, question, value);
  } else if (label) {
    await page.getByRole('link', { name: label, exact: false }).first().click();
  } else {
    await page.getByLabel(q.input!.label).fill(value);
    await page.getByRole('button', { name: q.input!.submit }).click();
  }
}

export async function walk(page: Page, journey: Journey) {
  for (const [question, value] of journey.answers) await answer(page, question, value);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(journey.outcome));
}

/**
 * Waits until React has taken this element over, so that a tap reaches the live page's own
 * handlers rather than following the plain link.
 */
export async function whenLive(page: Page, selector: string) {
  await page.waitForLoadState('networkidle');
  await expect
    .poll(() =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => Object.keys(node).some((key) => key.startsWith('__react'))),
    )
    .toBe(true);
}
