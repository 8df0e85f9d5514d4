import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
// A help desk's page on another origin, for e2e/embed.spec.ts.
const hostPort = Number(process.env.E2E_HOST_PORT ?? port + 1);
// A stand-in for Zendesk's agent page, for e2e/zendesk-sidebar.spec.ts (port + 2 is taken by
// e2e/embed.spec.ts's strict server).
const zendeskPort = Number(process.env.E2E_ZENDESK_PORT ?? port + 3);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  // TEST_DATABASE_URL, or a throwaway PostgreSQL server for the insights tests.
  globalSetup: './scripts/test-postgres.mjs',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath } } },
  ],
  webServer: [
    {
      // No loopback -H: with one, Next proxies the proxy's rewrites over HTTP to itself
      // (vercel/next.js#94745), and every prerendered wizard step would be fetched twice.
      command: `npx next start -p ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node e2e/host-server.mjs',
      url: `http://127.0.0.1:${hostPort}/health`,
      env: { E2E_HOST_PORT: String(hostPort), E2E_PORT: String(port) },
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      // Packages the app first (a few seconds, offline), so the test runs what Zendesk installs.
      command: 'node scripts/zendesk-package.mjs && node e2e/zendesk-server.mjs',
      url: `http://127.0.0.1:${zendeskPort}/health`,
      env: { E2E_ZENDESK_PORT: String(zendeskPort), E2E_PORT: String(port) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
