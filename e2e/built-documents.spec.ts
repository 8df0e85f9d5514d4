import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_VERSION } from '../content';
import { endsWith, linkTo, questionOf } from './journeys';

/**
 * A browser asking for a prerendered page gets the build's HTML straight from the proxy
 * (lib/serving/built-documents.ts); the router's own fetches, HEAD and Next's 404 and error
 * pages still go through Next. Answered by the proxy, a response has none of the headers
 * Next adds when it serves a page from its cache (`x-nextjs-cache`).
 */
const build = join(__dirname, '..', '.next');
const built = JSON.parse(readFileSync(join(build, 'csp-hashes.json'), 'utf8')) as {
  pages: Record<string, string[]>;
  documents: Record<string, string>;
};
const fileOf = (route: string) => readFileSync(join(build, built.documents[route]!));

/** What a browser's page load says it accepts. */
const PAGE = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** Deep into a restore: a new iPhone, the old one still working, nothing shown yet. */
const deepAnswers: [string, string][] = [
  ['goal', 'restore'],
  ['accounts', 'personal'],
  ['platforms', 'ios-ios'],
  ['old-phone', 'shows-accounts'],
  ['ios-new-phone', 'empty'],
  ['ios-keychain-sync', 'still-empty'],
];
const deepLink = linkTo(deepAnswers);
const deepStep = ['/check', CONTENT_VERSION, ...deepAnswers.map(([, value]) => value)].join('/');
/** The landing page's link to a first answer that leads to the accounts question. */
const toAccounts = linkTo([['goal', 'prepare']]);

test('every page of ours the build made is sent as built, with its own policy', async ({
  request,
}) => {
  // Over a thousand built pages since content version 3, each fetched and compared.
  test.setTimeout(300_000);
  const routes = Object.keys(built.documents);
  // The wizard's steps, the embed's, the landing page, results and services: all of them.
  expect(routes.length).toBeGreaterThan(300);
  expect(routes).toEqual(
    expect.arrayContaining(['/', deepStep, `/embed/${CONTENT_VERSION}/restore`]),
  );
  for (const route of routes) {
    const response = await request.get(route, { headers: PAGE });
    expect(response.status(), route).toBe(200);
    expect(Buffer.compare(await response.body(), fileOf(route)), route).toBe(0);
    const headers = response.headers();
    expect(headers['x-nextjs-cache'], route).toBeUndefined();
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['vary']).toMatch(/^rsc, next-router-state-tree, /);
    expect(headers['x-content-type-options']).toBe('nosniff');
    const scripts = headers['content-security-policy']!.split('; ').find((d) =>
      d.startsWith('script-src'),
    )!;
    for (const hash of built.pages[route]!) expect(scripts, route).toContain(hash);
  }
});

test('a wizard link is answered with its step’s built page, compressed when asked', async ({
  request,
}) => {
  const response = await request.get(deepLink, {
    headers: { ...PAGE, 'accept-encoding': 'gzip' },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['x-middleware-rewrite']).toBeUndefined();
  // The client undoes the gzip; what it read is the step's file, byte for byte.
  expect(Buffer.compare(await response.body(), fileOf(deepStep))).toBe(0);
});

test('the router’s own fetches, HEAD and Next’s own pages are still Next’s', async ({
  request,
}) => {
  // What the router sends: its header, and no word of HTML in Accept.
  const data = await request.get(deepLink, { headers: { rsc: '1' } });
  expect(data.status()).toBe(200);
  expect(data.headers()['content-type']).toMatch(/^text\/x-component/);

  const head = await request.head(deepLink, { headers: PAGE });
  expect(head.status()).toBe(200);
  expect(head.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(head.headers()['x-nextjs-cache']).toBe('HIT');

  const missing = await request.get(`${linkTo([])}&goal=teleport`, { headers: PAGE });
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('We could not use that link');
});

test('in the browser, a page load gets the built page and a link within the site the router’s data', async ({
  page,
}) => {
  const loaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/');
  await page.goto('/');
  expect((await loaded).headers()['x-nextjs-cache']).toBeUndefined();
  await page.waitForLoadState('networkidle');
  // The landing page's links into the wizard are the router's: it fetches the step's data.
  const data = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/check' && r.request().headers()['rsc'] === '1',
  );
  const navigations: string[] = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest()) navigations.push(r.url());
  });
  await page.locator(`a[href="${toAccounts}"]`).first().click();
  expect((await data).headers()['content-type']).toMatch(/^text\/x-component/);
  await expect(page).toHaveURL(endsWith(toAccounts));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionOf('accounts').title);
  expect(navigations).toEqual([]);
});
