// Sends malformed, truncated, oversized, unicode-laden and mutated URLs to a running server
// and counts what comes back. Used by `npm run bench` (10,000 URLs) and, with a small sample,
// by the browser tests. Deterministic: the same seed sends the same URLs.
//
//   node scripts/fuzz.mjs http://127.0.0.1:3000 [count] [seed]
import http from 'node:http';

/** Small, seedable PRNG (mulberry32), so a failing URL can be sent again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A marker that must never come back unescaped: if it does, input was reflected raw. */
export const MARKER = '<x-fuzz>';

const GOOD = [
  '/check?v=3&goal=restore&accounts=personal&platforms=ios-ios&old-phone=gone&ios-new-phone=empty',
  '/check?v=3&goal=prepare&accounts=personal&platforms=ios-ios&ios-model=no-switch&ios-settings=all-on&app-version=6.8.40',
  '/check?v=3&goal=restore&accounts=personal&platforms=android-android&old-phone=gone&backup-ever=yes-or-unsure&android-new-backup=no&recovery-signin=not-stored',
  '/check?v=3&goal=lost&accounts=personal&platforms=ios-ios&ios-new-phone=empty&ios-keychain-sync=still-empty&ios-retry=still-empty',
  '/outcome/service-recovery',
  '/outcome/cross-platform',
  '/',
  '/services',
  '/services/google',
  '/plan?s=google,github&work=1&holder=microsoft',
  '/agent?q=K7Q2-M4XD-9',
  '/share?v=3&goal=restore&accounts=personal&platforms=ios-android&old-phone=shows-accounts',
  '/flow',
  '/embed?start=restore&accent=%23ff0000&theme=dark&compact=true',
  '/embed?answers=v%3D3%26goal%3Drestore',
  '/embed/docs?accent=%23123456&theme=light',
];

const NASTY = [
  MARKER,
  `"><script>alert(1)</script>${MARKER}`,
  "'; DROP TABLE x; --",
  '%00',
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%252e%252e%252f',
  '../../etc/passwd',
  '\u202Eevil',
  '\u200B\u200B',
  '😀😀😀',
  'Ω≈ç√∫',
  '𝕏',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '6.8.33.1.2.3.4',
  '6..8',
  'v6.8.33',
  '   ',
  'null',
  '[]',
  '{}',
  'javascript:alert(1)',
  'https://evil.example/',
  '#ff00zz',
  'red',
  '0000-0000-0',
  'k7q2m4xd9',
  'KKKK-KKKK-KKKK-KKKK-KKKK',
];

const KEYS = [
  'v',
  'goal',
  'platforms',
  'app-version',
  'ios-new-phone',
  's',
  'q',
  'code',
  'work',
  'holder',
  'start',
  'answers',
  'accent',
  'theme',
  'compact',
  'minHeight',
  '__proto__',
  'goal[]',
  'x',
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** Encodes what a URL path may not carry raw, but keeps deliberate %-sequences as they are. */
function safe(text) {
  return text.replace(/[^\x21-\x7e]|[#"<>\\^`{|}]/gu, (c) => encodeURIComponent(c));
}

function mutate(rand, url) {
  const kind = Math.floor(rand() * 10);
  const [path, query = ''] = url.split('?');
  const params = query ? query.split('&') : [];
  switch (kind) {
    case 0: // truncated anywhere
      return url.slice(0, 1 + Math.floor(rand() * url.length));
    case 1: {
      // a value replaced by something nasty
      if (params.length === 0) return `${path}?${pick(rand, KEYS)}=${safe(pick(rand, NASTY))}`;
      const i = Math.floor(rand() * params.length);
      const key = params[i].split('=')[0];
      params[i] = `${key}=${safe(pick(rand, NASTY))}`;
      return `${path}?${params.join('&')}`;
    }
    case 2: // a key repeated with another value
      return `${url}${query ? '&' : '?'}${pick(rand, KEYS)}=${safe(pick(rand, NASTY))}&${pick(rand, KEYS)}=1`;
    case 3: // oversized value (kept under Node's header limit most of the time)
      return `${path}?${pick(rand, KEYS)}=${'A'.repeat(200 + Math.floor(rand() * 9000))}`;
    case 4: // a path segment mutated
      return `${path.replace(/\/[^/]*$/, '/')}${safe(pick(rand, NASTY))}${query ? `?${query}` : ''}`;
    case 5: // params shuffled and some dropped
      return `${path}?${params
        .filter(() => rand() > 0.3)
        .sort(() => rand() - 0.5)
        .join('&')}`;
    case 6: // many parameters
      return `${path}?${Array.from({ length: 20 + Math.floor(rand() * 200) }, (_, i) => `k${i}=${i}`).join('&')}`;
    case 7: // unicode everywhere
      return `${path}?${params.map((p) => `${p}${safe(pick(rand, NASTY))}`).join('&')}`;
    case 8: // broken percent-encoding in the key
      return `${path}?${safe(pick(rand, NASTY))}%=${safe(pick(rand, NASTY))}&${query}`;
    default: // double-encoded query
      return `${path}?${encodeURIComponent(query)}`;
  }
}

export function generateUrls(count, seed = 1) {
  const rand = random(seed);
  return Array.from({ length: count }, () => mutate(rand, pick(rand, GOOD)));
}

function get(base, path) {
  return new Promise((resolve) => {
    const url = new URL(base);
    const req = http.request(
      { host: url.hostname, port: url.port, path, method: 'GET', headers: { accept: 'text/html' } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            type: res.headers['content-type'] ?? '',
            location: res.headers.location,
          }),
        );
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', (error) =>
      resolve({ status: 0, body: '', type: '', error: String(error.message) }),
    );
    req.end();
  });
}

/**
 * Sends every URL (a few at a time) and tallies: status classes, 5xx, answers with no page
 * for a person (no <h1>), and any response that carries the marker unescaped.
 */
export async function fuzz(base, urls, concurrency = 8) {
  const tally = {
    sent: 0,
    byClass: {},
    serverErrors: [],
    reflected: [],
    noMessage: [],
    failed: [],
  };
  let next = 0;
  async function worker() {
    while (next < urls.length) {
      const path = urls[next++];
      let res = await get(base, path);
      // A redirect is judged by the page it leads to (same host, a few hops at most).
      for (let hop = 0; hop < 3 && res.status >= 300 && res.status < 400 && res.location; hop++) {
        const target = new URL(res.location, base);
        if (target.origin !== new URL(base).origin) break;
        res = await get(base, target.pathname + target.search);
      }
      tally.sent++;
      const cls = res.status ? `${String(res.status)[0]}xx` : 'no answer';
      tally.byClass[cls] = (tally.byClass[cls] ?? 0) + 1;
      if (res.status >= 500) tally.serverErrors.push(`${res.status} ${path}`);
      if (res.status === 0) tally.failed.push(`${res.error} ${path}`);
      if (res.body.includes(MARKER) || /<script>alert\(1\)/.test(res.body))
        tally.reflected.push(path);
      // Node's own 400/431 for a request line it will not parse has no page: that is the
      // HTTP server refusing, before our app sees it, and is counted apart.
      if (
        res.type.includes('text/html') &&
        res.status !== 0 &&
        !/<h1[\s>]/.test(res.body) &&
        !res.body.includes('<h1')
      ) {
        tally.noMessage.push(`${res.status} ${path}`);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return tally;
}

// Run from the command line (no top-level await: the browser tests import this module).
if (import.meta.url === `file://${process.argv[1]}`) {
  (async () => {
    const [base = 'http://127.0.0.1:3000', count = '1000', seed = '1'] = process.argv.slice(2);
    const tally = await fuzz(base, generateUrls(Number(count), Number(seed)));
    console.log(
      JSON.stringify(
        {
          ...tally,
          serverErrors: tally.serverErrors.slice(0, 20),
          reflected: tally.reflected.slice(0, 20),
          noMessage: tally.noMessage.slice(0, 20),
          failed: tally.failed.slice(0, 20),
        },
        null,
        2,
      ),
    );
    process.exit(tally.serverErrors.length || tally.reflected.length ? 1 : 0);
  })();
}
