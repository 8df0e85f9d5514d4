import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_VERSION } from '../content';
import { MIN_IOS_APP_VERSION } from '../machines/diagnosis-machine';
import { isOutcomeId } from '../lib/wizard/flow';
import { answerPaths } from '../lib/wizard/paths';
import { replayAnswers } from '../lib/wizard/replay';
import { planDownloadHref } from '../lib/plan/href';
import { hrefFor } from '../lib/wizard/step-model';
import { endsWith, linkTo, outcomeTitle, pathTo, questionOf, searchFor } from './journeys';

const restore: [string, string][] = [['goal', 'restore']];

/** A journey deep into the checklist, read off the machine: the longest one to a question. */
const deepQuestion = [...answerPaths()]
  .filter((p) => !isOutcomeId(p.stateId))
  .sort((a, b) => b.answers.length - a.answers.length)[0]!;
const toOutcome = answerPaths().find((p) => isOutcomeId(p.stateId))!;

/**
 * Every kind of page, by how it is served: built ahead of time (its inline scripts allowed
 * by hash), rendered per request (by nonce), and the error pages of each.
 */
const prerendered = {
  landing: '/',
  'first question': '/check',
  'question from a link': linkTo(restore),
  'deep question': hrefFor('/check', deepQuestion.answers, CONTENT_VERSION),
  'outcome in the wizard': hrefFor('/check', toOutcome.answers, CONTENT_VERSION),
  'outcome page': '/outcome/cross-platform',
  'outcome index': '/outcome',
  'service page': '/services/google',
  'flow map': '/flow',
  embed: linkTo(restore, '/embed'),
  // The built step, sent with the look added (lib/embed/look.ts): still allowed by hash.
  'embed with its own look': `/embed?theme=dark&accent=0f766e&compact=true&${searchFor(restore)}`,
  'unusable link (404)': linkTo([['goal', 'bogus']]),
  'unusable link of the first release (404)': '/check?v=1&goal=bogus',
  'unknown service (404)': '/services/nonexistent',
  'unknown outcome (404)': '/outcome/nope',
  'dashboard with no token set (404)': '/insights',
};
const perRequest = {
  'link with a notice': linkTo([...restore, ['platforms', 'nope']]),
  'link from another version': '/check?v=0&goal=restore',
  'link of the first release': '/check?v=1&goal=restore',
  'link with a typed version': linkTo([...pathTo('app-version'), ['app-version', '6.9.1']]),
  'embed with a look that needs a warning': `/embed?theme=dark&accent=red&${searchFor(restore)}`,
  'services directory': '/services',
  'services search': '/services?q=goo',
  privacy: '/privacy',
  'code form': '/code',
  'code that cannot be read': '/code?c=1ZZZ-ZZZZ',
  plan: '/plan?s=google',
  share: linkTo(restore, '/share'),
  agent: '/agent?q=1EAV-Y',
  'link builder': '/agent/build',
  'embed docs': '/embed/docs',
  'no such page (404)': '/c/1F0E',
};

function scriptSrc(csp: string): string {
  return csp.split('; ').find((d) => d.startsWith('script-src')) ?? '';
}

function inlineScripts(html: string): { attrs: string; text: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1]!))
    .map((m) => ({ attrs: m[1]!, text: m[2]! }));
}

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Records CSP violations from the first script on: console reports and the DOM event. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __violations?: string[] };
      (w.__violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

async function reportedViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

/** React has taken over the document: the scripts the policy allows did run. */
async function hydrated(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [document, document.documentElement, document.body].some((node) =>
      Object.keys(node).some((key) => key.startsWith('__react')),
    ),
  );
}

for (const [kind, path] of Object.entries({ ...prerendered, ...perRequest })) {
  const built = kind in prerendered;
  test(`${kind}: a strict CSP, no violation, and its scripts run (${path})`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    const csp = (await response!.allHeaders())['content-security-policy'] ?? '';
    const scripts = scriptSrc(csp);
    expect(scripts).toMatch(/^script-src 'self'( '(nonce|sha256)-[A-Za-z0-9+/=]+')+$/);
    expect(scripts).not.toMatch(/unsafe|\*|https?:|data:|strict-dynamic/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    if (built) expect(scripts).not.toContain("'nonce-");
    else expect(scripts).toContain("'nonce-");
    await page.waitForLoadState('networkidle');
    await expect.poll(() => hydrated(page)).toBe(true);
    expect(await reportedViolations(page)).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('every inline script of a prerendered page is allowed by its own hash, none by chance', async ({
  request,
}) => {
  for (const path of Object.values(prerendered)) {
    const response = await request.get(path);
    const scripts = scriptSrc(response.headers()['content-security-policy'] ?? '');
    const inline = inlineScripts(await response.text());
    expect(inline.length, path).toBeGreaterThan(0);
    for (const script of inline) expect(scripts, path).toContain(sha256(script.text));
    // The hashes are those of this page: another page's flight data would not match them.
    const other = await request.get('/outcome/cross-platform');
    const foreign = inlineScripts(await other.text()).map((s) => sha256(s.text));
    if (path !== '/outcome/cross-platform')
      expect(
        foreign.some((hash) => !scripts.includes(hash)),
        path,
      ).toBe(true);
  }
});

test('a page rendered per request puts a fresh nonce on each of its inline scripts', async ({
  request,
}) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get('/agent');
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce).toBeTruthy();
    for (const script of inlineScripts(await response.text()))
      expect(script.attrs).toContain(`nonce="${nonce}"`);
    nonces.push(nonce!);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('a wizard link is served from its prerendered step, and the address keeps the link', async ({
  page,
  request,
}) => {
  const link = hrefFor('/check', deepQuestion.answers, CONTENT_VERSION);
  const response = await request.get(link);
  expect(response.status()).toBe(200);
  expect(response.headers()['x-nextjs-cache']).toBe('HIT');
  await page.goto(link);
  await expect(page).toHaveURL(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    questionOf(deepQuestion.stateId).title,
  );
});

test('the same journey in any parameter order is the same prerendered step', async ({
  request,
}) => {
  const link = new URL(hrefFor('/check', deepQuestion.answers, CONTENT_VERSION), 'http://x');
  const reversed = new URLSearchParams([...link.searchParams].reverse());
  const a = await request.get(link.pathname + link.search);
  const b = await request.get(`/check?${reversed}`);
  expect(b.headers()['x-nextjs-cache']).toBe('HIT');
  expect(b.headers()['content-security-policy']).toBe(a.headers()['content-security-policy']);
});

test('moving between steps with JavaScript fetches no page and trips no policy', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
  // The landing page's start links are router links: the step comes as RSC data through the
  // same rewrite. The wizard's own answers change the address without any request.
  const goal = questionOf('goal');
  await page.getByRole('link', { name: goal.answers.prepare!.label }).click();
  await expect(page).toHaveURL(endsWith(linkTo([['goal', 'prepare']])));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionOf('accounts').title);
  const documents: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'document') documents.push(r.url());
  });
  await page.getByRole('link', { name: questionOf('accounts').answers.personal!.label }).click();
  await expect(page).toHaveURL(/accounts=personal/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionOf('accounts').title);
  expect(documents).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);
  expect(await reportedViolations(page)).toEqual([]);
  expect(violations).toEqual([]);
});

/** A journey through a typed version question, with a version the graph never tried. */
function typedJourney() {
  const path = answerPaths().find(
    (p) => isOutcomeId(p.stateId) && p.answers.some((a) => a.value === MIN_IOS_APP_VERSION),
  )!;
  const answers = path.answers.map((a) =>
    a.value === MIN_IOS_APP_VERSION ? { ...a, value: '6.9.1' } : a,
  );
  expect(replayAnswers(answers).stateId).toBe(path.stateId);
  return { answers, outcome: path.stateId, at: answers.findIndex((a) => a.value === '6.9.1') };
}

for (const javaScriptEnabled of [true, false]) {
  test(`a typed version shows in the links and the result ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const { answers, outcome, at } = typedJourney();
    // The version question itself is prerendered; typing into it leads to a link no build
    // could hold, rendered per request.
    await page.goto(hrefFor('/check', answers.slice(0, at), CONTENT_VERSION));
    const question = questionOf(answers[at]!.question);
    await page.getByLabel(question.input!.label).fill('6.9.1');
    await page.getByRole('button', { name: question.input!.submit }).click();
    await expect(page).toHaveURL(/app-version=6\.9\.1/);
    for (const next of answers.slice(at + 1)) {
      const label = questionOf(next.question).answers[next.value]!.label;
      const link = page.getByRole('link', { name: label }).first();
      await expect(link).toHaveAttribute('href', /app-version=6\.9\.1/);
      await link.click();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(outcome));
    await expect(page.getByText('6.9.1').first()).toBeVisible();
    await page.reload();
    await expect(page.getByText('6.9.1').first()).toBeVisible();
    await context.close();
  });
}

for (const path of ['/', linkTo(restore), '/outcome/cross-platform', '/agent', '/c/1F0E']) {
  test(`${path} may be framed only by this site, and sends the other headers`, async ({
    request,
  }) => {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
}

for (const path of [linkTo(restore, '/embed'), `/embed?theme=dark&${searchFor(restore)}`]) {
  test(`${path} may be framed by other sites, and still allows scripts only from itself`, async ({
    request,
  }) => {
    const response = await request.get(path);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(scriptSrc(csp)).not.toMatch(/unsafe|\*/);
    expect(csp).toContain('frame-ancestors *');
    expect(response.headers()['x-frame-options']).toBeUndefined();
  });
}

test('every kind of response carries each security header once, from one place', async ({
  request,
}) => {
  const landing = await (await request.get('/', { headers: { accept: 'text/html' } })).text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(landing)?.[0];
  expect(asset).toBeTruthy();
  const responses = [
    ...[...Object.values(prerendered), ...Object.values(perRequest)].flatMap((path) => [
      // A browser's page load (the built document, for a prerendered page) and the router's fetch.
      request.get(path, { headers: { accept: 'text/html' } }),
      request.get(path),
    ]),
    request.get(planDownloadHref(['google'], {}, 'md')),
    request.get('/embed.js'),
    request.get('/embed?start=restore', { maxRedirects: 0 }),
  ];
  for (const response of await Promise.all(responses)) {
    const names = response.headersArray().map((header) => header.name.toLowerCase());
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy']) {
      expect(
        names.filter((n) => n === name),
        `${name} on ${response.url()}`,
      ).toHaveLength(1);
    }
  }
  // The build's assets, which the proxy never sees, get the headers every response carries.
  const assetHeaders = (await request.get(asset!)).headers();
  expect(assetHeaders['x-content-type-options']).toBe('nosniff');
  expect(assetHeaders['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(assetHeaders['content-security-policy']).toBeUndefined();
});

test('a downloaded plan runs nothing and may be framed by nobody', async ({ request }) => {
  const headers = (await request.get(planDownloadHref(['google'], {}, 'html'))).headers();
  expect(headers['content-security-policy']).toMatch(
    /^default-src 'none';.*frame-ancestors 'none'$/,
  );
  expect(headers['x-frame-options']).toBe('DENY');
});
