import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { agentContent as agent, CONTENT_VERSION } from '../content';
import { encodeCaseCode } from '../lib/case/code';
import { OUTCOME_IDS } from '../lib/wizard/flow';
import { QUESTION_IDS } from '../machines/diagnosis-machine';
import {
  endsWith,
  families,
  linkTo,
  outcomeTitle,
  pathTo,
  questionOf,
  searchFor,
  walk,
} from './journeys';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const problem = (page: Page) =>
  page.getByRole('alert').filter({ hasText: agent.console.problemHeading });
const journey = families.find((j) => j.outcome === 'microsoft-account-recovery')!;
/** A new Android phone whose backup was overwritten, the old phone gone. */
const overwritten: [string, string][] = [
  ['goal', 'restore'],
  ['accounts', 'personal'],
  ['platforms', 'android-android'],
  ['old-phone', 'gone'],
  ['backup-ever', 'yes-or-unsure'],
  ['android-new-backup', 'yes'],
];

/** The agent's transcript: one list item per answer, in order, with question and answer. */
async function expectTranscript(page: Page, answers: [string, string][]) {
  const transcript = page.getByRole('region', { name: agent.console.transcriptHeading });
  const items = transcript.getByRole('listitem');
  await expect(items).toHaveCount(answers.length);
  for (const [i, [question, value]] of answers.entries()) {
    const q = questionOf(question);
    await expect(items.nth(i)).toContainText(q.title);
    await expect(items.nth(i)).toContainText(q.answers[value]?.label ?? value);
    await expect(items.nth(i)).toContainText(agent.console.rule);
  }
}

async function decodeQr(
  page: Page,
  name: string = agent.share.qrLabel,
): Promise<string | undefined> {
  const qr = page.getByRole('img', { name });
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test('a customer shares from an outcome; the agent opens the code and sees the same journey', async ({
  page,
}) => {
  await page.goto('/check');
  await walk(page, journey);
  await page.getByRole('link', { name: 'Share with support' }).click();
  await expect(h1(page)).toHaveText(agent.share.title);

  const link = await field(page, agent.share.linkLabel).inputValue();
  const code = await field(page, agent.share.codeLabel).inputValue();
  expect(link).toMatch(
    new RegExp(`^http://127\\.0\\.0\\.1:\\d+/check\\?v=${CONTENT_VERSION}&goal=restore&`),
  );
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);

  await page.goto('/agent');
  await field(page, agent.console.inputLabel).fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: agent.console.submit }).click();
  await expect(page.getByRole('heading', { name: `Case ${code}` })).toBeVisible();
  await expectTranscript(page, journey.answers);
  const result = page.getByRole('region', { name: agent.console.outcomeHeading });
  await expect(result).toContainText(outcomeTitle(journey.outcome));
  await expect(result.getByRole('link', { name: agent.console.outcomePage })).toHaveAttribute(
    'href',
    `/outcome/${journey.outcome}`,
  );
  await expect(field(page, agent.console.linkLabel)).toHaveValue(link);
  const summary = await field(page, agent.console.summaryLabel).inputValue();
  expect(summary).toContain(code);
  expect(summary).toContain(link);
  expect(summary).toContain(outcomeTitle(journey.outcome));

  // The link itself reads the same as the code.
  await field(page, agent.console.inputLabel).fill(link);
  await page.getByRole('button', { name: agent.console.submit }).click();
  await expect(page.getByRole('heading', { name: `Case ${code}` })).toBeVisible();
  await expectTranscript(page, journey.answers);
});

test('the share page’s QR code holds its link, and Copy says "Copied"', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(linkTo(overwritten));
  await page.getByRole('link', { name: 'Share with support' }).click();
  const link = await field(page, agent.share.linkLabel).inputValue();
  expect(link).toMatch(endsWith(linkTo(overwritten)));
  expect(await decodeQr(page)).toBe(link);

  await page.getByRole('button', { name: agent.share.copyCode }).click();
  await expect(page.getByRole('button', { name: agent.share.copied })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: agent.share.copiedAnnouncement }),
  ).toHaveCount(1);
  const code = await field(page, agent.share.codeLabel).inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  await page.getByRole('link', { name: agent.share.back }).click();
  await expect(h1(page)).toHaveText(outcomeTitle('backup-overwritten'));
});

test('the agent builds a link to a result, and the customer lands there', async ({ page }) => {
  await page.goto('/agent');
  await page.getByRole('link', { name: agent.console.buildLink }).click();
  await expect(h1(page)).toHaveText(agent.builder.title);
  const form = page.getByRole('region', { name: agent.builder.outcomeHeading });
  await form
    .getByLabel(agent.builder.outcomeLabel)
    .selectOption({ label: outcomeTitle('apple-account-recovery') });
  // The customer's own starting situation, not one the builder picks for them.
  await form
    .getByLabel(agent.builder.situationLabel)
    .selectOption({ label: questionOf('goal').answers.lost!.label });
  await form.getByRole('button', { name: agent.builder.submit }).click();

  const link = await field(page, agent.builder.linkLabel).inputValue();
  const code = await field(page, agent.share.codeLabel).inputValue();
  expect(await decodeQr(page, agent.builder.qrLabel)).toBe(link);
  expect(new URL(link).searchParams.get('goal')).toBe('lost');
  await page.goto(link);
  await expect(h1(page)).toHaveText(outcomeTitle('apple-account-recovery'));

  // The code for that link opens the same place in the console.
  await page.goto(`/agent?q=${encodeURIComponent(code)}`);
  await expect(page.getByRole('region', { name: agent.console.nowHeading })).toContainText(
    outcomeTitle('apple-account-recovery'),
  );
});

test('the agent builds a link from a situation: iPhone to iPhone, old phone lost', async ({
  page,
}) => {
  await page.goto('/agent/build');
  const form = page.getByRole('region', { name: agent.builder.situationHeading });
  const situation: [string, string][] = [
    ['goal', 'lost'],
    ['accounts', 'personal'],
    ['platforms', 'ios-ios'],
  ];
  for (const [question, value] of situation) {
    await form
      .getByLabel(questionOf(question).title)
      .selectOption({ label: questionOf(question).answers[value]!.label });
  }
  await form.getByRole('button', { name: agent.builder.submit }).click();
  await expect(page.getByText(`It opens at: ${questionOf('ios-new-phone').title}`)).toBeVisible();

  await page.getByRole('link', { name: agent.builder.preview }).click();
  await expect(h1(page)).toHaveText(questionOf('ios-new-phone').title);
  await expect(page).toHaveURL(endsWith(searchFor(situation)));
});

test('the link builder asks for the situation and says when it cannot lead to the step', async ({
  page,
}) => {
  const stepTitle = outcomeTitle('cross-platform');
  let response = await page.goto('/agent/build?to=cross-platform');
  expect(response?.status()).toBe(200);
  await expect(problem(page)).toContainText(`Choose the customer’s situation: “${stepTitle}”`);
  await expect(page.getByRole('textbox', { name: agent.builder.linkLabel })).toHaveCount(0);

  response = await page.goto('/agent/build?to=cross-platform&goal=lost');
  expect(response?.status()).toBe(200);
  await expect(problem(page)).toContainText(
    `From “${questionOf('goal').answers.lost!.label}”, the checklist never reaches “${stepTitle}”`,
  );
  // The form keeps what was chosen, so only the situation needs changing.
  const form = page.getByRole('region', { name: agent.builder.outcomeHeading });
  await form
    .getByLabel(agent.builder.situationLabel)
    .selectOption({ label: questionOf('goal').answers.prepare!.label });
  await form.getByRole('button', { name: agent.builder.submit }).click();
  await expect(page.getByText(`It opens at: ${stepTitle}`)).toBeVisible();
  const built = new URL(await field(page, agent.builder.linkLabel).inputValue());
  expect(built.searchParams.get('goal')).toBe('prepare');

  await page.goto('/agent/build?to=cross-platform&goal=%3Cscript%3E');
  await expect(problem(page)).toContainText(agent.builder.unknownSituation);
});

test('a code cut short says it is missing characters', async ({ page }) => {
  const response = await page.goto('/agent?q=21KT');
  expect(response?.status()).toBe(200);
  await expect(problem(page)).toContainText('This code is missing characters');
  await expect(problem(page)).not.toContainText('typo');
});

test('a mistyped code says where the typo is', async ({ page }) => {
  const code = encodeCaseCode(
    journey.answers.map(([question, value]) => ({ question, value })),
    CONTENT_VERSION,
  )!.replace(/-/g, '');
  const wrong = code[5] === 'A' ? 'B' : 'A';
  const typo = code.slice(0, 5) + wrong + code.slice(6);
  const response = await page.goto(`/agent?q=${typo}`);
  expect(response?.status()).toBe(200);
  await expect(problem(page)).toContainText('This code has a typo near character 6.');
  await expect(field(page, agent.console.inputLabel)).toHaveValue(typo);

  const swapped = code.slice(0, 2) + code[3] + code[2] + code.slice(4);
  test.skip(code[2] === code[3], 'neighbours are equal');
  await page.goto(`/agent?q=${swapped}`);
  await expect(problem(page)).toContainText('two characters swapped near character 3');
});

test('junk in the console gets a clear message, never an error page', async ({ page }) => {
  for (const junk of ['<script>alert(1)</script>', 'https://example.com/login?x=1', '1U']) {
    const response = await page.goto(`/agent?q=${encodeURIComponent(junk)}`);
    expect(response?.status()).toBe(200);
    await expect(problem(page)).toBeVisible();
    await expect(h1(page)).toHaveText(agent.console.title);
  }
});

test('/flow draws every state, and its boxes open their pages', async ({ page }) => {
  await page.goto('/flow');
  await expect(h1(page)).toHaveText(agent.flow.title);
  const diagram = page.getByRole('figure');
  await expect(diagram.locator('svg')).toBeVisible();
  await expect(diagram.getByRole('link')).toHaveCount(QUESTION_IDS.length + OUTCOME_IDS.length);

  const keychain = questionOf('ios-keychain-sync').title;
  await diagram.getByRole('link', { name: keychain }).click();
  await expect(h1(page)).toHaveText(keychain);

  await page.goto('/flow');
  await page
    .getByRole('figure')
    .getByRole('link', { name: outcomeTitle('service-recovery'), exact: true })
    .click();
  await expect(page).toHaveURL(/\/outcome\/service-recovery$/);
  await expect(h1(page)).toHaveText(outcomeTitle('service-recovery'));

  // The text version links each answer to where it leads.
  await page.goto('/flow');
  const list = page.getByRole('region', { name: agent.flow.textHeading });
  await list
    .getByRole('link', { name: questionOf('platforms').title })
    .first()
    .click();
  await expect(page).toHaveURL(/#flow-platforms$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the customer reaches the share page and the console reads the code by its form', async ({
    page,
  }) => {
    await page.goto(linkTo(pathTo('work-school-account')));
    await page.getByRole('link', { name: 'Share with support' }).click();
    await expect(h1(page)).toHaveText(agent.share.title);
    await expect(page.getByRole('button', { name: agent.share.copyCode })).toHaveCount(0);
    const code = await field(page, agent.share.codeLabel).inputValue();
    expect(await decodeQr(page)).toBe(await field(page, agent.share.linkLabel).inputValue());

    await page.goto('/agent');
    await field(page, agent.console.inputLabel).fill(code);
    await page.getByRole('button', { name: agent.console.submit }).click();
    await expect(page).toHaveURL(/\/agent\?q=/);
    await expectTranscript(page, [
      ['goal', 'not-working'],
      ['account-type', 'work-school'],
    ]);
    await expect(page.getByRole('region', { name: agent.console.outcomeHeading })).toContainText(
      outcomeTitle('work-school-account'),
    );
  });
});
