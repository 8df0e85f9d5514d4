import { expect, test, type Page } from '@playwright/test';
import { CONTENT_VERSION } from '../content';
import { toSearch } from '../lib/wizard/answers-url';
import { answer, outcomeTitle, questionOf } from './journeys';
import { realCases, type RealCase } from './real-cases';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** A link whose name starts with the label: its hint may follow, and "No" is not "Not sure". */
function startingWith(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** Clicks an answer by its visible label; checklists and typed versions as a person would. */
async function choose(page: Page, question: string, value: string) {
  const q = questionOf(question);
  const label = q.answers[value]?.label;
  if (!label && q.input) {
    // Fails fast, and says what is missing, if the page offers no box to type the version in.
    await expect(page.getByLabel(q.input.label), 'the version box').toBeVisible();
  }
  if (q.checklist || !label) return answer(page, question, value);
  await expect(h1(page)).toHaveText(q.title);
  await page
    .getByRole('link', { name: startingWith(label) })
    .first()
    .click();
}

/** The result page: its title, and every fact this person must see. */
async function expectResult(page: Page, c: RealCase) {
  await expect(h1(page)).toHaveText(outcomeTitle(c.outcome));
  for (const said of c.mustSay) await expect(page.getByText(said).first()).toBeVisible();
}

/** A case the tree still gets wrong fails on purpose (see `treeWrong` in e2e/real-cases.ts). */
function expectWrongWhere(c: RealCase) {
  test.fail(Boolean(c.treeWrong), `tree wrong: ${c.treeWrong}`);
}

test.describe('real cases, with JavaScript', () => {
  for (const c of realCases) {
    test(c.id, async ({ page }) => {
      expectWrongWhere(c);
      await page.goto('/');
      const [[, goal], ...rest] = c.answers as [[string, string], ...[string, string][]];
      await page
        .getByRole('link', { name: startingWith(questionOf('goal').answers[goal]!.label) })
        .first()
        .click();
      for (const [question, value] of rest) await choose(page, question, value);
      await expectResult(page, c);
    });
  }
});

test.describe('real cases, from their link, with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });
  for (const c of realCases) {
    test(c.id, async ({ page }) => {
      expectWrongWhere(c);
      const answers = c.answers.map(([question, value]) => ({ question, value }));
      await page.goto(`/check?${toSearch(answers, CONTENT_VERSION)}`);
      await expectResult(page, c);
    });
  }
});
