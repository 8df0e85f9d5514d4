import { z } from 'zod';
import { GUARDED_ACTIONS, RISKY_ACTIONS } from '../../machines/safety';
import { nameKeys, searchKey } from './search-key';

export const SERVICE_CATEGORIES = [
  'email-identity',
  'microsoft-apple',
  'password-manager',
  'developer-cloud',
  'finance',
  'shopping',
  'social',
  'gaming',
  'work-productivity',
  'other',
] as const;

/**
 * What a person may need to get back in. Kebab-case names for the catalogue's vocabulary;
 * its "waiting_period" is the `wait` field and "no_recovery_without_codes" is `noFallback`.
 */
export const SERVICE_NEEDS = [
  'backup-codes',
  'recovery-key',
  'other-method',
  'trusted-device',
  'email-access',
  'id-check',
  'account-details',
  'support-ticket',
  'admin-reset',
] as const;

/** How well an entry was confirmed, as the reference catalogue grades it. */
export const CONFIRMATION_LEVELS = ['confirmed', 'partial', 'unconfirmed'] as const;

export const categorySchema = z.enum(SERVICE_CATEGORIES);
export const needSchema = z.enum(SERVICE_NEEDS);
export const confirmationSchema = z.enum(CONFIRMATION_LEVELS);

export const serviceIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id like "microsoft-personal"');

const hostnameSchema = z
  .string()
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'a bare lowercase hostname like "google.com"',
  );

/**
 * What a text advises and warns against, in the safety rules' words (machines/safety.ts), as
 * the wizard's steps say it: lib/plan/entry.test.ts and lib/services/advice.test.ts prove
 * that no service page or plan advises what can cost a person their backup.
 */
const safetyTags = {
  does: z.array(z.enum([...RISKY_ACTIONS, ...GUARDED_ACTIONS])).default([]),
  warns: z.array(z.enum(RISKY_ACTIONS)).default([]),
};

const httpsUrl = z.url({ protocol: /^https$/ }).regex(/^\S+$/, 'a link without spaces or notes');

export const serviceSchema = z
  .strictObject({
    id: serviceIdSchema,
    name: z.string().min(1),
    /** Other names people search for: old names, products that share the account. */
    aliases: z.array(z.string().min(1)),
    /** The service's own hostnames; the recovery link must be on one of them. */
    domains: z.array(hostnameSchema).min(1),
    category: categorySchema,
    recoveryUrl: httpsUrl,
    /** For a service you sign in to with another service's account (Xbox: Microsoft account). */
    signsInWith: serviceIdSchema.optional(),
    /** What to have ready, most useful first. */
    needs: z.array(needSchema).min(1),
    /** True when the service says it cannot help without the items in `needs`. */
    noFallback: z.boolean(),
    wait: z.string().min(3).optional(),
    /** How recovery works, in two or three short sentences. */
    summary: z.string().min(10),
    warnings: z.array(z.string().min(5)),
    /** What the summary and warnings advise and warn against. */
    ...safetyTags,
    /** What we could not confirm, said plainly; required unless the entry is confirmed. */
    caveat: z.string().min(10).optional(),
    confirmation: confirmationSchema,
    /** The day this entry was last checked against the catalogue and the service's page. */
    verified: z.iso.date(),
  })
  .superRefine((service, ctx) => {
    if (service.confirmation !== 'confirmed' && !service.caveat) {
      ctx.addIssue({
        code: 'custom',
        path: ['caveat'],
        message: `"${service.confirmation}" entries must say what is unconfirmed`,
      });
    }
    if (service.noFallback && service.warnings.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['warnings'],
        message: 'say so in a warning when there is no way back without these items',
      });
    }
    if (service.signsInWith === service.id) {
      ctx.addIssue({ code: 'custom', path: ['signsInWith'], message: 'cannot point to itself' });
    }
  });

function isOnDomains(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export const servicesSchema = z.array(serviceSchema).superRefine((services, ctx) => {
  const byId = new Map<string, (typeof services)[number]>();
  const domainOwner = new Map<string, string>();
  const termOwner = new Map<string, string>();

  services.forEach((service, index) => {
    if (byId.has(service.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate id "${service.id}"`,
      });
    } else byId.set(service.id, service);

    service.domains.forEach((domain, d) => {
      const owner = domainOwner.get(domain);
      if (owner !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'domains', d],
          message: `domain "${domain}" is already listed by "${owner}"`,
        });
      } else domainOwner.set(domain, service.id);
    });

    // Search must land on one service for a name or alias, so no two services share one.
    const terms = new Set([
      ...nameKeys(service.name),
      ...service.aliases.map((alias) => searchKey(alias)),
    ]);
    for (const term of terms) {
      const owner = termOwner.get(term);
      if (owner !== undefined && owner !== service.id) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'aliases'],
          message: `name or alias "${term}" is already used by "${owner}"`,
        });
      } else termOwner.set(term, service.id);
    }
  });

  services.forEach((service, index) => {
    const via = service.signsInWith === undefined ? undefined : byId.get(service.signsInWith);
    if (service.signsInWith !== undefined && !via) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'signsInWith'],
        message: `unknown service "${service.signsInWith}"`,
      });
    }
    const host = new URL(service.recoveryUrl).hostname;
    const allowed = [...service.domains, ...(via?.domains ?? [])];
    if (!isOnDomains(host, allowed)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'recoveryUrl'],
        message: `"${host}" is not one of ${service.id}'s domains (${allowed.join(', ')})`,
      });
    }
  });
});

const labelSchema = z.string().min(3);

/** A sentence for the account that held the Authenticator backup, with its safety tags. */
const holderNoteSchema = z.strictObject({ text: labelSchema, ...safetyTags });
const holderCopySchema = z.strictObject({ held: labelSchema, advice: z.array(holderNoteSchema) });

/** Labels and notes the directory and plan pages show around the entries. */
export const directoryCopySchema = z.strictObject({
  needs: z.record(needSchema, labelSchema),
  categories: z.record(categorySchema, labelSchema),
  confirmation: z.record(confirmationSchema, labelSchema),
  planGroups: z.strictObject({
    'email-identity': labelSchema,
    'microsoft-apple': labelSchema,
    other: labelSchema,
  }),
  /** Where a work or school account goes in the plan instead of a recovery page. */
  itHelpDesk: labelSchema,
  /**
   * For the account that held the Authenticator backup: `held` on its plan item, then
   * `advice`, which its service page also shows under `service.holderHeading`.
   */
  backupHolder: z.strictObject({
    apple: holderCopySchema,
    microsoft: holderCopySchema,
  }),
});

export type ServiceCategory = z.infer<typeof categorySchema>;
export type ServiceNeed = z.infer<typeof needSchema>;
export type Confirmation = z.infer<typeof confirmationSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type DirectoryCopy = z.infer<typeof directoryCopySchema>;
export type HolderNote = z.infer<typeof holderNoteSchema>;

const text = z.string().min(1);

/** The words of the directory, service and plan pages; every key required, none extra. */
export const servicesUiSchema = z.strictObject({
  directory: z.strictObject({
    title: text,
    intro: text,
    planLink: text,
    planHint: text,
    searchLabel: text,
    searchHint: text,
    searchButton: text,
    resultsHeading: text,
    resultCountOne: text,
    resultCountMany: text,
    noResults: text,
    noResultsHelp: text,
    showAll: text,
    allHeading: text,
    allCount: text,
    jumpTo: text,
    matched: z.strictObject({ alias: text, domain: text, fuzzy: text }),
    notConfirmed: text,
  }),
  service: z.strictObject({
    titleSuffix: text,
    backToList: text,
    recoveryLink: text,
    recoveryHost: text,
    signsInWith: text,
    needsHeading: text,
    needsIntro: text,
    waitHeading: text,
    warningsHeading: text,
    noFallback: text,
    caveatHeading: text,
    noteHeading: text,
    knownAsHeading: text,
    domainsHeading: text,
    checked: text,
    holderHeading: text,
    addToPlan: text,
    addToYourPlan: text,
    inYourPlan: text,
  }),
  plan: z.strictObject({
    title: text,
    intro: text,
    ticksWithScript: text,
    ticksWithoutScript: text,
    emptyIntro: text,
    keepLink: text,
    keepTicks: text,
    problemsHeading: text,
    problemsIntro: text,
    unknownService: text,
    badHolder: text,
    badWork: text,
    checklistHeading: text,
    progress: text,
    progressOne: text,
    added: text,
    goTo: text,
    itHelpDesk: text,
    addedWork: text,
    needsLabel: text,
    waitLabel: text,
    more: text,
    copyLink: text,
    copied: text,
    copiedStatus: text,
    copyFailed: text,
    print: text,
    clear: text,
    clearedStatus: text,
    clearAsk: text,
    clearAskOne: text,
    clearYes: text,
    clearNo: text,
    printHeading: text,
    printHint: text,
    printQrLabel: text,
    pickerHeading: text,
    changeHeading: text,
    pickerHint: text,
    filterLabel: text,
    filterHint: text,
    filterCountOne: text,
    filterCountMany: text,
    filterNone: text,
    aboutLegend: text,
    workLabel: text,
    holderLegend: text,
    holder: z.strictObject({ apple: text, microsoft: text, none: text }),
    submit: text,
    submitCount: text,
    submitCountOne: text,
    downloadHeading: text,
    downloadHint: text,
    downloadHtml: text,
    downloadMarkdown: text,
    downloadTicks: text,
    fileFrom: text,
    fileDone: text,
    fileNotDone: text,
  }),
  notListed: z.strictObject({
    heading: text,
    intro: text,
    steps: z.array(text).min(1),
    directoryLink: text,
    directoryHint: text,
    /** An outbound link only, for services we do not list; not a source for our own steps. */
    directoryUrl: httpsUrl,
    credit: text,
  }),
});

export type ServicesUi = z.infer<typeof servicesUiSchema>;
