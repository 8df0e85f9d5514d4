// zod/mini: the plan page may parse ids in the browser, so this stays small.
import * as z from 'zod/mini';
import type { Service } from '../../content';

/** The fields the plan reads; any richer service object is passed through. */
export type PlanService = Pick<Service, 'id' | 'name' | 'category'>;

export type BackupHolder = 'microsoft' | 'apple';

export type PlanOptions = {
  /** Authenticator held a work or school account: that item goes to the IT help desk. */
  workSchool?: boolean;
  /** The account that held the Authenticator backup (iCloud on iOS, Microsoft on Android). */
  backupHolder?: BackupHolder;
};

export type PlanGroup = 'email-identity' | 'microsoft-apple' | 'other';

export type PlanItem<S extends PlanService = PlanService> = {
  /** 1-based position in the checklist. */
  step: number;
  service: S;
  group: PlanGroup;
  /** Why the plan added it when the person did not pick it; null when they picked it. */
  addedFor: 'backup-holder' | 'work-school' | null;
  /** True for the Microsoft or Apple account named as the backup holder. */
  backupHolder: boolean;
  /** Where the person goes: the service's recovery page, or their IT help desk. */
  contact: 'recovery-page' | 'it-help-desk';
};

const BACKUP_HOLDER_IDS = { microsoft: 'microsoft-personal', apple: 'apple' } as const;

/** The backup this service's account can hold, if it is the Microsoft or Apple account. */
export function holderOfService(id: string): BackupHolder | undefined {
  if (id === BACKUP_HOLDER_IDS.microsoft) return 'microsoft';
  if (id === BACKUP_HOLDER_IDS.apple) return 'apple';
  return undefined;
}
const WORK_SCHOOL_ID = 'microsoft-entra';

/**
 * The services a plan holds, each with why it was added: the picked ones, then the backup
 * holder and the work or school account when the options call for them and they were not
 * picked. The picker counts with this too, so its button and the plan say the same number.
 */
export function planServiceIds(
  ids: readonly string[],
  options: PlanOptions = {},
): Map<string, PlanItem['addedFor']> {
  const chosen = new Map<string, PlanItem['addedFor']>();
  for (const id of ids) if (!chosen.has(id)) chosen.set(id, null);
  const holderId = options.backupHolder ? BACKUP_HOLDER_IDS[options.backupHolder] : undefined;
  if (holderId && !chosen.has(holderId)) chosen.set(holderId, 'backup-holder');
  if (options.workSchool && !chosen.has(WORK_SCHOOL_ID)) chosen.set(WORK_SCHOOL_ID, 'work-school');
  return chosen;
}
export const MAX_PLAN_IDS = 100;

// Other recoveries send mail to email accounts, so those come first; the Microsoft or Apple
// account next, since its own recovery may lean on them too.
const GROUP_ORDER: readonly PlanGroup[] = ['email-identity', 'microsoft-apple', 'other'];

function groupOf(service: PlanService): PlanGroup {
  if (service.category === 'email-identity') return 'email-identity';
  if (service.category === 'microsoft-apple') return 'microsoft-apple';
  return 'other';
}

/**
 * The picked services as an ordered checklist: email and identity accounts, then the Microsoft
 * or Apple account (the backup holder first, added if not picked), then the rest; alphabetical
 * within a group. Unknown and repeated ids are skipped.
 */
export function orderPlan<S extends PlanService>(
  services: readonly S[],
  ids: readonly string[],
  options: PlanOptions = {},
): PlanItem<S>[] {
  const byId = new Map(services.map((service) => [service.id, service]));
  const holderId = options.backupHolder ? BACKUP_HOLDER_IDS[options.backupHolder] : undefined;
  const chosen = new Map([...planServiceIds(ids, options)].filter(([id]) => byId.has(id)));

  const items = [...chosen].map(([id, addedFor]) => {
    const service = byId.get(id) as S;
    return {
      step: 0,
      service,
      group: groupOf(service),
      addedFor,
      backupHolder: id === holderId,
      contact: options.workSchool && id === WORK_SCHOOL_ID ? 'it-help-desk' : 'recovery-page',
    } satisfies PlanItem<S>;
  });

  items.sort((a, b) => {
    const byGroup = GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group);
    if (byGroup !== 0) return byGroup;
    if (a.backupHolder !== b.backupHolder) return a.backupHolder ? -1 : 1;
    const byName = a.service.name.localeCompare(b.service.name, 'en', { sensitivity: 'base' });
    if (byName !== 0) return byName;
    return a.service.id < b.service.id ? -1 : a.service.id > b.service.id ? 1 : 0;
  });
  return items.map((item, index) => ({ ...item, step: index + 1 }));
}

const rawIds = z.union([z.string(), z.array(z.string())]);
const planId = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export type ParsedPlanIds = {
  /** Known ids, in the order first given, without repeats. */
  ids: string[];
  /** Anything that is not a known id, shortened, for a "we did not recognise" notice. */
  unknown: string[];
};

/**
 * Reads plan ids from a query value (`?s=google,github` or `?s=google&s=github`) without
 * trusting it. Unknown ids are reported, never thrown; at most MAX_PLAN_IDS entries are read.
 */
export function parsePlanIds(
  raw: unknown,
  services: readonly Pick<PlanService, 'id'>[],
): ParsedPlanIds {
  const parsed = rawIds.safeParse(raw);
  if (!parsed.success) return { ids: [], unknown: [] };

  const known = new Set(services.map((service) => service.id));
  const values = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const entries = values
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry.length > 0);

  const ids: string[] = [];
  const unknown: string[] = [];
  for (const entry of [...new Set(entries)].slice(0, MAX_PLAN_IDS)) {
    if (planId.safeParse(entry).success && known.has(entry)) ids.push(entry);
    else unknown.push(entry.slice(0, 64));
  }
  return { ids, unknown };
}

/** A stable key for a set of ids (order and repeats ignored), e.g. for localStorage. */
export function planKey(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join(',');
}
