import 'server-only';
import type { Kysely } from 'kysely';

/**
 * The two count tables. A row is a day, a content version, an entry (site or embed), an
 * embed host origin ('' when not known) and a step or an answer, with how often it happened.
 * There is no column for anything about a person: no address, no browser, no time of day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('step_counts')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('content_version', 'integer', (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('shown', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('step_counts_pk', ['day', 'content_version', 'entry', 'host', 'step'])
    .execute();
  await db.schema
    .createTable('answer_counts')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('content_version', 'integer', (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('chosen', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('answer_counts_pk', [
      'day',
      'content_version',
      'entry',
      'host',
      'question',
      'answer',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('answer_counts').execute();
  await db.schema.dropTable('step_counts').execute();
}
