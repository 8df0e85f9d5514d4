import { mkdirSync } from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { CONTENT_VERSION } from '../content';
import { encodeCaseCode } from '../lib/case/code';
import { outcomeTitle, questionOf } from './journeys';

// e2e/zendesk-server.mjs: a ticket page on one origin, the packaged app on another, speaking
// the ZAF SDK's wire protocol and keeping every call in window.zafCalls.
const port = Number(process.env.E2E_PORT ?? 3100);
const zendesk = `http://127.0.0.1:${Number(process.env.E2E_ZENDESK_PORT ?? port + 3)}`;
const SHOTS = '/tmp/shots-zendesk';

type Call = { request?: 'get' | 'set' | 'invoke'; params?: unknown; handshake?: unknown };

const sidebar = (page: Page): FrameLocator =>
  page.frameLocator('iframe[title="Authenticator restore checklist app"]');
const wizard = (page: Page): FrameLocator =>
  sidebar(page).frameLocator('iframe[title="Authenticator restore checklist"]');

async function calls(page: Page): Promise<Call[]> {
  return page.evaluate(() => (window as unknown as { zafCalls: Call[] }).zafCalls);
}
/** The calls that change the ticket, in order: what the agent would see happen. */
const writes = (list: Call[]) =>
  list.filter(
    (call) =>
      call.request === 'set' ||
      (call.request === 'invoke' && !Object.hasOwn(call.params as object, 'resize')),
  );

const workAccount = encodeCaseCode(
  [
    { question: 'goal', value: 'not-working' },
    { question: 'account-type', value: 'work-school' },
  ],
  CONTENT_VERSION,
)!;

test.use({ viewport: { width: 400, height: 800 } });

test('a ticket that mentions a case code opens it, and Add to ticket leaves an internal note', async ({
  page,
}) => {
  const description = `Hi, the checklist gave me the code ${workAccount}. Can you help?`;
  await page.goto(`${zendesk}/?${new URLSearchParams({ description })}`);

  await expect(sidebar(page).getByRole('status')).toHaveText(
    `Opened case ${workAccount} from this ticket, at the customer’s answers.`,
  );
  await expect(wizard(page).getByRole('heading', { level: 1 })).toHaveText(
    outcomeTitle('work-school-account'),
  );
  const reads = (await calls(page)).filter((call) => call.request === 'get');
  expect(reads[0]).toEqual({ request: 'get', params: ['ticket.description', 'ticket.comments'] });
  mkdirSync(SHOTS, { recursive: true });
  // The viewport only: Chrome leaves a frame's content below the fold unpainted in a full-page shot.
  await page.screenshot({ path: `${SHOTS}/sidebar-case-code.png` });

  await sidebar(page).getByRole('button', { name: 'Add to ticket' }).click();
  await expect(sidebar(page).getByRole('status')).toHaveText(
    'Added the summary to the reply box as an internal note. Check it, then submit.',
  );
  await page.screenshot({ path: `${SHOTS}/sidebar-added.png` });

  const [setType, append] = writes(await calls(page));
  expect(setType).toEqual({ request: 'set', params: { 'comment.type': 'internalNote' } });
  const [[html]] = Object.values(append!.params as Record<string, string[]>) as [string[]];
  expect(Object.keys(append!.params as object)).toEqual(['ticket.comment.appendHtml']);
  expect(html).toMatch(/^<p><strong>In short<\/strong><\/p>/);
  expect(html).toContain(`${outcomeTitle('work-school-account')} (`);
  expect(html).toContain(workAccount);
});

test('without a code the checklist starts at the first question; a Markdown editor gets Markdown', async ({
  page,
}) => {
  await page.goto(`${zendesk}/?rich=false`);
  await expect(sidebar(page).getByRole('status')).toHaveText(
    'No case code in this ticket: the checklist starts at the first question.',
  );
  const inside = wizard(page);
  const goal = questionOf('goal');
  await expect(inside.getByRole('heading', { level: 1 })).toHaveText(goal.title);
  await inside.getByRole('link', { name: goal.answers['not-working']!.label }).first().click();
  const type = questionOf('account-type');
  await expect(inside.getByRole('heading', { level: 1 })).toHaveText(type.title);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/sidebar-question.png` });

  await sidebar(page).getByRole('button', { name: 'Add to ticket' }).click();
  await expect(sidebar(page).getByRole('status')).toHaveText(/internal note/);

  const [setType, append] = writes(await calls(page));
  expect(setType).toEqual({ request: 'set', params: { 'comment.type': 'internalNote' } });
  const { 'ticket.comment.appendMarkdown': [markdown] = [] } = append!.params as Record<
    string,
    string[]
  >;
  expect(markdown).toMatch(/^\*\*In short\*\*/);
  expect(markdown).toContain(`Not finished: at the question “${type.title}”`);
});
