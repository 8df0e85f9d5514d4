// `npm run test:e2e`: Playwright against the production build (run `npm run build` first;
// `npm test` does). Fails early, in one line, when there is no Chromium or no build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { assertChromium } from './browser.mjs';

assertChromium();
if (
  !existsSync(new URL('../.next/BUILD_ID', import.meta.url)) ||
  !existsSync(new URL('../.next/csp-hashes.json', import.meta.url))
) {
  console.error('No production build: run "npm run build" first (npm test does this for you).');
  process.exit(1);
}
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
