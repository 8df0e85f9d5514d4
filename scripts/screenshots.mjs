// Screenshots for a look before shipping.
// `npm run screenshots` (after `npm run build`): runs the phone journeys (e2e/phone-*.spec.ts)
//   and saves each one's end state, light and dark, in test-results/screenshots/journeys.
// Usage: node scripts/screenshots.mjs http://127.0.0.1:3000 /path /other?x=1 [--out dir] [--no-js]
//   pages at phone and desktop width, light and dark, from a running server.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { assertChromium, chromiumPath } from './browser.mjs';

assertChromium();
const args = process.argv.slice(2);
if (args.length === 0) {
  if (!existsSync(new URL('../.next/BUILD_ID', import.meta.url))) {
    console.error('No production build: run "npm run build" first.');
    process.exit(1);
  }
  const dir = 'test-results/screenshots/journeys';
  mkdirSync(dir, { recursive: true });
  const run = spawnSync('npx', ['playwright', 'test', 'e2e/phone-', '--reporter=line'], {
    stdio: 'inherit',
    env: { ...process.env, SCREENSHOTS_DIR: dir },
  });
  console.log(`Screenshots in ${dir}`);
  process.exit(run.status ?? 1);
}
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : 'test-results/screenshots';
const noJs = args.includes('--no-js');
const [base, ...paths] = args.filter((a) => a !== '--no-js');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath });
for (const path of paths) {
  for (const [name, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme, javaScriptEnabled: !noJs });
      await page.goto(base + path);
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').slice(0, 80) || 'root'}-${name}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
