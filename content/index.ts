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
import { uiSchema, ticketSchema } from './words-schema';
import { embedSchema } from './embed-schema';
import { agentSchema, type AgentContent } from './agent-schema';
import { insightsSchema, type InsightsCopy } from './insights-schema';
import { accessibilitySchema, type AccessibilityCopy } from './accessibility-schema';

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

// ---- The help-desk embed, support, anonymous counts, accessibility and the ticket ---------

/** The embed's sentences: the frame and the integrators' docs page. */
export const embedText = deepFreeze(embedSchema.parse(rawEmbed));
export type EmbedText = typeof embedText;

/** Every sentence of the share page, the support console, the link builder and /flow. */
export const agentContent: AgentContent = deepFreeze(agentSchema.parse(rawAgent));

/** The privacy page, the footer's link to it and the leads' dashboard. */
export const insightsCopy: InsightsCopy = deepFreeze(insightsSchema.parse(rawInsights));

/** The accessibility statement and the footer's link to it. */
export const accessibilityCopy: AccessibilityCopy = deepFreeze(
  accessibilitySchema.parse(rawAccessibility),
);

/** The ticket summary's short form and formats (support console). */
export const ticketText = deepFreeze(ticketSchema.parse(rawTicket) as typeof rawTicket);
export type TicketText = typeof ticketText;

export type { AgentContent } from './agent-schema';
export type { InsightsCopy } from './insights-schema';
export type { AccessibilityCopy } from './accessibility-schema';
