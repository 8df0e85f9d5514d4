import 'server-only';
import { config, type InsightsConfig } from './config';
import type { CountsDb } from '../../lib/insights/counts-db';
import { migrate, openDatabase, writeBatch } from './db';
import { rateLimiter, type RateLimiter } from '../../lib/insights/rate-limit';
import { Tally, type FeedbackEvent, type StepEvent } from '../../lib/insights/tally';

/** Rows that may wait in memory while the database cannot be written (about 2 MB at most). */
const MAX_WAITING_ROWS = 20_000;

type Store = {
  config: InsightsConfig;
  tally: Tally;
  limiter: RateLimiter;
  db: CountsDb | null;
  migrated: Promise<void> | null;
  flushing: Promise<void> | null;
  timer: ReturnType<typeof setInterval> | null;
  failing: boolean;
  warnedFull: boolean;
};

// The proxy, the routes and instrumentation are bundled apart but run in one process: they
// must share one tally and one connection, so the store lives on globalThis.
const KEY = Symbol.for('authenticator-wizard.insights-store');
type WithStore = typeof globalThis & { [KEY]?: Store };

function where(store: Store): string {
  const db = store.config.database;
  return db.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite file ${db.file}`;
}

function database(store: Store): CountsDb {
  store.db ??= openDatabase(store.config.database);
  return store.db;
}

/** Migrates once; a failed attempt is forgotten so the next flush tries again. */
function ready(store: Store): Promise<void> {
  store.migrated ??= migrate(database(store)).catch((error: unknown) => {
    store.migrated = null;
    throw error;
  });
  return store.migrated;
}

async function writeWaiting(store: Store): Promise<void> {
  if (store.tally.rows === 0) return;
  const batch = store.tally.drain();
  try {
    await ready(store);
    await writeBatch(database(store), batch);
    if (store.failing) {
      store.failing = false;
      store.warnedFull = false;
      console.log(`insights: writing counts to ${where(store)} again`);
    }
  } catch (error) {
    store.tally.restore(batch);
    if (!store.failing) {
      store.failing = true;
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(
        `insights: cannot write counts to ${where(store)} (${reason}); they wait in memory (up to ${MAX_WAITING_ROWS} rows) and are retried every ${store.config.flushMs} ms`,
      );
    }
  }
}

/** Writes what is waiting; concurrent callers share one write. */
function flush(store: Store = getStore()): Promise<void> {
  store.flushing ??= writeWaiting(store).finally(() => {
    store.flushing = null;
  });
  return store.flushing;
}

function onSignal(store: Store) {
  return async (signal: NodeJS.Signals) => {
    if (store.timer) clearInterval(store.timer);
    // Counts that arrive while the last write runs are written too, until nothing waits or
    // the database refuses.
    do await flush(store);
    while (store.tally.rows > 0 && !store.failing);
    // With NEXT_MANUAL_SIG_HANDLE set (npm start sets it), Next leaves exiting to us, so the
    // last write is never cut short.
    if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(signal === 'SIGINT' ? 130 : 0);
  };
}

function getStore(): Store {
  const scope = globalThis as WithStore;
  const existing = scope[KEY];
  if (existing) return existing;
  const settings = config();
  const store: Store = {
    config: settings,
    tally: new Tally(MAX_WAITING_ROWS),
    limiter: rateLimiter({ burst: 60, perSecond: 2, maxClients: 10_000 }),
    db: null,
    migrated: null,
    flushing: null,
    timer: null,
    failing: false,
    warnedFull: false,
  };
  scope[KEY] = store;
  if (settings.enabled) {
    store.timer = setInterval(() => void flush(store), settings.flushMs);
    store.timer.unref();
  }
  // With NEXT_MANUAL_SIG_HANDLE, someone must exit on a signal even when nothing is counted.
  if (settings.enabled || process.env.NEXT_MANUAL_SIG_HANDLE) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, onSignal(store));
  }
  return store;
}

/** Creates and migrates the database when the server starts (see instrumentation.ts). */
export async function startInsights(): Promise<void> {
  const store = getStore();
  if (!store.config.enabled) return;
  try {
    await ready(store);
  } catch (error) {
    store.failing = true;
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(
      `insights: cannot prepare ${where(store)} (${reason}); counts wait in memory and it is tried again every ${store.config.flushMs} ms`,
    );
  }
}

/** Adds to the tally unless counting is off or the client floods; never throws. */
function count(client: string, add: (tally: Tally) => boolean): 'counted' | 'limited' | 'off' {
  try {
    const store = getStore();
    if (!store.config.enabled) return 'off';
    if (!store.limiter.take(client)) return 'limited';
    if (!add(store.tally) && !store.warnedFull) {
      store.warnedFull = true;
      console.warn(
        `insights: ${MAX_WAITING_ROWS} rows wait for ${where(store)}; new counts are dropped until it can be written`,
      );
    }
    return 'counted';
  } catch {
    return 'off';
  }
}

/**
 * Counts one step shown (with its language, and the answer that led to it). Never throws and
 * never waits: a page must not notice the database.
 */
export function record(event: StepEvent, client: string): 'counted' | 'limited' | 'off' {
  return count(client, (tally) => tally.add(event));
}

/** Counts one answer to "Did this fix it?", as `record` counts a step. */
export function recordFeedback(
  event: FeedbackEvent,
  client: string,
): 'counted' | 'limited' | 'off' {
  return count(client, (tally) => tally.addFeedback(event));
}

/** The database for reading (the dashboard), migrated; throws when it cannot be reached. */
export async function readableDatabase(): Promise<CountsDb> {
  const store = getStore();
  await ready(store);
  return database(store);
}

export function insightsEnabled(): boolean {
  return getStore().config.enabled;
}
