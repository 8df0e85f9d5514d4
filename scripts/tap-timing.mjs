// How a tap on a start-page situation feels on a slow phone connection. Against a running
// server (`npx next start -p 3200`, then `node scripts/tap-timing.mjs http://127.0.0.1:3200`),
// it opens the start page on a phone-sized screen, lets it load in full, then slows the
// network (CDP, Slow-3G-like: 400 ms latency, 400 kbit/s each way) and taps each situation in
// turn. For each tap it prints the time from the tap to the first change on the page (any
// element, attribute or text) and to the chosen step's heading, and every heading shown on the
// way, with how long each stayed. Not a test: timings depend on the machine; run it before and after a change.
//
// Flags: --runs N (taps per situation, default 3), --latency MS, --kbps N.
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const base = args.find((a) => a.startsWith('http')) ?? 'http://127.0.0.1:3200';
const runs = flag('runs', 3);
const latency = flag('latency', 400);
const bytesPerSecond = (flag('kbps', 400) * 1000) / 8;

// Installed before the page's own scripts: notes the tap, then every change and heading.
function watch() {
  const log = { tap: null, firstChange: null, what: null, headings: [] };
  window.__tapTiming = log;
  addEventListener(
    'pointerdown',
    () => {
      if (log.tap === null) log.tap = performance.now();
    },
    true,
  );
  const seen = () => {
    const text = document.querySelector('h1')?.textContent ?? '';
    const last = log.headings[log.headings.length - 1];
    if (!last || last.text !== text) log.headings.push({ text, at: performance.now() });
  };
  document.addEventListener('DOMContentLoaded', () => {
    seen();
    new MutationObserver((records) => {
      if (log.tap !== null && log.firstChange === null) {
        log.firstChange = performance.now();
        const { type, target, attributeName } = records[0];
        const element = target.nodeType === 1 ? target : target.parentElement;
        log.what = `${type} ${attributeName ?? ''} on <${element?.localName}>`.replace('  ', ' ');
      }
      seen();
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const browser = await chromium.launch({ executablePath: chromiumPath });
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
try {
  const probe = await browser.newPage(phone);
  await probe.goto(`${base}/`);
  const links = await probe
    .locator('section[aria-labelledby="start-heading"] a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const situations = [];
  for (const href of links) {
    await probe.goto(`${base}${href}`);
    situations.push({ href, heading: (await probe.locator('h1').textContent())?.trim() });
  }
  await probe.close();

  const rows = [];
  for (const { href, heading } of situations) {
    const change = [];
    const arrive = [];
    const passedThrough = new Set();
    const what = new Set();
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      await page.addInitScript(watch);
      await page.goto(`${base}/`, { waitUntil: 'networkidle' });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      });
      await page.locator(`a[href="${href}"]`).first().tap();
      await page.waitForFunction(
        (text) => document.querySelector('h1')?.textContent?.trim() === text,
        heading,
        { timeout: 60_000 },
      );
      const log = await page.evaluate(() => window.__tapTiming);
      change.push(log.firstChange - log.tap);
      what.add(log.what);
      const shown = log.headings.filter((h) => h.at >= log.tap);
      arrive.push(shown[shown.length - 1].at - log.tap);
      shown.slice(0, -1).forEach((h, i) => {
        passedThrough.add(`${h.text.trim()} (${Math.round(shown[i + 1].at - h.at)} ms)`);
      });
      await context.close();
    }
    rows.push({
      situation: href,
      'first change, ms': Math.round(median(change)),
      'the change': [...what].join(', '),
      'chosen heading, ms': Math.round(median(arrive)),
      'headings on the way': [...passedThrough].join(' | ') || '(none)',
    });
  }
  console.log(
    `${base}: ${runs} taps per situation, latency ${latency} ms, ${bytesPerSecond * 8} bit/s; medians`,
  );
  console.table(rows);
} finally {
  await browser.close();
}
