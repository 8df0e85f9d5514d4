import { z } from 'zod';

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

const answersToken = z.string().max(ANSWERS_TOKEN_MAX_LENGTH).regex(ANSWERS_TOKEN_PATTERN);
const embedId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const stateId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const progress = z.number().min(0).max(1);

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
    answered: z.number().int().min(0).max(1000),
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
    height: z.number().int().min(0).max(MAX_REPORTED_HEIGHT),
  }),
  z.strictObject({ ...envelope, type: z.literal('navigate'), token: answersToken, stateId }),
]);
export type WizardMessage = z.infer<typeof wizardMessageSchema>;
export type WizardMessageType = WizardMessage['type'];

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

/** `#rgb`, `#rrggbb` or the same without `#` (easier to type into a plain iframe URL). */
const ACCENT_PATTERN = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The accent as `#rrggbb` in lower case, or null. The result holds only `#` and hex digits,
 * so it is safe to put into a CSS custom property.
 */
export function sanitizeAccent(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = ACCENT_PATTERN.exec(value.trim());
  if (!match?.[1]) return null;
  const hex = match[1].toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

/**
 * Black or white, whichever contrasts more with the accent (WCAG relative luminance), so text
 * on an accent-coloured button stays readable whatever colour the help desk picks.
 */
export function readableTextOn(accent: string): '#000000' | '#ffffff' {
  const hex = sanitizeAccent(accent) ?? '#000000';
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); equal at ~0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

export const embedOptionsSchema = z.strictObject({
  start: z.enum(START_SITUATIONS).optional(),
  answers: answersToken.optional(),
  accent: z
    .string()
    .regex(/^#[0-9a-f]{6}$/)
    .optional(),
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

type OptionName = keyof typeof optionReaders;

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
