import { expect, test } from '@playwright/test';

const pages = [
  '/',
  '/check?v=2&goal=restore',
  '/outcome/cross-platform',
  '/services',
  '/plan?s=google',
  '/embed/docs',
  '/does-not-exist',
];

for (const path of pages) {
  test(`${path} sends the security headers`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'$/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
}

test('/embed may be framed by other sites, and still allows scripts only from itself', async ({
  request,
}) => {
  const response = await request.get('/embed');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-/);
  expect(csp).toContain('frame-ancestors *');
  expect(response.headers()['x-frame-options']).toBeUndefined();
});

test('each response gets a new nonce', async ({ request }) => {
  const nonce = async () =>
    /'nonce-([^']+)'/.exec(
      (await request.get('/')).headers()['content-security-policy'] ?? '',
    )?.[1];
  expect(await nonce()).not.toBe(await nonce());
});

test('a journey with JavaScript runs without a single CSP violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/check?v=2&goal=restore');
  await page.getByRole('link', { name: 'Android to Android' }).click();
  await expect(page).toHaveURL(/platforms=android-android/);
  await page.goto('/services');
  await page.goto('/embed/docs');
  expect(violations).toEqual([]);
});
