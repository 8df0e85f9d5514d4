import type { Entry } from './steps';

/** Where a count belongs: one row per day, content version, entry and embed host. */
export type Slot = { day: string; version: number; entry: Entry; host: string };
export type StepRow = Slot & { step: string; shown: number };
export type AnswerRow = Slot & { question: string; answer: string; chosen: number };
/** Steps shown, by the primary language the browser asked for (lib/insights/language.ts). */
export type LanguageRow = Slot & { language: string; shown: number };
/** The answers to "Did this fix it?", per result. */
export type FeedbackRow = Slot & { outcome: string; said: string; given: number };
export type Batch = {
  steps: StepRow[];
  answers: AnswerRow[];
  languages: LanguageRow[];
  feedback: FeedbackRow[];
};

/** What one page or island step adds: the step shown, its language, the answer that led to it. */
export type StepEvent = Slot & {
  step: string;
  language: string;
  arrival: { question: string; answer: string } | null;
};

/** One answer to "Did this fix it?". */
export type FeedbackEvent = Slot & { outcome: string; said: string };

const slotKey = (s: Slot) => `${s.day}\u0000${s.version}\u0000${s.entry}\u0000${s.host}`;

type Table<R> = { rows: Map<string, R>; key: (row: R) => string; count: keyof R };

function table<R>(key: (row: R) => string, count: keyof R): Table<R> {
  return { rows: new Map(), key: (row) => `${slotKey(row as Slot)}\u0000${key(row)}`, count };
}

/**
 * Counts waiting to be written, merged by row so that a busy hour is a few rows, not a few
 * thousand. Bounded: once `maxRows` distinct rows wait (a database that stays down), new rows
 * are dropped and `add` says so; rows already waiting still count up.
 */
export class Tally {
  private steps = table<StepRow>((r) => r.step, 'shown');
  private answers = table<AnswerRow>((r) => `${r.question}\u0000${r.answer}`, 'chosen');
  private languages = table<LanguageRow>((r) => r.language, 'shown');
  private feedback = table<FeedbackRow>((r) => `${r.outcome}\u0000${r.said}`, 'given');

  constructor(private readonly maxRows: number) {}

  get rows(): number {
    return (
      this.steps.rows.size +
      this.answers.rows.size +
      this.languages.rows.size +
      this.feedback.rows.size
    );
  }

  /** Returns false when something had to be dropped because the tally is full. */
  add(event: StepEvent): boolean {
    const { step, arrival, language, ...slot } = event;
    let kept = this.put(this.steps, { ...slot, step, shown: 1 });
    kept = this.put(this.languages, { ...slot, language, shown: 1 }) && kept;
    if (arrival) kept = this.put(this.answers, { ...slot, ...arrival, chosen: 1 }) && kept;
    return kept;
  }

  /** Adds one answer to "Did this fix it?"; false when the tally is full. */
  addFeedback(event: FeedbackEvent): boolean {
    return this.put(this.feedback, { ...event, given: 1 });
  }

  private put<R>(into: Table<R>, row: R): boolean {
    const key = into.key(row);
    const known = into.rows.get(key);
    if (known) (known[into.count] as number) += row[into.count] as number;
    else if (this.rows >= this.maxRows) return false;
    else into.rows.set(key, { ...row });
    return true;
  }

  /** Takes every waiting row out, for one write. */
  drain(): Batch {
    const batch = {
      steps: [...this.steps.rows.values()],
      answers: [...this.answers.rows.values()],
      languages: [...this.languages.rows.values()],
      feedback: [...this.feedback.rows.values()],
    };
    for (const t of [this.steps, this.answers, this.languages, this.feedback]) t.rows.clear();
    return batch;
  }

  /** Puts a batch that could not be written back, merged with what came in meanwhile. */
  restore(batch: Batch): boolean {
    let kept = true;
    for (const row of batch.steps) kept = this.put(this.steps, row) && kept;
    for (const row of batch.answers) kept = this.put(this.answers, row) && kept;
    for (const row of batch.languages) kept = this.put(this.languages, row) && kept;
    for (const row of batch.feedback) kept = this.put(this.feedback, row) && kept;
    return kept;
  }
}

/** The UTC day a count belongs to. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
