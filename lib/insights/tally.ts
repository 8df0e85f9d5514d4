import type { Entry } from './steps';

/** Where a count belongs: one row per day, content version, entry and embed host. */
export type Slot = { day: string; version: number; entry: Entry; host: string };
export type StepRow = Slot & { step: string; shown: number };
export type AnswerRow = Slot & { question: string; answer: string; chosen: number };
export type Batch = { steps: StepRow[]; answers: AnswerRow[] };

/** What one page or island step adds: the step shown, and the answer that led to it. */
export type StepEvent = Slot & {
  step: string;
  arrival: { question: string; answer: string } | null;
};

const slotKey = (s: Slot) => `${s.day}\u0000${s.version}\u0000${s.entry}\u0000${s.host}`;

/**
 * Counts waiting to be written, merged by row so that a busy hour is a few rows, not a few
 * thousand. Bounded: once `maxRows` distinct rows wait (a database that stays down), new rows
 * are dropped and `add` says so; rows already waiting still count up.
 */
export class Tally {
  private steps = new Map<string, StepRow>();
  private answers = new Map<string, AnswerRow>();

  constructor(private readonly maxRows: number) {}

  get rows(): number {
    return this.steps.size + this.answers.size;
  }

  /** Returns false when something had to be dropped because the tally is full. */
  add(event: StepEvent): boolean {
    const { step, arrival, ...slot } = event;
    let kept = this.addStep({ ...slot, step, shown: 1 });
    if (arrival) kept = this.addAnswer({ ...slot, ...arrival, chosen: 1 }) && kept;
    return kept;
  }

  private addStep(row: StepRow): boolean {
    const key = `${slotKey(row)}\u0000${row.step}`;
    const known = this.steps.get(key);
    if (known) known.shown += row.shown;
    else if (this.rows >= this.maxRows) return false;
    else this.steps.set(key, { ...row });
    return true;
  }

  private addAnswer(row: AnswerRow): boolean {
    const key = `${slotKey(row)}\u0000${row.question}\u0000${row.answer}`;
    const known = this.answers.get(key);
    if (known) known.chosen += row.chosen;
    else if (this.rows >= this.maxRows) return false;
    else this.answers.set(key, { ...row });
    return true;
  }

  /** Takes every waiting row out, for one write. */
  drain(): Batch {
    const batch = { steps: [...this.steps.values()], answers: [...this.answers.values()] };
    this.steps.clear();
    this.answers.clear();
    return batch;
  }

  /** Puts a batch that could not be written back, merged with what came in meanwhile. */
  restore(batch: Batch): boolean {
    let kept = true;
    for (const row of batch.steps) kept = this.addStep(row) && kept;
    for (const row of batch.answers) kept = this.addAnswer(row) && kept;
    return kept;
  }
}

/** The UTC day a count belongs to. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
