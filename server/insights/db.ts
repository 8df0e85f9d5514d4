import 'server-only';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import { Pool } from 'pg';
import type { CountsDatabase, CountsDb } from '../../lib/insights/counts-db';
import type { InsightsConfig } from './config';
import { migrations } from './migrations';
import type { Batch } from '../../lib/insights/tally';

/** One query layer for both databases: Kysely writes each one's SQL. */
export function openDatabase(database: InsightsConfig['database']): CountsDb {
  if (database.kind === 'postgres') {
    const pool = new Pool({
      connectionString: database.url,
      max: 4,
      connectionTimeoutMillis: 3_000,
    });
    // An idle connection that drops must not take the site down; the next write says so.
    pool.on('error', () => {});
    return new Kysely<CountsDatabase>({ dialect: new PostgresDialect({ pool }) });
  }
  const file = resolve(database.file);
  mkdirSync(dirname(file), { recursive: true });
  // better-sqlite3 waits for a lock on the server thread itself: wait briefly, then retry later.
  const sqlite = new Database(file, { timeout: 200 });
  sqlite.pragma('journal_mode = WAL');
  return new Kysely<CountsDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Creates or updates the tables; safe to run from several instances at once. */
export async function migrate(db: CountsDb): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'insights_migration',
    migrationLockTableName: 'insights_migration_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

// PostgreSQL takes at most 65,535 parameters per statement; a row here uses seven at most.
const CHUNK = 1_000;
function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Each kind of count: its table, the columns that name a row beside the slot, its number. */
const TABLES = {
  steps: { table: 'step_counts', keys: ['step'], count: 'shown' },
  answers: { table: 'answer_counts', keys: ['question', 'answer'], count: 'chosen' },
  languages: { table: 'language_counts', keys: ['language'], count: 'shown' },
  feedback: { table: 'feedback_counts', keys: ['outcome', 'said'], count: 'given' },
} as const satisfies Record<
  keyof Batch,
  { table: keyof CountsDatabase; keys: string[]; count: string }
>;

const SLOT_COLUMNS = ['day', 'content_version', 'entry', 'host'] as const;

/**
 * Adds rows to one table's totals: a new row is inserted, a known one counts up. The table
 * is one of four with the same shape, so the row is built from the table's own columns.
 */
async function addRows(
  trx: Transaction<CountsDatabase>,
  { table, keys, count }: (typeof TABLES)[keyof Batch],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const columns = [...SLOT_COLUMNS, ...keys];
  for (const part of chunks([...rows])) {
    const values = part.map((row) =>
      Object.fromEntries(
        [...columns, count].map((column) => [
          column,
          column === 'content_version' ? row.version : row[column],
        ]),
      ),
    );
    await trx
      .insertInto(table)
      .values(values as never)
      .onConflict((oc) =>
        oc.columns(columns as never).doUpdateSet((eb) => ({
          [count]: eb(
            eb.ref(`${table}.${count}` as never),
            '+',
            eb.ref(`excluded.${count}` as never),
          ),
        })),
      )
      .execute();
  }
}

/** Adds a batch to the stored totals in one transaction: all of it, or none of it. */
export async function writeBatch(db: CountsDb, batch: Batch): Promise<void> {
  const kinds = Object.keys(TABLES) as (keyof Batch)[];
  if (kinds.every((kind) => batch[kind].length === 0)) return;
  await db.transaction().execute(async (trx) => {
    for (const kind of kinds) await addRows(trx, TABLES[kind], batch[kind]);
  });
}
