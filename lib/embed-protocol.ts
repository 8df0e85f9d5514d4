// zod/mini: the message schemas run in the browser inside every embed, so they are kept small.
import * as z from 'zod/mini';
import { sanitizeAccent } from './embed-theme';

export { readableTextOn, sanitizeAccent } from './embed-theme';

/**
 * The message protocol between `public/embed.js` (on the help desk's page) and the `/embed`
 * page (inside the iframe). Every message is `{ protocol, version, type, embedId, ... }`.
 * Any change to a message's shape bumps PROTOCOL_VERSION: the objects are strict, so an
 * unknown field is a different protocol, never a silent guess.
 */
export const PROTOCOL = 'authenticator-wizard';
export const PROTOCOL_VERSION = 1;

/** The situations a help desk can start the wizard at; each is an answer to `goal`. */
export const START_SITUATIONS = [
  'prepare',
  'restore',
  'backup-error',
  'not-working',
  'lost',
] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * What `navigate` hands the host and `answers` hands back: the wizard's own query string.
 * The characters are exactly those URLSearchParams writes (`+` for a space, `%XX` for the
 * rest), so any link the wizard makes fits, and none can carry quotes, `<`, `#` or `/`.
 */
export const ANSWERS_TOKEN_PATTERN = /^[A-Za-z0-9=&._*+%-]+$/;
export const ANSWERS_TOKEN_MAX_LENGTH = 1000;
/** Taller than any real page; the loader clamps further to the host's min/max height. */
export const MAX_REPORTED_HEIGHT = 100_000;

const answersToken = z
  .string()
  .check(z.maxLength(ANSWERS_TOKEN_MAX_LENGTH), z.regex(ANSWERS_TOKEN_PATTERN));
const embedId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const stateId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const progress = z.number().check(z.minimum(0), z.maximum(1));

const envelope = {
  protocol: z.literal(PROTOCOL),
  version: z.literal(PROTOCOL_VERSION),
  embedId,
};

// ---- Host -> wizard ------------------------------------------------------------------------

export const hostMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...envelope, type: z.literal('hello') }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

// ---- Wizard -> host ------------------------------------------------------------------------

export const wizardMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...envelope, type: z.literal('ready'), stateId, progress }),
  z.strictObject({
    ...envelope,
    type: z.literal('step'),
    stateId,
    progress,
    answered: z.int().check(z.minimum(0), z.maximum(1000)),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('outcome'),
    outcomeId: stateId,
    category: z.enum(['fix', 'referral']),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('resize'),
    height: z.int().check(z.minimum(0), z.maximum(MAX_REPORTED_HEIGHT)),
  }),
  z.strictObject({ ...envelope, type: z.literal('navigate'), token: answersToken, stateId }),
]);
export type WizardMessage = z.infer<typeof wizardMessageSchema>;

/** A wizard message as the UI writes it; the bridge adds protocol, version and embedId. */
export type WizardMessageBody = WizardMessage extends infer M
  ? M extends WizardMessage
    ? Omit<M, 'protocol' | 'version' | 'embedId'>
    : never
  : never;

/** A valid host message, or null for anything else (other protocols, versions, junk). */
export function parseHostMessage(data: unknown): HostMessage | null {
  const result = hostMessageSchema.safeParse(data);
  return result.success ? result.data : null;
}

/** A valid wizard message, or null for anything else. */
export function parseWizardMessage(data: unknown): WizardMessage | null {
  const result = wizardMessageSchema.safeParse(data);
  return result.success ? result.data : null;
}

// ---- /embed URL options --------------------------------------------------------------------

export const embedOptionsSchema = z.strictObject({
  start: z.optional(z.enum(START_SITUATIONS)),
  answers: z.optional(answersToken),
  accent: z.optional(z.string().check(z.regex(/^#[0-9a-f]{6}$/))),
  theme: z.enum(THEMES),
  compact: z.boolean(),
});
export type EmbedOptions = z.infer<typeof embedOptionsSchema>;

const DEFAULT_OPTIONS: EmbedOptions = { theme: 'auto', compact: false };

/** Each URL option: how to read it, and what to say when it cannot be read. */
const optionReaders = {
  start: {
    read: (raw: string) => z.enum(START_SITUATIONS).safeParse(raw).data,
    expected: `expected ${START_SITUATIONS.join(', ')}`,
  },
  answers: {
    read: (raw: string) => answersToken.safeParse(raw).data,
    expected: `expected a token from a navigate event (at most ${ANSWERS_TOKEN_MAX_LENGTH} of A-Z a-z 0-9 = & . _ * + % -)`,
  },
  accent: {
    read: (raw: string) => sanitizeAccent(raw) ?? undefined,
    expected: 'expected #rgb or #rrggbb',
  },
  theme: {
    read: (raw: string) => z.enum(THEMES).safeParse(raw).data,
    expected: `expected ${THEMES.join(', ')}`,
  },
  compact: {
    read: (raw: string) => (raw === 'true' ? true : raw === 'false' ? false : undefined),
    expected: 'expected true or false',
  },
} satisfies {
  [K in keyof EmbedOptions]-?: {
    read: (raw: string) => EmbedOptions[K] | undefined;
    expected: string;
  };
};

export type EmbedOptionName = keyof typeof optionReaders;
type OptionName = EmbedOptionName;

/** Every /embed URL option; the wizard inside the frame does not read these as answers. */
export const EMBED_OPTION_NAMES = Object.keys(optionReaders) as readonly EmbedOptionName[];

/** One option's value, or undefined when the text is not a valid value for it. */
export function readEmbedOption<K extends EmbedOptionName>(
  name: K,
  raw: string,
): EmbedOptions[K] | undefined {
  return optionReaders[name].read(raw.trim()) as EmbedOptions[K] | undefined;
}

/** How a warning shows a bad value: quoted, escaped, short. */
function quote(raw: string): string {
  return JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}...` : raw);
}

/**
 * The /embed page's options from its URL params. A bad value never breaks the embed: it is
 * dropped, the default applies, and a warning names the option. Unknown keys are ignored.
 */
export function parseEmbedOptions(params: Record<string, string | string[] | undefined>): {
  options: EmbedOptions;
  warnings: string[];
} {
  const found: Partial<Record<OptionName, unknown>> = {};
  const warnings: string[] = [];
  for (const name of Object.keys(optionReaders) as OptionName[]) {
    const raw = Object.hasOwn(params, name) ? params[name] : undefined;
    if (raw === undefined) continue;
    if (Array.isArray(raw)) {
      warnings.push(`ignored ${name} (given ${raw.length} times) : expected one value`);
      continue;
    }
    const value = optionReaders[name].read(raw.trim());
    if (value === undefined)
      warnings.push(`ignored ${name}=${quote(raw)} : ${optionReaders[name].expected}`);
    else found[name] = value;
  }
  if (found.answers !== undefined && found.start !== undefined) {
    warnings.push(`ignored start="${found.start}" : answers already says where to start`);
    delete found.start;
  }
  return { options: embedOptionsSchema.parse({ ...DEFAULT_OPTIONS, ...found }), warnings };
}
