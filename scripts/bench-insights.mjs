// Page throughput with insights on against insights off, in the same run: two production
// servers side by side, measured in turns (on, off, on, off) so that a busy machine slows
// both. Each request comes from its own client address, so the rate limit never hides the
// cost of counting. Run alone (`node scripts/bench-insights.mjs [--quick]`, after a build) or
// from `npm run bench`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createJiti } from 'jiti';

const root = new URL('..', import.meta.url).pathname;

async function startServer(port, env) {
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/privacy`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const exited = new Promise((resolve) => server.on('exit', resolve));
  return { base, pid: server.pid, stop: () => (server.kill('SIGTERM'), exited) };
}

/** CPU seconds the server has used (Linux): less moved by other work on a busy machine. */
function cpuSeconds(pid) {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

let client = 0;
const nextAddress = () => {
  client = (client + 1) % 16_000_000;
  return `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`;
};

function load(url, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: 10,
        duration: seconds,
        headers: { accept: 'text/html' },
        setupClient: (c) => {
          c.setHeaders({ accept: 'text/html', 'x-forwarded-for': nextAddress() });
          c.on('response', () =>
            c.setHeaders({ accept: 'text/html', 'x-forwarded-for': nextAddress() }),
          );
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** The first question, and a question a few answers in, as the machine has them today. */
async function machinePaths() {
  const jiti = createJiti(import.meta.url);
  const { answerPaths } = await jiti.import(`${root}lib/wizard/paths.ts`);
  const { hrefFor } = await jiti.import(`${root}lib/wizard/step-model.ts`);
  const { CONTENT_VERSION } = await jiti.import(`${root}content/index.ts`);
  const deeper = answerPaths().find((p) => p.answers.length === 4);
  return {
    'first question': '/check',
    'a question four answers in': hrefFor('/check', deeper.answers, CONTENT_VERSION),
  };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Requests per second for each path, insights on and off, and on as a share of off: the
 * median of the rounds' ratios, each round one run on each server back to back.
 */
export async function benchInsights({ port, quick, paths }) {
  paths ??= await machinePaths();
  const dir = mkdtempSync(join(tmpdir(), 'bench-insights-'));
  const on = await startServer(port, {
    INSIGHTS: 'on',
    INSIGHTS_DB: join(dir, 'counts.db'),
    DATABASE_URL: '',
    NEXT_MANUAL_SIG_HANDLE: 'true',
  });
  const off = await startServer(port + 1, { INSIGHTS: 'off', NEXT_MANUAL_SIG_HANDLE: 'true' });
  const seconds = quick ? 3 : 5;
  const results = {};
  try {
    for (const [name, path] of Object.entries(paths)) {
      const rps = { on: [], off: [] };
      const cpu = { on: [], off: [] };
      // Warm both, then alternate which goes first.
      await load(on.base + path, 1);
      await load(off.base + path, 1);
      const rounds = quick ? 3 : 4;
      for (let round = 0; round < rounds; round++) {
        const order =
          round % 2
            ? [
                ['off', off],
                ['on', on],
              ]
            : [
                ['on', on],
                ['off', off],
              ];
        for (const [which, server] of order) {
          const before = cpuSeconds(server.pid);
          const r = await load(server.base + path, seconds);
          const after = cpuSeconds(server.pid);
          if (before !== null && after !== null)
            cpu[which].push((after - before) / r.requests.total);
          if (r.non2xx > 0)
            throw new Error(`${name}: ${r.non2xx} non-2xx answers with insights ${which}`);
          rps[which].push(r.requests.average);
        }
      }
      results[name] = {
        path,
        on: median(rps.on),
        off: median(rps.off),
        ratio: median(rps.on.map((value, i) => value / rps.off[i])),
        rounds,
        cpuPerRequestMs: cpu.on.length
          ? { on: median(cpu.on) * 1000, off: median(cpu.off) * 1000 }
          : null,
      };
    }
  } finally {
    await Promise.all([on.stop(), off.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const result of Object.values(results)) result.countMs = await countCost(result.path);
  return results;
}

/**
 * What counting one page load costs in the server's own code, timed in this process: the
 * part of a page's time insights add, apart from the machine's noise.
 */
export async function countCost(path) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-insights-'));
  Object.assign(process.env, { INSIGHTS_DB: join(dir, 'counts.db'), INSIGHTS_FLUSH_MS: '600000' });
  // The server code is marked server-only, which throws outside React's server build.
  const jiti = createJiti(import.meta.url, {
    alias: { 'server-only': `${root}node_modules/server-only/empty.js` },
  });
  const { NextRequest } = await jiti.import('next/server');
  const { countPageLoad } = await jiti.import(`${root}server/insights/page-load.ts`);
  const { resolveLink } = await jiti.import(`${root}server/serving/links.ts`);
  const request = (i) =>
    new NextRequest(`http://127.0.0.1${path}`, {
      headers: {
        accept: 'text/html',
        host: '127.0.0.1',
        'x-forwarded-for': `10.0.${(i >> 8) & 255}.${i & 255}`,
        referer: `http://127.0.0.1${path.replace(/&[^&]*$/, '')}`,
      },
    });
  // As the proxy counts: from the link it has resolved (and remembered) to serve the page.
  const count = (r) =>
    countPageLoad(r, resolveLink(r.nextUrl.pathname, r.nextUrl.searchParams).shown);
  for (let i = 0; i < 500; i++) count(request(i));
  const requests = Array.from({ length: 5_000 }, (_, i) => request(i));
  const start = performance.now();
  for (const r of requests) count(r);
  const ms = (performance.now() - start) / requests.length;
  rmSync(dir, { recursive: true, force: true });
  return ms;
}

export function insightsRows(results) {
  return Object.entries(results).flatMap(([name, r]) => [
    ...(r.countMs !== undefined
      ? [
          [
            `Insights: counting one page load, in process: ${name}`,
            `${r.countMs.toFixed(3)} ms`,
            '',
            '',
          ],
        ]
      : []),
    ...(r.cpuPerRequestMs
      ? [
          [
            `Insights on vs off, server CPU per page: ${name}`,
            `${r.cpuPerRequestMs.on.toFixed(2)} vs ${r.cpuPerRequestMs.off.toFixed(2)} ms (${Math.round((r.cpuPerRequestMs.on / r.cpuPerRequestMs.off) * 100)}%)`,
            '',
            '',
          ],
        ]
      : []),
    [
      `Insights on vs off: ${name}`,
      `${Math.round(r.on)} vs ${Math.round(r.off)} req/s median; on/off ${Math.round(r.ratio * 100)}% (median of ${r.rounds} paired rounds)`,
      '>= 90% of off',
      r.ratio >= 0.9 ? 'met' : 'NOT met',
    ],
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const port = Number(process.env.BENCH_PORT ?? 3400) + 1;
  const results = await benchInsights({ port, quick });

  for (const row of insightsRows(results)) console.log(row.join(' | '));
}
