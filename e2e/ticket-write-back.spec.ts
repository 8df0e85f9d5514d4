import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { ticketText } from '../content';
import { families, linkTo, outcomeTitle, questionOf } from './journeys';

// The help desk's page is served by e2e/host-server.mjs on another port: another origin.
const port = Number(process.env.E2E_PORT ?? 3100);
const hostPort = Number(process.env.E2E_HOST_PORT ?? port + 1);
const app = `http://127.0.0.1:${port}`;
const host = `http://127.0.0.1:${hostPort}`;

type Summary = {
  protocol: string;
  version: number;
  type: 'summary';
  embedId: string;
  stateId: string;
  complete: boolean;
  formats: { text: string; markdown: string; html: string; json: string };
};

const frame = (page: Page): FrameLocator => page.frameLocator('iframe').first();

async function summaries(page: Page): Promise<Summary[]> {
  return page.evaluate(() =>
    (window as unknown as { received: { type?: string }[] }).received.filter(
      (message): message is Summary => message?.type === 'summary',
    ),
  );
}

async function answerIn(wizard: FrameLocator, question: string, value: string) {
  const q = questionOf(question);
  await expect(wizard.getByRole('heading', { level: 1 })).toHaveText(q.title);
  await wizard.getByRole('link', { name: q.answers[value]!.label }).first().click();
}

test('at a result the frame hands the host another site’s ticket summary, in four shapes', async ({
  page,
}) => {
  await page.goto(`${host}/`);
  const wizard = frame(page);

  await answerIn(wizard, 'goal', 'not-working');
  await answerIn(wizard, 'account-type', 'work-school');
  await expect(wizard.getByRole('heading', { level: 1 })).toHaveText(
    outcomeTitle('work-school-account'),
  );

  await expect.poll(async () => (await summaries(page)).length).toBe(1);
  const [summary] = await summaries(page);
  expect(summary).toMatchObject({
    protocol: 'authenticator-wizard',
    version: 1,
    stateId: 'work-school-account',
    complete: true,
  });
  const { text, markdown, html, json } = summary!.formats;
  expect(text).toContain(`${ticketText.result}: ${outcomeTitle('work-school-account')}`);
  expect(text).toContain(`${app}/check?`);
  expect(markdown).toMatch(/^\*\*In short\*\*/);
  expect([...new Set([...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]))].sort()).toEqual([
    'a',
    'li',
    'p',
    'strong',
    'ul',
  ]);
  expect(JSON.parse(json)).toMatchObject({
    format: 'authenticator-restore-case',
    result: { kind: 'outcome', id: 'work-school-account' },
    answers: [{ question: 'goal' }, { question: 'account-type' }],
  });
});

test('the host asks for the summary of the step shown, before and at a result', async ({
  page,
}) => {
  await page.goto(`${host}/?mode=plain`);
  const wizard = frame(page);
  await expect(wizard.getByRole('heading', { level: 1 })).toHaveText(questionOf('goal').title);
  await page.evaluate(() => (window as unknown as { sayHello: () => void }).sayHello());
  await expect(wizard.locator('main')).toHaveAttribute('data-embed-host', 'connected');

  await page.evaluate(() => (window as unknown as { requestSummary: () => void }).requestSummary());
  await expect.poll(async () => (await summaries(page)).length).toBe(1);
  const [first] = await summaries(page);
  expect(first).toMatchObject({ embedId: 'plain-1', stateId: 'goal', complete: false });
  expect(first!.formats.text).toContain(ticketText.none);

  await answerIn(wizard, 'goal', 'not-working');
  await answerIn(wizard, 'account-type', 'work-school');
  await expect.poll(async () => (await summaries(page)).length).toBe(2);
  await page.evaluate(() => (window as unknown as { requestSummary: () => void }).requestSummary());
  await expect.poll(async () => (await summaries(page)).length).toBe(3);
  const [, atResult, asked] = await summaries(page);
  expect(asked).toEqual(atResult);
  expect(asked).toMatchObject({ stateId: 'work-school-account', complete: true });
});

test('the docs preview grows with its frame and prints the summary it receives', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/embed/docs');
  const preview = page.locator('iframe[title="Preview of the embedded checklist"]');
  const inside = page.frameLocator('iframe[title="Preview of the embedded checklist"]');
  await expect(inside.locator('main')).toHaveAttribute('data-embed-host', 'connected');
  const content = async () =>
    Math.ceil(await inside.locator('main').evaluate((main) => main.getBoundingClientRect().height));
  // The frame's 2px border is drawn outside its content box: the content fills the box, so
  // nothing is cut off and no fixed 640px is left.
  await expect
    .poll(async () => (await preview.boundingBox())!.height - 4 - Math.max(await content(), 200))
    .toBe(0);
  await expect(page.getByText('None yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Ask the preview for its summary' }).click();
  await expect(page.getByLabel('Last summary the preview received')).toContainText(
    '"type": "summary"',
  );
  await expect(page.getByLabel('Last summary the preview received')).toContainText(
    '"complete": false',
  );
});

test('Copy HTML puts rich text on the clipboard, with plain text beside it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const journey = families.find((j) => j.outcome === 'microsoft-account-recovery')!;
  await page.goto(`/agent?q=${encodeURIComponent(linkTo(journey.answers))}`);
  await page.locator('summary').filter({ hasText: 'HTML' }).click();
  const html = await page.getByRole('textbox', { name: ticketText.html }).inputValue();

  await page.getByRole('button', { name: ticketText.copyHtml }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();

  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      types: [...item!.types].sort(),
      html: await (await item!.getType('text/html')).text(),
      text: await (await item!.getType('text/plain')).text(),
    };
  });
  expect(copied.types).toEqual(['text/html', 'text/plain']);
  // Chrome wraps rich text in a document of its own; the summary is inside, tags intact.
  expect(copied.html).toContain(html.split('\n').slice(0, 2).join('\n'));
  expect(copied.text).toMatch(new RegExp(`^${ticketText.heading}\\n`));
});
