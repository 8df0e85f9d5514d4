import { outcomes } from '../content/wizard/outcomes';
import { questions } from '../content/wizard/questions';
import { expect, type Page } from '@playwright/test';

/** A journey: answers in order, by question id and answer value (or a typed version). */
export type Journey = { name: string; answers: [string, string][]; outcome: string };

type QuestionData = {
  title: string;
  answers: Record<string, { label: string }>;
  input?: { submit: string; label: string; invalid: string };
};

export function questionOf(id: string): QuestionData {
  const q = (questions as Record<string, QuestionData>)[id];
  if (!q) throw new Error(`No content for question ${id}`);
  return q;
}

export function outcomeTitle(id: string): string {
  const o = (outcomes as Record<string, { title: string }>)[id];
  if (!o) throw new Error(`No content for outcome ${id}`);
  return o.title;
}

/** One journey per outcome family: fixes on each platform, and each kind of referral. */
export const families: Journey[] = [
  {
    name: 'iPhone fix: Keychain off on the old iPhone',
    answers: [
      ['goal', 'prepare'],
      ['platforms', 'ios-ios'],
      ['ios-model', 'no-switch'],
      ['ios-version', 'yes'],
      ['icloud-drive', 'yes'],
      ['icloud-keychain', 'no'],
    ],
    outcome: 'ios-keychain-off',
  },
  {
    name: 'iPhone fix: all checks pass with a typed version',
    answers: [
      ['goal', 'prepare'],
      ['platforms', 'ios-ios'],
      ['ios-model', 'no-switch'],
      ['ios-version', 'yes'],
      ['icloud-drive', 'yes'],
      ['icloud-keychain', 'yes'],
      ['icloud-backup', 'yes'],
      ['saved-to-icloud', 'yes'],
      ['app-version', '6.10.2'],
      ['app-opened', 'yes'],
    ],
    outcome: 'ios-backup-ready',
  },
  {
    name: 'Android fix: restore option missing',
    answers: [
      ['goal', 'restore'],
      ['platforms', 'android-android'],
      ['android-new-backup', 'no'],
      ['android-new-phone', 'not-shown'],
    ],
    outcome: 'restore-option-missing',
  },
  {
    name: 'Cross-platform',
    answers: [
      ['goal', 'restore'],
      ['platforms', 'android-ios'],
    ],
    outcome: 'cross-platform',
  },
  {
    name: 'Referral: Microsoft account recovery',
    answers: [
      ['goal', 'restore'],
      ['platforms', 'android-android'],
      ['android-new-backup', 'no'],
      ['android-new-phone', 'restore-shown'],
      ['recovery-signin', 'cannot-sign-in'],
    ],
    outcome: 'microsoft-account-recovery',
  },
  {
    name: 'Referral: Apple Account recovery',
    answers: [
      ['goal', 'lost'],
      ['lost-situation', 'had-backup'],
      ['platforms', 'ios-ios'],
      ['ios-new-phone', 'empty'],
      ['ios-apple-account', 'cannot-sign-in'],
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
  {
    name: 'Referral: each service’s own recovery',
    answers: [
      ['goal', 'lost'],
      ['lost-situation', 'no-backup'],
    ],
    outcome: 'service-recovery',
  },
];

/** Answers one question the way a person would: by its visible label, or by typing. */
export async function answer(page: Page, question: string, value: string) {
  const q = questionOf(question);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.title);
  const label = q.answers[value]?.label;
  if (label) {
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
