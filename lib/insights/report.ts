import { z } from 'zod';
import { QUESTION_IDS } from '../../machines/diagnosis-machine';
import { isOutcomeId, OUTCOME_IDS, outcomeCategory } from '../wizard/flow';
import { startSnapshot, stateIdOf } from '../wizard/replay';
import type { CountsDatabase, CountsDb } from './counts-db';
import { FEEDBACK_ANSWERS, type FeedbackAnswer } from './feedback-answers';
import { LANGUAGES, OTHER_LANGUAGE, type Language } from './language';
import { countableAnswers, ENTRIES } from './steps';
import { dayOf } from './tally';

const isoDay = z.iso.date();

/** The dashboard's and the export's filters, read from the address. Bad values are dropped. */
const filterSchema = z.object({
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
  entry: z.enum(ENTRIES).optional().catch(undefined),
  host: z.string().max(200).optional().catch(undefined),
  version: z.coerce.number().int().min(0).max(9999).optional().catch(undefined),
});

export type Filters = {
  from: string;
  to: string;
  entry?: (typeof ENTRIES)[number];
  host?: string;
  version?: number;
};

const DEFAULT_DAYS = 30;

/** Filters from searchParams: one value per key, unset or unusable values fall back. */
export function readFilters(
  params: Record<string, string | string[] | undefined>,
  today = new Date(),
): { filters: Filters; dropped: string[] } {
  const first = Object.fromEntries(
    ['from', 'to', 'entry', 'host', 'version'].map((key) => {
      const value = params[key];
      const one = Array.isArray(value) ? value[0] : value;
      // An empty host is a filter of its own (embeds whose site is not known); "*" is all.
      if (key === 'host') return [key, one === '*' ? undefined : one];
      return [key, one === '' ? undefined : one];
    }),
  );
  const parsed = filterSchema.parse(first);
  const dropped = Object.keys(first).filter(
    (key) => first[key] !== undefined && parsed[key as keyof typeof parsed] === undefined,
  );
  const to = parsed.to ?? dayOf(today);
  const start = new Date(`${to}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (DEFAULT_DAYS - 1));
  let from = parsed.from ?? dayOf(start);
  if (from > to) {
    from = to;
    dropped.push('from');
  }
  return {
    filters: { from, to, entry: parsed.entry, host: parsed.host, version: parsed.version },
    dropped,
  };
}

export type FunnelRow = {
  question: string;
  reached: number;
  answered: number;
  dropped: number;
  answers: { answer: string; chosen: number; share: number }[];
};
export type FeedbackCounts = Record<FeedbackAnswer, number>;
export type OutcomeRow = {
  outcome: string;
  category: 'fix' | 'referral';
  reached: number;
  share: number;
  /** The answers to "Did this fix it?" for this result. */
  feedback: FeedbackCounts;
  /** The share of those answers that said "Yes"; null when nobody answered. */
  resolved: number | null;
};
export type LanguageRow = { language: Language; shown: number; share: number };
export type DayRow = { day: string; started: number; results: number };

export type Report = {
  filters: Filters;
  started: number;
  results: number;
  funnel: FunnelRow[];
  outcomes: OutcomeRow[];
  split: { fix: number; referral: number };
  days: DayRow[];
  /** Steps shown, by the primary language the browser asked for. */
  languages: LanguageRow[];
};

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  while (dayOf(day) <= to && out.length < 400) {
    out.push(dayOf(day));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return out;
}

/** Each counted language with its share of the steps shown, most asked for first. */
function languageShares(rows: { language: string; shown: number | string }[]): LanguageRow[] {
  const known = new Map<Language, number>();
  for (const row of rows) {
    const language = (LANGUAGES as readonly string[]).includes(row.language)
      ? (row.language as Language)
      : OTHER_LANGUAGE;
    known.set(language, (known.get(language) ?? 0) + Number(row.shown));
  }
  const total = [...known.values()].reduce((sum, n) => sum + n, 0);
  return [...known]
    .map(([language, shown]) => ({ language, shown, share: share(shown, total) }))
    .sort((a, b) => b.shown - a.shown || a.language.localeCompare(b.language));
}

/** One table of counts within the filters: the days, and the entry, host and version if set. */
function countsIn(db: CountsDb, table: keyof CountsDatabase, filters: Filters) {
  const { from, to, entry, host, version } = filters;
  return db
    .selectFrom(table)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .$if(entry !== undefined, (q) => q.where('entry', '=', entry ?? ''))
    .$if(host !== undefined, (q) => q.where('host', '=', host ?? ''))
    .$if(version !== undefined, (q) => q.where('content_version', '=', version ?? 0));
}

/** Everything the dashboard shows, from the stored counts only. */
export async function buildReport(db: CountsDb, filters: Filters): Promise<Report> {
  const [stepRows, answerRows, languageRows, feedbackRows] = await Promise.all([
    countsIn(db, 'step_counts', filters)
      .select(['day', 'step', (eb) => eb.fn.sum<number | string>('shown').as('shown')])
      .groupBy(['day', 'step'])
      .execute(),
    countsIn(db, 'answer_counts', filters)
      .select(['question', 'answer', (eb) => eb.fn.sum<number | string>('chosen').as('chosen')])
      .groupBy(['question', 'answer'])
      .execute(),
    countsIn(db, 'language_counts', filters)
      .select(['language', (eb) => eb.fn.sum<number | string>('shown').as('shown')])
      .groupBy(['language'])
      .execute(),
    countsIn(db, 'feedback_counts', filters)
      .select(['outcome', 'said', (eb) => eb.fn.sum<number | string>('given').as('given')])
      .groupBy(['outcome', 'said'])
      .execute(),
  ]);

  const shownByStep = new Map<string, number>();
  const byDay = new Map<string, DayRow>();
  const first = stateIdOf(startSnapshot());
  for (const row of stepRows) {
    const shown = Number(row.shown);
    shownByStep.set(row.step, (shownByStep.get(row.step) ?? 0) + shown);
    const day = byDay.get(row.day) ?? { day: row.day, started: 0, results: 0 };
    if (row.step === first) day.started += shown;
    if (isOutcomeId(row.step)) day.results += shown;
    byDay.set(row.day, day);
  }
  const chosen = new Map<string, number>();
  for (const row of answerRows) {
    chosen.set(`${row.question}\u0000${row.answer}`, Number(row.chosen));
  }

  const funnel: FunnelRow[] = QUESTION_IDS.map((question) => {
    const reached = shownByStep.get(question) ?? 0;
    const answers = countableAnswers(question).map((answer) => ({
      answer,
      chosen: chosen.get(`${question}\u0000${answer}`) ?? 0,
    }));
    const answered = answers.reduce((sum, a) => sum + a.chosen, 0);
    return {
      question,
      reached,
      answered,
      // A step shown before a server restart and answered after it can make this negative.
      dropped: Math.max(0, reached - answered),
      answers: answers.map((a) => ({ ...a, share: share(a.chosen, answered) })),
    };
  })
    .filter((row) => row.reached > 0 || row.answered > 0)
    .sort((a, b) => b.reached - a.reached);

  const given = new Map<string, FeedbackCounts>();
  for (const row of feedbackRows) {
    if (!(FEEDBACK_ANSWERS as readonly string[]).includes(row.said)) continue;
    const counts = given.get(row.outcome) ?? { yes: 0, 'not-yet': 0, no: 0 };
    counts[row.said as FeedbackAnswer] += Number(row.given);
    given.set(row.outcome, counts);
  }
  // A result answered on its own page (not reached through the checklist) is listed too.
  const reachedOutcomes = OUTCOME_IDS.map((outcome) => {
    const feedback = given.get(outcome) ?? { yes: 0, 'not-yet': 0, no: 0 };
    const answered = feedback.yes + feedback['not-yet'] + feedback.no;
    return {
      outcome,
      category: outcomeCategory(outcome),
      reached: shownByStep.get(outcome) ?? 0,
      feedback,
      resolved: answered > 0 ? feedback.yes / answered : null,
    };
  }).filter((row) => row.reached > 0 || row.resolved !== null);
  const results = reachedOutcomes.reduce((sum, row) => sum + row.reached, 0);
  const outcomes = reachedOutcomes
    .map((row) => ({ ...row, share: share(row.reached, results) }))
    .sort((a, b) => b.reached - a.reached || a.outcome.localeCompare(b.outcome));
  const split = {
    fix: outcomes.filter((o) => o.category === 'fix').reduce((s, o) => s + o.reached, 0),
    referral: outcomes.filter((o) => o.category === 'referral').reduce((s, o) => s + o.reached, 0),
  };

  return {
    filters,
    started: shownByStep.get(first) ?? 0,
    results,
    funnel,
    outcomes,
    split,
    days: daysBetween(filters.from, filters.to).map(
      (day) => byDay.get(day) ?? { day, started: 0, results: 0 },
    ),
    languages: languageShares(languageRows),
  };
}

/** The embed hosts and content versions that have counts, for the filter lists. */
export async function filterChoices(
  db: CountsDb,
): Promise<{ hosts: string[]; versions: number[] }> {
  const [hosts, versions] = await Promise.all([
    db.selectFrom('step_counts').select('host').distinct().where('entry', '=', 'embed').execute(),
    db.selectFrom('step_counts').select('content_version').distinct().execute(),
  ]);
  return {
    hosts: hosts.map((h) => h.host).sort(),
    versions: versions.map((v) => Number(v.content_version)).sort((a, b) => a - b),
  };
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The same numbers as the dashboard, one fact a line. */
export function reportCsv(report: Report): string {
  const lines: (string | number)[][] = [['section', 'id', 'answer', 'count', 'share']];
  for (const row of report.funnel) {
    lines.push(['question_reached', row.question, '', row.reached, '']);
    lines.push(['question_answered', row.question, '', row.answered, '']);
    lines.push(['question_dropped', row.question, '', row.dropped, '']);
    for (const a of row.answers) {
      lines.push(['answer', row.question, a.answer, a.chosen, a.share.toFixed(4)]);
    }
  }
  for (const row of report.outcomes) {
    lines.push([`outcome_${row.category}`, row.outcome, '', row.reached, row.share.toFixed(4)]);
    for (const said of FEEDBACK_ANSWERS) {
      lines.push(['outcome_feedback', row.outcome, said, row.feedback[said], '']);
    }
    if (row.resolved !== null) {
      lines.push(['outcome_resolved', row.outcome, '', row.feedback.yes, row.resolved.toFixed(4)]);
    }
  }
  for (const row of report.languages) {
    lines.push(['language', row.language, '', row.shown, row.share.toFixed(4)]);
  }
  for (const row of report.days) {
    lines.push(['day_started', row.day, '', row.started, '']);
    lines.push(['day_results', row.day, '', row.results, '']);
  }
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\n')}\n`;
}
