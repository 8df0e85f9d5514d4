// Runs after `next build` (`npm run build` does both). A page built ahead of time cannot carry
// a per-request nonce, so its Content-Security-Policy allows its inline scripts by their
// sha256 hashes instead: this reads every prerendered page's HTML and writes, beside the
// build, which hashes each route needs. proxy.ts reads the file once at start-up.
// It also lists where each of our pages' HTML is in the build, so the proxy can send those
// bytes itself (lib/serving/built-documents.ts).
//
// A page that is regenerated after the build (ISR, `revalidate`) would get new inline scripts
// whose hashes no longer match, so any such route fails the build here rather than break in
// a browser later.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const next = join(root, '.next');
export const HASHES_FILE = join(next, 'csp-hashes.json');

/** The text of every inline script (no src) in an HTML document, as the browser hashes it. */
export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1])) continue;
    scripts.push(match[2]);
  }
  return scripts;
}

export function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Where Next writes a prerendered page's HTML, relative to the build directory. */
function htmlFileOf(route) {
  return join('server', 'app', `${route === '/' ? '/index' : route}.html`);
}

function main() {
  const buildId = readFileSync(join(next, 'BUILD_ID'), 'utf8').trim();
  const manifest = JSON.parse(readFileSync(join(next, 'prerender-manifest.json'), 'utf8'));
  const pages = {};
  const documents = {};
  const regenerated = [];
  for (const [route, info] of Object.entries(manifest.routes)) {
    const file = join(next, htmlFileOf(route));
    if (!existsSync(file)) continue; // not a page (the icon) or no HTML of its own
    if (info.initialRevalidateSeconds !== false) regenerated.push(route);
    const hashes = [...new Set(inlineScripts(readFileSync(file, 'utf8')).map(sha256Source))];
    pages[route] = hashes;
    // Next's own pages (the 404 and error pages, `/_…`) are answered with their status by Next.
    if (!route.startsWith('/_') && (info.initialStatus ?? 200) === 200) {
      documents[route] = htmlFileOf(route);
    }
  }
  if (regenerated.length > 0) {
    console.error(
      `csp-hashes: these pages are regenerated after the build, so their script hashes would ` +
        `drift: ${regenerated.join(', ')}. Build them once (no revalidate) or render them per request.`,
    );
    process.exit(1);
  }
  if (!pages['/_not-found']) {
    console.error('csp-hashes: no prerendered 404 page in the build; cannot make its policy.');
    process.exit(1);
  }
  writeFileSync(HASHES_FILE, JSON.stringify({ buildId, pages, documents }));
  console.log(`csp-hashes: script hashes for ${Object.keys(pages).length} prerendered pages`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
