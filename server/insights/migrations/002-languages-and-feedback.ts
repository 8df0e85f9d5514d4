import 'server-only';
import type { Kysely } from 'kysely';

/**
 * Two more count tables, keyed like the first two. `language_counts`: steps shown, by the
 * primary language the browser asked for (one of a fixed list, else "other"). `feedback_counts`:
 * answers to "Did this fix it?" per result. Still nothing about a person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('language_counts')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('content_version', 'integer', (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('shown', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('language_counts_pk', [
      'day',
      'content_version',
      'entry',
      'host',
      'language',
    ])
    .execute();
  await db.schema
    .createTable('feedback_counts')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('content_version', 'integer', (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('said', 'text', (c) => c.notNull())
    .addColumn('given', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_counts_pk', [
      'day',
      'content_version',
      'entry',
      'host',
      'outcome',
      'said',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('feedback_counts').execute();
  await db.schema.dropTable('language_counts').execute();
}
