import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerValues, EDGES, OUTCOME_IDS } from '../wizard/flow';
import { startSnapshot, stateIdOf } from '../wizard/replay';
import type { InsightsConfig } from './config';
import { migrate, openDatabase, writeBatch, type CountsDb } from './db';
import { buildReport, reportCsv } from './report';
import { Tally } from './tally';

// Ids come from the machine, so these tests follow its changes.
const first = stateIdOf(startSnapshot());
const firstEdge = EDGES.find((e) => e.from === first && e.event === 'answer.select');
if (!firstEdge?.value) throw new Error('the first question has no answers');
const next = firstEdge.to;
const outcome = OUTCOME_IDS[0] ?? '';
const day = '2026-12-01';
const slot = { day, version: 1, entry: 'site' as const, host: '' };
const filters = { from: day, to: day };

function backends(): [string, () => InsightsConfig['database']][] {
  const dir = mkdtempSync(join(tmpdir(), 'insights-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const list: [string, () => InsightsConfig['database']][] = [
    ['SQLite file', () => ({ kind: 'sqlite', file: join(dir, 'nested', 'counts.db') })],
  ];
  // Set by the global setup (scripts/test-postgres.mjs), which starts a server when it is unset.
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests with vitest.config.mts');
  list.push(['PostgreSQL', () => ({ kind: 'postgres', url })]);
  return list;
}

describe.each(backends())('counts in %s', (_name, database) => {
  let db: CountsDb;

  beforeAll(async () => {
    db = openDatabase(database());
    await sql`drop table if exists answer_counts, step_counts, insights_migration, insights_migration_lock`
      .execute(db)
      .catch(async () => {
        // SQLite drops one table per statement.
        for (const t of [
          'answer_counts',
          'step_counts',
          'insights_migration',
          'insights_migration_lock',
        ]) {
          await sql`drop table if exists ${sql.table(t)}`.execute(db);
        }
      });
    await Promise.all([migrate(db), migrate(db)]);
    await migrate(db);
  });
  afterAll(async () => db.destroy());

  it('adds batches to the stored totals and reports a funnel', async () => {
    const tally = new Tally(100);
    for (let i = 0; i < 3; i += 1) tally.add({ ...slot, step: first, arrival: null });
    tally.add({
      ...slot,
      step: next,
      arrival: { question: first, answer: firstEdge.value ?? '' },
    });
    tally.add({ ...slot, step: outcome, arrival: null });
    await writeBatch(db, tally.drain());
    tally.add({ ...slot, step: first, arrival: null });
    await writeBatch(db, tally.drain());

    const report = await buildReport(db, filters);
    const row = report.funnel.find((r) => r.question === first);
    expect(row).toMatchObject({ reached: 4, answered: 1, dropped: 3 });
    expect(row?.answers.find((a) => a.answer === firstEdge.value)).toMatchObject({
      chosen: 1,
      share: 1,
    });
    expect(row?.answers.map((a) => a.answer)).toEqual(answerValues(first));
    expect(report.started).toBe(4);
    expect(report.results).toBe(1);
    expect(report.outcomes).toEqual([expect.objectContaining({ outcome, reached: 1, share: 1 })]);
    expect(report.days).toEqual([{ day, started: 4, results: 1 }]);
    expect(reportCsv(report)).toContain(`question_dropped,${first},,3,`);
  });

  it('filters by entry', async () => {
    const tally = new Tally(10);
    tally.add({
      ...slot,
      entry: 'embed',
      host: 'https://help.example.com',
      step: first,
      arrival: null,
    });
    await writeBatch(db, tally.drain());
    const embed = await buildReport(db, { ...filters, entry: 'embed' });
    const site = await buildReport(db, { ...filters, entry: 'site' });
    expect(embed.started).toBe(1);
    expect(site.started).toBe(4);
  });
});

describe('the waiting tally', () => {
  it('merges repeats into one row and refuses new rows once full', () => {
    const tally = new Tally(2);
    expect(tally.add({ ...slot, step: first, arrival: null })).toBe(true);
    expect(tally.add({ ...slot, step: first, arrival: null })).toBe(true);
    expect(tally.rows).toBe(1);
    expect(tally.add({ ...slot, step: next, arrival: null })).toBe(true);
    expect(tally.add({ ...slot, step: outcome, arrival: null })).toBe(false);
    expect(tally.add({ ...slot, step: first, arrival: null })).toBe(true);
    const batch = tally.drain();
    expect(batch.steps.find((r) => r.step === first)?.shown).toBe(3);
    expect(tally.rows).toBe(0);
  });
});
