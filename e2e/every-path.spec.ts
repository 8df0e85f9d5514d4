import { expect, test, type Page } from '@playwright/test';
import type { Answer } from '../machines/diagnosis-machine';
import { isOutcomeId, isVersionQuestion } from '../lib/wizard/flow';
import { answerPaths } from '../lib/wizard/paths';
import { replayAnswers } from '../lib/wizard/replay';
import { outcomeTitle, questionOf, tickAndContinue, tickedFor } from './journeys';

/**
 * Journeys generated from the machine itself (xstate/graph, with payload variants at every
 * guard): a set of complete paths that together take every transition and reach every
 * outcome. A new question or outcome is covered without anyone writing a test for it.
 */
type Transition = string;
const complete = answerPaths().filter((p) => isOutcomeId(p.stateId));

function transitionsOf(answers: readonly Answer[]): Transition[] {
  return answers.map((a, i) => {
    const next = replayAnswers(answers.slice(0, i + 1)).stateId;
    // A typed version is one transition per branch it takes, not per number typed.
    const value =
      isVersionQuestion(a.question) && !questionOf(a.question).answers[a.value] ? 'typed' : a.value;
    return `${a.question} --${value}--> ${next}`;
  });
}

/** Greedy cover: keep taking the path that adds the most transitions not yet taken. */
function coveringPaths() {
  const remaining = new Set(complete.flatMap((p) => transitionsOf(p.answers)));
  const chosen: (typeof complete)[number][] = [];
  while (remaining.size > 0) {
    let best = complete[0]!;
    let gain = -1;
    for (const path of complete) {
      const adds = transitionsOf(path.answers).filter((t) => remaining.has(t)).length;
      if (adds > gain) [best, gain] = [path, adds];
    }
    transitionsOf(best.answers).forEach((t) => remaining.delete(t));
    chosen.push(best);
  }
  return chosen;
}

const cover = coveringPaths();

const titleOf = (state: string) =>
  isOutcomeId(state) ? outcomeTitle(state) : questionOf(state).title;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

async function give(page: Page, a: Answer, how: 'click' | 'keyboard') {
  const q = questionOf(a.question);
  const label = q.answers[a.value]?.label;
  if (q.checklist) {
    if (how === 'click') return tickAndContinue(page, a.question, a.value);
    // Keyboard only: Tab to each box that is on and press Space, then Enter on the button.
    const boxes = tickedFor(a.question, a.value).map((item) =>
      page.getByRole('checkbox', { name: q.checklist!.items[item]!.label }),
    );
    const submit = page.getByRole('button', { name: q.checklist.submit });
    for (const target of [...boxes, submit]) {
      await tabTo(page, target);
      await page.keyboard.press(target === submit ? 'Enter' : 'Space');
    }
    return;
  }
  if (!label) {
    const input = page.getByLabel(q.input!.label);
    if (how === 'keyboard') {
      await input.focus();
      await page.keyboard.type(a.value);
      await page.keyboard.press('Enter');
    } else {
      await input.fill(a.value);
      await page.getByRole('button', { name: q.input!.submit }).click();
    }
    return;
  }
  const link = page.getByRole('link', { name: label }).first();
  if (how === 'click') return link.click();
  // Keyboard only: Tab until the answer has focus, then Enter.
  await tabTo(page, link);
  await page.keyboard.press('Enter');
}

async function tabTo(page: Page, target: ReturnType<Page['getByRole']>) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function walk(page: Page, answers: readonly Answer[], how: 'click' | 'keyboard') {
  await page.goto('/check');
  for (let i = 0; i < answers.length; i++) {
    await expect(h1(page)).toHaveText(titleOf(replayAnswers(answers.slice(0, i)).stateId));
    await give(page, answers[i]!, how);
  }
  await expect(h1(page)).toHaveText(titleOf(replayAnswers(answers).stateId));
}

const name = (answers: readonly Answer[], stateId: string) =>
  `${answers.map((a) => a.value).join(' › ')} ⇒ ${stateId}`;

test('the generated paths reach every outcome', () => {
  const reached = new Set(cover.map((p) => p.stateId));
  const outcomes = new Set(complete.map((p) => p.stateId));
  expect([...reached].sort()).toEqual([...outcomes].sort());
});

test.describe('every transition, with JavaScript', () => {
  for (const path of cover) {
    test(name(path.answers, path.stateId), async ({ page }) => {
      await walk(page, path.answers, 'click');
    });
  }
});

test.describe('a sample of paths, JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of cover.filter((_, i) => i % 4 === 0)) {
    test(name(path.answers, path.stateId), async ({ page }) => {
      await walk(page, path.answers, 'click');
    });
  }
});

test.describe('a sample of paths, keyboard only', () => {
  for (const path of cover.filter((_, i) => i % 6 === 1)) {
    test(name(path.answers, path.stateId), async ({ page }) => {
      await walk(page, path.answers, 'keyboard');
    });
  }
});
