import 'server-only';
import type { Migration } from 'kysely';
import * as counts from './001-counts';
import * as languagesAndFeedback from './002-languages-and-feedback';

/** Every migration, in order. A new one is a new file here; a shipped one never changes. */
export const migrations: Record<string, Migration> = {
  '001-counts': counts,
  '002-languages-and-feedback': languagesAndFeedback,
};
