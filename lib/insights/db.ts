import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { Pool } from 'pg';
import type { InsightsConfig } from './config';
import { migrations } from './migrations';
import type { Batch } from './tally';

export type CountsDatabase = {
  step_counts: {
    day: string;
    content_version: number;
    entry: string;
    host: string;
    step: string;
    shown: number;
  };
  answer_counts: {
    day: string;
    content_version: number;
    entry: string;
    host: string;
    question: string;
    answer: string;
    chosen: number;
  };
  language_counts: {
    day: string;
    content_version: number;
    entry: string;
    host: string;
    language: string;
    shown: number;
  };
  feedback_counts: {
    day: string;
    content_version: number;
    entry: string;
    host: string;
    outcome: string;
    said: string;
    given: number;
  };
};

export type CountsDb = Kysely<CountsDatabase>;

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

// PostgreSQL takes at most 65,535 parameters per statement; a row here uses seven.
const CHUNK = 1_000;
function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Adds a batch to the stored totals in one transaction: all of it, or none of it. */
export async function writeBatch(db: CountsDb, batch: Batch): Promise<void> {
  const { steps: allSteps, answers: allAnswers, languages, feedback } = batch;
  if (allSteps.length + allAnswers.length + languages.length + feedback.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const steps of chunks(allSteps)) {
      await trx
        .insertInto('step_counts')
        .values(
          steps.map((r) => ({
            day: r.day,
            content_version: r.version,
            entry: r.entry,
            host: r.host,
            step: r.step,
            shown: r.shown,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['day', 'content_version', 'entry', 'host', 'step']).doUpdateSet((eb) => ({
            shown: eb('step_counts.shown', '+', eb.ref('excluded.shown')),
          })),
        )
        .execute();
    }
    for (const answers of chunks(allAnswers)) {
      await trx
        .insertInto('answer_counts')
        .values(
          answers.map((r) => ({
            day: r.day,
            content_version: r.version,
            entry: r.entry,
            host: r.host,
            question: r.question,
            answer: r.answer,
            chosen: r.chosen,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(['day', 'content_version', 'entry', 'host', 'question', 'answer'])
            .doUpdateSet((eb) => ({
              chosen: eb('answer_counts.chosen', '+', eb.ref('excluded.chosen')),
            })),
        )
        .execute();
    }
    for (const rows of chunks(languages)) {
      await trx
        .insertInto('language_counts')
        .values(
          rows.map((r) => ({
            day: r.day,
            content_version: r.version,
            entry: r.entry,
            host: r.host,
            language: r.language,
            shown: r.shown,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['day', 'content_version', 'entry', 'host', 'language']).doUpdateSet((eb) => ({
            shown: eb('language_counts.shown', '+', eb.ref('excluded.shown')),
          })),
        )
        .execute();
    }
    for (const rows of chunks(feedback)) {
      await trx
        .insertInto('feedback_counts')
        .values(
          rows.map((r) => ({
            day: r.day,
            content_version: r.version,
            entry: r.entry,
            host: r.host,
            outcome: r.outcome,
            said: r.said,
            given: r.given,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(['day', 'content_version', 'entry', 'host', 'outcome', 'said'])
            .doUpdateSet((eb) => ({
              given: eb('feedback_counts.given', '+', eb.ref('excluded.given')),
            })),
        )
        .execute();
    }
  });
}
