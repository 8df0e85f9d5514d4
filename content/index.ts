import { z } from 'zod';
import { outcomes } from './wizard/outcomes';
import { questions } from './wizard/questions';
import { sources } from './wizard/sources';
import { ui as rawUi } from './ui';
import { agent as rawAgent } from './agent';
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

// ---- Support: sharing, the agent console, the link builder and the flow map ----------------

const agentText = z.string().min(2);
const agentSection = z.record(z.string(), z.union([agentText, z.record(z.string(), agentText)]));
const agentSchema = z.strictObject({
  share: z.record(z.string(), agentText),
  console: agentSection,
  summary: z.record(z.string(), agentText),
  rules: z.record(z.string(), z.strictObject({ when: agentText, unless: agentText.optional() })),
  builder: z.record(z.string(), agentText),
  flow: agentSection,
});
agentSchema.parse(rawAgent);

/** Every sentence of the share page, the support console, the link builder and /flow. */
type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
export type AgentContent = Widen<typeof rawAgent>;
export const agentContent: AgentContent = deepFreeze(rawAgent);
