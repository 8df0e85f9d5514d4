import { z } from 'zod';
import { outcomes } from './wizard/outcomes';
import { questions } from './wizard/questions';
import { sources } from './wizard/sources';
import { ui as rawUi } from './ui';
import { directoryCopy as rawDirectoryCopy, services as rawServices } from './services/data';
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
import { servicesUi as rawServicesUi } from './services/ui';
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
export const CONTENT_VERSION = 1;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const wizardContent: WizardContent = deepFreeze(
  wizardContentSchema.parse({ version: CONTENT_VERSION, questions, outcomes, sources }),
);

type UiTree = string | readonly string[] | { readonly [key: string]: UiTree };
const uiSchema: z.ZodType<UiTree> = z.lazy(() =>
  z.union([z.string().min(1), z.array(z.string().min(1)), z.record(z.string(), uiSchema)]),
);
uiSchema.parse(rawUi);
export const ui = deepFreeze(rawUi);

export function questionContent(id: string): Question | undefined {
  return wizardContent.questions[id];
}

export function outcomeContent(id: string): Outcome | undefined {
  return wizardContent.outcomes[id];
}

export function source(id: string): Source | undefined {
  return wizardContent.sources[id];
}

export type { Outcome, Question, Source, Step } from './schema';

export type Ui = typeof ui;

/** What the live wizard needs in the browser: plain data, already checked on the server. */
export type WizardTexts = {
  ui: Ui;
  questions: WizardContent['questions'];
  outcomes: WizardContent['outcomes'];
  sources: WizardContent['sources'];
};

export function wizardTexts(): WizardTexts {
  return {
    ui,
    questions: wizardContent.questions,
    outcomes: wizardContent.outcomes,
    sources: wizardContent.sources,
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

export type { DirectoryCopy, Service, ServiceCategory, ServicesUi } from './services/schema';
