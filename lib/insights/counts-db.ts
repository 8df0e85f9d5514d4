import type { Kysely } from 'kysely';

/** The tables insights writes (server/insights/db.ts) and the report reads (./report.ts). */
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
