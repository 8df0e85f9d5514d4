import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { questionOf } from './journeys';

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

const deepLink =
  '/check?v=2&goal=restore&platforms=ios-ios&ios-new-phone=empty&ios-apple-account=same&ios-keychain-sync=still-empty&ios-old-phone=yes&ios-model=no-switch&ios-settings=all-on';
const deepStep = '/check/2/restore/ios-ios/empty/same/still-empty/yes/no-switch/all-on';

test('every page of ours the build made is sent as built, with its own policy', async ({
  request,
}) => {
  const routes = Object.keys(built.documents);
  // The wizard's steps, the embed's, the landing page, results and services: all of them.
  expect(routes.length).toBeGreaterThan(300);
  expect(routes).toEqual(expect.arrayContaining(['/', deepStep, '/embed/2/restore']));
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

  const missing = await request.get('/check?v=2&goal=teleport', { headers: PAGE });
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
  await page.locator('a[href="/check?v=2&goal=restore"]').first().click();
  expect((await data).headers()['content-type']).toMatch(/^text\/x-component/);
  await expect(page).toHaveURL(/\/check\?v=2&goal=restore$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionOf('platforms').title);
  expect(navigations).toEqual([]);
});
