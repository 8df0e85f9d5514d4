import { z } from 'zod';
import { MIN_IOS_APP_VERSION } from '../machines/diagnosis-machine';
import { outcomes } from './wizard/outcomes';
import { questions } from './wizard/questions';
import { sources } from './wizard/sources';
import { excerpts } from './wizard/excerpts';
import { ui as rawUi } from './ui';
import { services as rawServices } from './services/data';
import {
  directoryCopySchema,
  SERVICE_CATEGORIES,
  servicesSchema,
  servicesUiSchema,
  type DirectoryCopy,
  type Service,
  type ServiceCategory,
  type ServicesUi,
} from './services/schema';
import { directoryCopy as rawDirectoryCopy, servicesUi as rawServicesUi } from './services/ui';
import { embed as rawEmbed } from './embed';
import { agent as rawAgent } from './agent';
import { ticket as rawTicket } from './ticket';
import { accessibility as rawAccessibility } from './accessibility';
import { insights as rawInsights } from './insights';
import {
  wizardContentSchema,
  type Outcome,
  type Question,
  type Source,
  type WizardContent,
} from './schema';

/**
 * The one door for content: every raw content file is imported here, parsed with strict
 * schemas, and exported frozen. A content mistake fails the build, not a person's visit.
 */

/** Bumped whenever a question or answer changes meaning: links made before then say so. */
export const CONTENT_VERSION = 3;

/** Numbers the copy quotes from the machine's own rules, so a sentence never restates one. */
const MACHINE_VALUES: Readonly<Record<string, string>> = { minVersion: MIN_IOS_APP_VERSION };

/** Every string in a content tree with `{minVersion}` and the like filled from the machine. */
function withMachineValues<T>(value: T): T {
  if (typeof value === 'string') {
    return value.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(MACHINE_VALUES, name) ? MACHINE_VALUES[name]! : whole,
    ) as T;
  }
  if (Array.isArray(value)) return value.map(withMachineValues) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, withMachineValues(inner)]),
    ) as T;
  }
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const wizardContent: WizardContent = deepFreeze(
  wizardContentSchema.parse(
    withMachineValues({ version: CONTENT_VERSION, questions, outcomes, sources, excerpts }),
  ),
);

type UiTree = string | readonly string[] | { readonly [key: string]: UiTree };
const uiSchema: z.ZodType<UiTree> = z.lazy(() =>
  z.union([z.string().min(1), z.array(z.string().min(1)), z.record(z.string(), uiSchema)]),
);
uiSchema.parse(rawUi);
export const ui = deepFreeze(rawUi);

export function questionContent(id: string): Question | undefined {
  // Own keys only: an id such as "constructor" must not find Object's prototype.
  return Object.hasOwn(wizardContent.questions, id) ? wizardContent.questions[id] : undefined;
}

export function outcomeContent(id: string): Outcome | undefined {
  return Object.hasOwn(wizardContent.outcomes, id) ? wizardContent.outcomes[id] : undefined;
}

/** The title of a step: a question's or a result's. */
export function stepTitle(id: string): string | undefined {
  return questionContent(id)?.title ?? outcomeContent(id)?.title;
}

/** The words of an answer as the person saw it; a typed answer (a version) as typed. */
export function answerLabel(question: string, value: string): string {
  return questionContent(question)?.answers[value]?.label ?? value;
}

export function source(id: string): Source | undefined {
  return Object.hasOwn(wizardContent.sources, id) ? wizardContent.sources[id] : undefined;
}

export type { Excerpt, Outcome, Passage, Question, Source, Step } from './schema';

export type Ui = typeof ui;

/** The parts of the interface copy that wizard steps use. */
const WIZARD_UI_PARTS = [
  'site',
  'wizard',
  'outcome',
  'outcomePlan',
  'feedback',
  'problems',
] as const;
export type WizardUi = Pick<Ui, (typeof WIZARD_UI_PARTS)[number]>;

/** What the live wizard needs in the browser: plain data, already checked on the server. */
export type WizardTexts = {
  ui: WizardUi;
  /** The names of the directory's services that outcome steps link to. */
  serviceNames: Record<string, string>;
  questions: WizardContent['questions'];
  outcomes: WizardContent['outcomes'];
  sources: WizardContent['sources'];
  /** Every step's title, for links to steps whose own words are not loaded. */
  titles: Record<string, string>;
};

export function wizardTexts(): WizardTexts {
  const linked = new Set(
    Object.values(wizardContent.outcomes).flatMap((o) => o.steps.flatMap((s) => s.services)),
  );
  return {
    ui: Object.fromEntries(WIZARD_UI_PARTS.map((part) => [part, ui[part]])) as WizardUi,
    serviceNames: Object.fromEntries(
      services.filter((s) => linked.has(s.id)).map((s) => [s.id, s.name]),
    ),
    questions: wizardContent.questions,
    outcomes: wizardContent.outcomes,
    sources: wizardContent.sources,
    titles: Object.fromEntries(
      [...Object.entries(wizardContent.questions), ...Object.entries(wizardContent.outcomes)].map(
        ([id, step]) => [id, step.title],
      ),
    ),
  };
}

// ---- Services directory and recovery plan ------------------------------------------------

export const services: readonly Service[] = deepFreeze(servicesSchema.parse(rawServices));
export const directoryCopy: DirectoryCopy = deepFreeze(directoryCopySchema.parse(rawDirectoryCopy));
export const servicesUi: ServicesUi = deepFreeze(servicesUiSchema.parse(rawServicesUi));

export function serviceById(id: string): Service | undefined {
  return services.find((service) => service.id === id);
}

/** The directory's groups in the schema's order, each alphabetical, empty groups left out. */
export function servicesByCategory(): { category: ServiceCategory; services: Service[] }[] {
  return SERVICE_CATEGORIES.map((category) => ({
    category,
    services: services
      .filter((service) => service.category === category)
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
  })).filter((group) => group.services.length > 0);
}

export type {
  DirectoryCopy,
  HolderNote,
  Service,
  ServiceCategory,
  ServicesUi,
} from './services/schema';
// ---- The help-desk embed: the frame and the integrators' docs page -------------------------

const text = z.string().min(2);
const cell = z.strictObject({ values: text, effect: text });
const eventRow = z.strictObject({ fields: text, when: text });

/**
 * What the builder says about one option: the words its kind of form control needs. Which
 * names must be there, each with which words, is read off the options table in
 * lib/embed/copy.ts, which fails the build on a missing or extra one (content sits below lib,
 * so the table is not read here).
 */
const fieldCopy = z.strictObject({
  label: text,
  none: text.optional(),
  choices: z.record(z.string(), text).optional(),
  hint: text.optional(),
  invalid: text.optional(),
  placeholder: text.optional(),
  order: text.optional(),
});

const embedSchema = z.strictObject({
  frame: z.strictObject({ newTab: text }),
  docs: z.strictObject({
    metaTitle: text,
    title: text,
    intro: z.array(text).min(1),
    accessibility: z.strictObject({ text, link: text }),
    builder: z.strictObject({
      heading: text,
      intro: text,
      fields: z.record(z.string(), fieldCopy),
      submit: text,
      scriptHeading: text,
      scriptHint: text,
      iframeHeading: text,
      iframeHint: text,
      copyScript: text,
      copyIframe: text,
      copied: text,
      copyFailed: text,
      previewHeading: text,
      previewHint: text,
      previewTitle: text,
      previewSummaryHeading: text,
      previewSummaryNone: text,
      previewRequestSummary: text,
    }),
    options: z.strictObject({
      heading: text,
      intro: text,
      columns: z.strictObject({ attribute: text, parameter: text, values: text, effect: text }),
      scriptOnly: text,
      rows: z.record(z.string(), cell),
    }),
    events: z.strictObject({
      heading: text,
      intro: text,
      example: text,
      exampleLabel: text,
      columns: z.strictObject({ name: text, fields: text, when: text }),
      rows: z.strictObject({
        ready: eventRow,
        step: eventRow,
        navigate: eventRow,
        outcome: eventRow,
        resize: eventRow,
      }),
    }),
    summary: z.strictObject({
      heading: text,
      intro: z.array(text).min(1),
      example: text,
      exampleLabel: text,
    }),
    safety: z.strictObject({ heading: text, points: z.array(text).min(1), selfHost: text }),
  }),
});

/** The embed's sentences, checked like the rest. */
export const embedText = deepFreeze(embedSchema.parse(rawEmbed));
export type EmbedText = typeof embedText;
// ---- Support: sharing, the agent console, the link builder and the flow map ----------------

const words = z.string().min(2);
const wordsFor = <const K extends readonly [string, ...string[]]>(keys: K) =>
  z.strictObject(
    Object.fromEntries(keys.map((key) => [key, words])) as Record<K[number], typeof words>,
  );

/** Why a branch was taken (`when`) and why an earlier one for the same answer was not. */
const rule = z.strictObject({ when: words, unless: words.optional() });

const agentSchema = z.strictObject({
  share: wordsFor([
    'title',
    'intro',
    'opensAt',
    'start',
    'linkLabel',
    'linkHint',
    'codeLabel',
    'codeHint',
    'qrHeading',
    'qrHint',
    'qrLabel',
    'copyLink',
    'copyCode',
    'copied',
    'copiedAnnouncement',
    'copyFailed',
    'back',
    'noAnswers',
  ]),
  console: z.strictObject({
    ...wordsFor([
      'title',
      'intro',
      'inputLabel',
      'inputHint',
      'submit',
      'buildLink',
      'flowLink',
      'problemHeading',
      'noticeHeading',
      'noticeIntro',
      'counting',
      'tryAgain',
      'caseHeading',
      'linkHeading',
      'transcriptHeading',
      'transcriptEmpty',
      'question',
      'answer',
      'rule',
      'nowHeading',
      'nowQuestion',
      'nowOutcome',
      'openStep',
      'outcomeHeading',
      'outcomePage',
      'sourcesHeading',
      'summaryHeading',
      'summaryLabel',
      'copySummary',
      'linkLabel',
      'codeLabel',
      'copyLink',
      'copyCode',
    ]).shape,
    code: wordsFor([
      'empty',
      'tooShort',
      'cutShort',
      'tooLong',
      'badCharacter',
      'typo',
      'swap',
      'typoUnplaced',
      'newer',
      'older',
      'unreadable',
    ]),
    link: wordsFor(['notOurs', 'noAnswers', 'outcomePage']),
    otherVersion: wordsFor([
      'heading',
      'read',
      'stoppedQuestion',
      'stoppedAnswer',
      'changesHeading',
      'questionGone',
      'answerGone',
      'answerAdded',
      'noChanges',
    ]),
  }),
  summary: wordsFor([
    'title',
    'version',
    'link',
    'answers',
    'noAnswers',
    'line',
    'answer',
    'why',
    'nowQuestion',
    'nowOutcome',
    'outcomeSummary',
    'sources',
    'source',
    'fix',
    'referral',
  ]),
  /** Keyed by the machine's rule names; lib/wizard/journey.test.ts checks they are exactly those. */
  rules: z.strictObject({
    isAnswer: rule,
    isRestoring: rule,
    isMovingToNewPhone: rule,
    isSamePhone: rule,
    wereAccountsDeleted: rule,
    isIphone: rule,
    isAndroid: rule,
    isOldPhoneWorking: rule,
    isOldIphoneWorking: rule,
    isAppVersionAtLeast: rule,
    isReadableVersion: rule,
  }),
  builder: wordsFor([
    'title',
    'intro',
    'outcomeHeading',
    'outcomeLabel',
    'questionHeading',
    'questionLabel',
    'stepHint',
    'situationHeading',
    'situationHint',
    'notSet',
    'submit',
    'resultHeading',
    'linkLabel',
    'linkHint',
    'qrHint',
    'qrLabel',
    'opensAt',
    'answersHeading',
    'noneFilled',
    'preview',
    'notFound',
    'situationLabel',
    'situationChoose',
    'needsSituation',
    'situationMisses',
    'unknownSituation',
    'back',
  ]),
  flow: z.strictObject({
    ...wordsFor([
      'title',
      'intro',
      'diagramLabel',
      'pathIntro',
      'pathBack',
      'pathUnread',
      'pathNone',
      'legendQuestion',
      'legendFix',
      'legendReferral',
      'textHeading',
      'textIntro',
      'typed',
      'leadsTo',
      'result',
      'otherwise',
    ]).shape,
    /** The condition words on the map, for every rule but the plain answer. */
    when: wordsFor([
      'isRestoring',
      'isMovingToNewPhone',
      'isSamePhone',
      'wereAccountsDeleted',
      'isIphone',
      'isAndroid',
      'isOldPhoneWorking',
      'isOldIphoneWorking',
      'isAppVersionAtLeast',
      'isReadableVersion',
    ]),
  }),
});

/** Every sentence of the share page, the support console, the link builder and /flow. */
export type AgentContent = z.infer<typeof agentSchema>;
export const agentContent: AgentContent = deepFreeze(agentSchema.parse(rawAgent));

// ---- Anonymous counts: the privacy page, the footer's link and the leads' dashboard --------

const insightsSchema = z.strictObject({
  footerLink: words,
  privacy: z.strictObject({
    ...wordsFor([
      'metaTitle',
      'title',
      'intro',
      'countedHeading',
      'neverHeading',
      'floods',
      'notCountedHeading',
      'whyHeading',
      'why',
      'planNote',
      'statusOn',
      'statusOff',
      'statusYou',
    ]).shape,
    counted: z.array(words).min(1),
    never: z.array(words).min(1),
    notCounted: z.array(words).min(1),
  }),
  dashboard: z.strictObject({
    ...wordsFor(['metaTitle', 'title', 'intro', 'unavailable', 'ignored', 'summary']).shape,
    filters: wordsFor([
      'heading',
      'from',
      'to',
      'entry',
      'entryAll',
      'entrySite',
      'entryEmbed',
      'host',
      'hostAll',
      'hostUnknown',
      'version',
      'versionAll',
      'apply',
    ]),
    funnel: wordsFor([
      'heading',
      'intro',
      'chartTitle',
      'question',
      'reached',
      'answered',
      'dropped',
      'answersHeading',
      'answer',
      'chosen',
      'share',
      'typed',
      'empty',
    ]),
    outcomes: wordsFor([
      'heading',
      'intro',
      'chartTitle',
      'result',
      'kind',
      'fix',
      'referral',
      'reached',
      'share',
      'empty',
      'feedbackIntro',
      'yes',
      'notYet',
      'no',
      'resolved',
      'none',
    ]),
    languages: wordsFor(['heading', 'intro', 'language', 'shown', 'share', 'other', 'empty']),
    days: wordsFor(['heading', 'chartTitle', 'day', 'started', 'results']),
    export: wordsFor(['heading', 'csv', 'json']),
  }),
});

/** The privacy page, the footer's link to it and the leads' dashboard. */
export type InsightsCopy = z.infer<typeof insightsSchema>;
export const insightsCopy: InsightsCopy = deepFreeze(insightsSchema.parse(rawInsights));

// ---- The accessibility statement --------------------------------------------------------

const accessibilitySchema = z.strictObject({
  ...wordsFor([
    'footerLink',
    'metaTitle',
    'title',
    'intro',
    'standardHeading',
    'standard',
    'testedHeading',
    'testedIntro',
    'limitsHeading',
    'reportHeading',
    'report',
    'checkedOn',
  ]).shape,
  tested: z.array(words).min(1),
  limits: z.array(words).min(1),
});

/** The accessibility statement and the footer's link to it. */
export type AccessibilityCopy = z.infer<typeof accessibilitySchema>;
export const accessibilityCopy: AccessibilityCopy = deepFreeze(
  accessibilitySchema.parse(rawAccessibility),
);

// ---- The ticket summary's short form and formats (support console) ------------------------

const ticketSchema = z.record(z.string(), z.string().min(2));
export const ticketText = deepFreeze(ticketSchema.parse(rawTicket) as typeof rawTicket);
export type TicketText = typeof ticketText;
