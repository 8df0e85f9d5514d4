// zod/mini: the message schemas run in the browser inside every embed, so they are kept small.
import * as z from 'zod/mini';
import {
  ANSWERS_TOKEN_MAX_LENGTH,
  ANSWERS_TOKEN_PATTERN,
  EMBED_OPTIONS,
  PARAMETER_OPTIONS,
  defaultsOf,
  readOption,
  type OptionValues,
  type ParameterName,
} from './options';

export { readableTextOn, sanitizeAccent } from './theme';
export {
  ANSWERS_TOKEN_MAX_LENGTH,
  ANSWERS_TOKEN_PATTERN,
  START_SITUATIONS,
  THEMES,
} from './options';

/**
 * The message protocol between `public/embed.js` (on the help desk's page) and the `/embed`
 * page (inside the iframe). Every message is `{ protocol, version, type, embedId, ... }`.
 * Any change to a message's shape bumps PROTOCOL_VERSION: the objects are strict, so an
 * unknown field is a different protocol, never a silent guess.
 */
export const PROTOCOL = 'authenticator-wizard';
export const PROTOCOL_VERSION = 1;

/** Taller than any real page; the loader clamps further to the host's min/max height. */
export const MAX_REPORTED_HEIGHT = 100_000;

const answersToken = z
  .string()
  .check(z.maxLength(ANSWERS_TOKEN_MAX_LENGTH), z.regex(ANSWERS_TOKEN_PATTERN));
const embedId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const stateId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const progress = z.number().check(z.minimum(0), z.maximum(1));

/** Longer than any real journey's transcript; a bigger summary is not ours. */
export const MAX_SUMMARY_LENGTH = 100_000;
const summaryText = z.string().check(z.maxLength(MAX_SUMMARY_LENGTH));

/**
 * The support console's ticket summary in its four shapes (lib/case/ticket-formats.ts), as
 * the frame fetches it from /api/ticket-summary and hands it to the host in a `summary`.
 */
export const ticketSummarySchema = z.strictObject({
  text: summaryText,
  markdown: summaryText,
  html: summaryText,
  json: summaryText,
});
export type TicketSummary = z.infer<typeof ticketSummarySchema>;

/** A summary as /api/ticket-summary answers it, or null for anything else. */
export function parseTicketSummary(data: unknown): TicketSummary | null {
  const result = ticketSummarySchema.safeParse(data);
  return result.success ? result.data : null;
}

const envelope = {
  protocol: z.literal(PROTOCOL),
  version: z.literal(PROTOCOL_VERSION),
  embedId,
};

// ---- Host -> wizard ------------------------------------------------------------------------

export const hostMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...envelope, type: z.literal('hello') }),
  // Asks for a `summary` of the step shown now; answered only to the host that said hello.
  z.strictObject({ ...envelope, type: z.literal('request-summary') }),
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
  z.strictObject({
    ...envelope,
    type: z.literal('summary'),
    stateId,
    /** True at a result; false when the person is still answering. */
    complete: z.boolean(),
    formats: ticketSummarySchema,
  }),
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

/** The /embed page's options, as the table in `./embed-options` types them. */
export type EmbedOptions = OptionValues<ParameterName>;
export type EmbedOptionName = ParameterName;

/** Every /embed address option; the wizard inside the frame does not read these as answers. */
export const EMBED_OPTION_NAMES: readonly string[] = PARAMETER_OPTIONS.map(
  (name) => EMBED_OPTIONS[name].parameter.name,
);

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
  const found: Record<string, unknown> = defaultsOf(PARAMETER_OPTIONS);
  const warnings: string[] = [];
  for (const name of PARAMETER_OPTIONS) {
    const { parameter, rule } = EMBED_OPTIONS[name];
    const raw = Object.hasOwn(params, parameter.name) ? params[parameter.name] : undefined;
    if (raw === undefined) continue;
    if (Array.isArray(raw)) {
      warnings.push(`ignored ${parameter.name} (given ${raw.length} times) : expected one value`);
      continue;
    }
    const value = readOption(name, raw);
    if (value === undefined)
      warnings.push(`ignored ${parameter.name}=${quote(raw)} : expected ${rule.expected}`);
    else found[name] = value;
  }
  if (found.answers !== undefined && found.start !== undefined) {
    warnings.push(`ignored start="${found.start}" : answers already says where to start`);
    delete found.start;
  }
  return { options: found as EmbedOptions, warnings };
}
