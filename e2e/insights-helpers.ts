import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { isOutcomeId } from '../lib/wizard/flow';
import { replayAnswers } from '../lib/wizard/replay';
import { countedAnswer, type Entry } from '../lib/insights/steps';
import type { Answer } from '../machines/diagnosis-machine';

/**
 * Ports for the app instances these specs start themselves, apart from Playwright's own: each
 * spec file has its own pair, since files run side by side in separate workers.
 */
const portsFrom = (offset: number) =>
  [0, 1].map((i) => Number(process.env.E2E_PORT ?? 3100) + offset + i);
export const INSIGHTS_PORTS = portsFrom(10);
export const FEEDBACK_PORTS = portsFrom(12);

const running = new Set<ChildProcess>();

/** Stops whatever a failed test left running (SIGTERM, so it still writes its counts). */
export async function stopAll() {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise((resolve) => {
          child.on('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
}

export type Server = { url: string; log: () => string; stop: () => Promise<number | null> };

const root = join(__dirname, '..');

/** A real `next start` of the production build, with its own environment. */
export async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  const taken = await fetch(url).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Port ${port} is in use: stop what runs there, or set E2E_PORT`);
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        INSIGHTS_TOKEN: '',
        DATABASE_URL: '',
        NEXT_MANUAL_SIG_HANDLE: 'true',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  running.add(child);
  child.on('exit', () => running.delete(child));
  for (let i = 0; i < 200; i += 1) {
    const up = await fetch(`${url}/privacy`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Totals keyed "entry host step" and "entry host question=answer", as the tests expect them. */
export type Totals = Record<string, number>;

export function add(totals: Totals, key: string, n = 1) {
  totals[key] = (totals[key] ?? 0) + n;
}

/**
 * What a walk along these answers must add: every step it shows (the first one included)
 * and every answer it gives, read off the machine.
 */
export function expectWalk(totals: Totals, entry: Entry, answers: Answer[], host = '') {
  for (let i = 0; i <= answers.length; i += 1) {
    const { stateId } = replayAnswers(answers.slice(0, i));
    add(totals, `${entry} ${host} ${stateId}`);
    const given = answers[i - 1];
    if (given) {
      add(
        totals,
        `${entry} ${host} ${given.question}=${countedAnswer(given.question, given.value)}`,
      );
    }
  }
}

export function stateAfter(answers: Answer[]): string {
  return replayAnswers(answers).stateId;
}

export { isOutcomeId };

type Rows = { steps: Record<string, unknown>[]; answers: Record<string, unknown>[] };

function totalsOf({ steps, answers }: Rows): Totals {
  const totals: Totals = {};
  for (const r of steps) add(totals, `${r.entry} ${r.host} ${r.step}`, Number(r.n));
  for (const r of answers)
    add(totals, `${r.entry} ${r.host} ${r.question}=${r.answer}`, Number(r.n));
  return totals;
}

const STEPS =
  'select entry, host, step, sum(shown) as n from step_counts group by entry, host, step';
const ANSWERS =
  'select entry, host, question, answer, sum(chosen) as n from answer_counts group by entry, host, question, answer';

/** The stored totals, read straight from the SQLite file. */
export function sqliteTotals(file: string): Totals {
  const db = new Database(file, { readonly: true });
  try {
    return totalsOf({
      steps: db.prepare(STEPS).all() as never,
      answers: db.prepare(ANSWERS).all() as never,
    });
  } finally {
    db.close();
  }
}

/** The stored totals, read straight from PostgreSQL. */
export async function postgresTotals(url: string): Promise<Totals> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [steps, answers] = [await client.query(STEPS), await client.query(ANSWERS)];
    return totalsOf({ steps: steps.rows, answers: answers.rows });
  } finally {
    await client.end();
  }
}

export async function resetPostgres(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      'drop table if exists step_counts, answer_counts, language_counts, feedback_counts, insights_migration, insights_migration_lock',
    );
  } finally {
    await client.end();
  }
}

export const NEEDS_POSTGRES =
  'These tests need a PostgreSQL server in TEST_DATABASE_URL: the global setup (scripts/test-postgres.mjs) starts a throwaway one when it is unset.';
