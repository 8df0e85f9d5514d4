import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  builtDocuments,
  parsePageHashes,
  type PageHashes,
} from '../../lib/serving/built-documents';

/** The prerendered pages that answer for addresses no page is built for, and for a failed render. */
export const NOT_FOUND_ROUTE = '/_not-found';
export const GLOBAL_ERROR_ROUTE = '/_global-error';

/**
 * The hashes of every prerendered page's inline scripts, written after `next build` by
 * scripts/csp-hashes.mjs and read once here. Without it (development, or a build made
 * without that step) every page is rendered per request with a nonce.
 */
function loadPageHashes(): PageHashes | null {
  if (process.env.NODE_ENV !== 'production') return null;
  const dir = join(process.cwd(), '.next');
  try {
    const hashes = parsePageHashes(readFileSync(join(dir, 'csp-hashes.json'), 'utf8'));
    const buildId = readFileSync(join(dir, 'BUILD_ID'), 'utf8').trim();
    if (hashes?.buildId === buildId) return hashes;
  } catch {
    // Reported below.
  }
  console.error(
    'No script hashes for this build (.next/csp-hashes.json missing or from another build): ' +
      'build with "npm run build". Prerendered pages will not run their scripts.',
  );
  return null;
}
const pageHashes = loadPageHashes();

/** A prerendered route's script hashes; undefined for a route the build did not make. */
export const hashesOf = (route: string): readonly string[] | undefined => pageHashes?.pages[route];

/** The prerendered pages' HTML, sent by the proxy to a browser asking for the document. */
export const documents = builtDocuments(
  pageHashes?.documents ?? {},
  (file) =>
    // Copied once into a plain Uint8Array, the body type a Response takes.
    new Uint8Array(readFileSync(join(process.cwd(), '.next', file))),
);
