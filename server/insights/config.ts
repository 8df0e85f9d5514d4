import 'server-only';
import { join } from 'node:path';
import { z } from 'zod';

/** The environment variables that shape insights, read once per process and checked. */
const envSchema = z.object({
  INSIGHTS: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((value) => value !== 'off' && value !== '0' && value !== 'false'),
  INSIGHTS_DB: z.string().trim().min(1).optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  INSIGHTS_TOKEN: z
    .string()
    .optional()
    .transform((value) => (value && value.trim().length > 0 ? value.trim() : undefined)),
  INSIGHTS_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
});

export type InsightsConfig = {
  enabled: boolean;
  /** Where counts go: PostgreSQL when DATABASE_URL is set, else a SQLite file. */
  database: { kind: 'postgres'; url: string } | { kind: 'sqlite'; file: string };
  token: string | undefined;
  flushMs: number;
};

const DEFAULT_SQLITE_FILE = join('data', 'insights.db');

function readConfig(env: NodeJS.ProcessEnv = process.env): InsightsConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // A bad value must not stop the site: counting turns off and the log says why.
    console.warn(`insights: turned off, ${z.prettifyError(parsed.error)}`);
    return {
      enabled: false,
      database: { kind: 'sqlite', file: DEFAULT_SQLITE_FILE },
      token: undefined,
      flushMs: 5_000,
    };
  }
  const data = parsed.data;
  return {
    enabled: data.INSIGHTS,
    database: data.DATABASE_URL
      ? { kind: 'postgres', url: data.DATABASE_URL }
      : { kind: 'sqlite', file: data.INSIGHTS_DB ?? DEFAULT_SQLITE_FILE },
    token: data.INSIGHTS_TOKEN,
    flushMs: data.INSIGHTS_FLUSH_MS,
  };
}

let cached: InsightsConfig | null = null;

export function config(): InsightsConfig {
  cached ??= readConfig();
  return cached;
}
