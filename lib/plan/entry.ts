import {
  directoryCopy,
  servicesUi,
  type DirectoryCopy,
  type HolderNote,
  type Service,
} from '../../content';
import type { PathFacts } from '../../machines/safety';
import { fill } from '../text';
import type { Piece } from '../wizard/advice-safety';
import { holderOfService, type PlanGroup, type PlanItem, type PlanOptions } from './recovery-plan';

/** One service as the plan page shows it. */
export type PlanEntry = {
  id: string;
  step: number;
  name: string;
  /** The service's recovery page, or (for work or school) who to contact instead. */
  action: { kind: 'link'; href: string; label: string } | { kind: 'help-desk'; text: string };
  notes: string[];
  needs: string[];
  wait?: string;
  warnings: string[];
  caveat?: string;
  more: { href: string; label: string };
};

const copy = servicesUi.plan;
const untagged = (text: string): HolderNote => ({ text, does: [], warns: [] });

/** One group of the plan under its heading, as the page and the downloaded file show it. */
export type PlanSection = { group: PlanGroup; heading: string; entries: PlanEntry[] };

const GROUPS: readonly PlanGroup[] = ['email-identity', 'microsoft-apple', 'other'];

/** The ordered plan in its groups, each with its heading; empty groups left out. */
export function planSections(
  items: readonly PlanItem<Service>[],
  words: DirectoryCopy = directoryCopy,
): PlanSection[] {
  return GROUPS.map((group) => ({
    group,
    heading: words.planGroups[group],
    entries: items.filter((item) => item.group === group).map((item) => planEntry(item, words)),
  })).filter((section) => section.entries.length > 0);
}

/** The lines above an item, with their safety tags: why the plan holds it, and what then. */
function entryNotes(item: PlanItem<Service>, words: DirectoryCopy): HolderNote[] {
  const holder = item.backupHolder ? holderOfService(item.service.id) : undefined;
  return [
    ...(holder
      ? [untagged(words.backupHolder[holder].held), ...words.backupHolder[holder].advice]
      : []),
    ...(item.addedFor === 'work-school' ? [untagged(copy.addedWork)] : []),
  ];
}

function entryWarnings(service: Service): string[] {
  return [
    ...(service.noFallback ? [fill(servicesUi.service.noFallback, { name: service.name })] : []),
    ...service.warnings,
  ];
}

/** One item of the plan, as the plan page renders it. */
export function planEntry(
  item: PlanItem<Service>,
  words: DirectoryCopy = directoryCopy,
): PlanEntry {
  const { service } = item;
  const values = { name: service.name, helpDesk: words.itHelpDesk };
  return {
    id: service.id,
    step: item.step,
    name: service.name,
    action:
      item.contact === 'it-help-desk'
        ? { kind: 'help-desk', text: fill(copy.itHelpDesk, values) }
        : { kind: 'link', href: service.recoveryUrl, label: fill(copy.goTo, values) },
    notes: entryNotes(item, words).map((note) => note.text),
    needs: service.needs.map((need) => words.needs[need]),
    wait: service.wait,
    warnings: entryWarnings(service),
    caveat:
      service.confirmation === 'confirmed' ? undefined : words.confirmation[service.confirmation],
    more: { href: `/services/${service.id}`, label: fill(copy.more, values) },
  };
}

/**
 * What a plan item advises and warns against, in the order the page shows it: its notes,
 * then the service's warnings (the plan shows no summary, so the entry's tags go with them).
 */
export function planEntryAdvice(
  item: PlanItem<Service>,
  words: DirectoryCopy = directoryCopy,
): Piece[] {
  const where = `plan item ${item.step} (${item.service.id})`;
  const { service } = item;
  return [
    ...entryNotes(item, words).map((note, i) => ({
      where: `${where}, note ${i + 1}`,
      texts: [note.text],
      does: note.does,
      warns: note.warns,
      offers: [],
    })),
    {
      where: `${where}, warnings`,
      texts: entryWarnings(service),
      does: service.does,
      warns: service.warns,
      offers: [],
    },
  ];
}

/**
 * What the plan knows of the person: their codes are gone and nothing is restored yet, so
 * no restore route counts as offered. A Microsoft holder means the Microsoft-account backup
 * (Android, or the older iPhone one), which the safety rules call `android`.
 */
export function planFacts(options: PlanOptions): PathFacts {
  const platforms = { apple: 'ios', microsoft: 'android' } as const;
  return {
    restoring: true,
    restored: false,
    oldPhoneWorks: false,
    platform: options.backupHolder ? platforms[options.backupHolder] : 'unknown',
    routesOffered: new Set(),
  };
}
