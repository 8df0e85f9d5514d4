import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerValues, EDGES, OUTCOME_IDS } from '../../lib/wizard/flow';
import { startSnapshot, stateIdOf } from '../../lib/wizard/replay';
import type { InsightsConfig } from './config';
import type { CountsDb } from '../../lib/insights/counts-db';
import { migrate, openDatabase, writeBatch } from './db';
import { buildReport, reportCsv } from '../../lib/insights/report';
import { Tally } from '../../lib/insights/tally';

// Ids come from the machine, so these tests follow its changes.
const first = stateIdOf(startSnapshot());
const firstEdge = EDGES.find((e) => e.from === first && e.event === 'answer.select');
if (!firstEdge?.value) throw new Error('the first question has no answers');
const next = firstEdge.to;
const outcome = OUTCOME_IDS[0] ?? '';
const day = '2026-12-01';
const slot = { day, version: 1, entry: 'site' as const, host: '' };
/** A step shown to a browser that asked for English. */
const shown = { ...slot, language: 'en' };
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
    await sql`drop table if exists answer_counts, step_counts, language_counts, feedback_counts, insights_migration, insights_migration_lock`
      .execute(db)
      .catch(async () => {
        // SQLite drops one table per statement.
        for (const t of [
          'answer_counts',
          'step_counts',
          'language_counts',
          'feedback_counts',
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
    for (let i = 0; i < 3; i += 1) tally.add({ ...shown, step: first, arrival: null });
    tally.add({
      ...shown,
      step: next,
      arrival: { question: first, answer: firstEdge.value ?? '' },
    });
    tally.add({ ...shown, step: outcome, arrival: null });
    await writeBatch(db, tally.drain());
    tally.add({ ...shown, step: first, arrival: null });
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
    expect(report.languages).toEqual([{ language: 'en', shown: 6, share: 1 }]);
  });

  it('counts languages and answers to "Did this fix it?", per result', async () => {
    const tally = new Tally(100);
    const other = { ...slot, day: '2026-12-02' };
    for (const language of ['de', 'de', 'other']) {
      tally.add({ ...other, language, step: first, arrival: null });
    }
    for (const said of ['yes', 'yes', 'yes', 'no']) {
      tally.addFeedback({ ...other, outcome, said });
    }
    tally.addFeedback({ ...other, outcome: OUTCOME_IDS[1] ?? '', said: 'not-yet' });
    await writeBatch(db, tally.drain());
    tally.addFeedback({ ...other, outcome, said: 'not-yet' });
    await writeBatch(db, tally.drain());

    const report = await buildReport(db, { from: other.day, to: other.day });
    expect(report.languages).toEqual([
      { language: 'de', shown: 2, share: 2 / 3 },
      { language: 'other', shown: 1, share: 1 / 3 },
    ]);
    const row = report.outcomes.find((r) => r.outcome === outcome);
    expect(row).toMatchObject({ reached: 0, feedback: { yes: 3, 'not-yet': 1, no: 1 } });
    expect(row?.resolved).toBeCloseTo(0.6);
    expect(report.outcomes.find((r) => r.outcome === OUTCOME_IDS[1])?.resolved).toBe(0);
    const csv = reportCsv(report);
    expect(csv).toContain(`outcome_feedback,${outcome},yes,3,`);
    expect(csv).toContain(`outcome_resolved,${outcome},,3,0.6000`);
    expect(csv).toContain('language,de,,2,0.6667');
    // The day before knows nothing of these.
    expect((await buildReport(db, filters)).outcomes.every((r) => r.resolved === null)).toBe(true);
  });

  it('filters by entry', async () => {
    const tally = new Tally(10);
    tally.add({
      ...shown,
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
    // A step shown is two rows: the step's and its language's.
    const tally = new Tally(3);
    expect(tally.add({ ...shown, step: first, arrival: null })).toBe(true);
    expect(tally.add({ ...shown, step: first, arrival: null })).toBe(true);
    expect(tally.rows).toBe(2);
    expect(tally.add({ ...shown, step: next, arrival: null })).toBe(true);
    expect(tally.add({ ...shown, step: outcome, arrival: null })).toBe(false);
    expect(tally.add({ ...shown, step: first, arrival: null })).toBe(true);
    const batch = tally.drain();
    expect(batch.steps.find((r) => r.step === first)?.shown).toBe(3);
    expect(batch.languages).toEqual([{ ...shown, shown: 5 }]);
    expect(tally.rows).toBe(0);
    expect(tally.addFeedback({ ...slot, outcome, said: 'yes' })).toBe(true);
    expect(tally.rows).toBe(1);
  });
});
