import { ACCENT_PATTERN, sanitizeAccent } from './theme';

/**
 * Every option a help desk can give the embed, in one table: its data- attribute on the
 * script tag, its parameter of the /embed address (null: the script reads it, the frame never
 * sees it), the rule its text must follow, its default, and whether it stays in every link
 * inside the frame. The page's reader, the links, the snippet builder, the docs list and the
 * content schema are all read off this table. Kept free of zod and of content, so the snippet
 * builder runs it in the browser. `public/embed.js` gets its rules from here too:
 * `scripts/embed-loader.mjs` writes them into it (`lib/embed/loader-rules.ts`, run by
 * `npm run build`; `lib/embed/loader-rules.test.ts` fails while the file is stale), and
 * `lib/embed/options.test.ts` runs the loader against this table option by option.
 */

/** One rule for an option's text. `read` gets the text trimmed; undefined means unusable. */
export type Rule<T> = {
  /** Which form control the snippet builder uses for it. */
  kind: 'choice' | 'flag' | 'text' | 'number';
  read: (raw: string) => T | undefined;
  /**
   * The shape of an acceptable text, for the loader, which has no `read`: together with
   * `limits` it accepts exactly what `read` does (lib/embed/options.test.ts tries both).
   */
  pattern: RegExp;
  /** The value as a data- attribute. */
  write(value: T): string;
  /** The value as an address parameter, where it is written otherwise. */
  writeParameter?(value: T): string;
  /** For the console warning: "expected …". */
  expected: string;
  values?: readonly string[];
  limits?: { min: number; max: number };
};

function choice<const V extends string>(values: readonly V[]): Rule<V> {
  return {
    kind: 'choice',
    read: (raw) => values.find((value) => value === raw),
    pattern: new RegExp(`^(${values.join('|')})$`),
    write: String,
    expected: values.join(', '),
    values,
  };
}

const flag: Rule<boolean> = {
  kind: 'flag',
  read: (raw) => (raw === 'true' ? true : raw === 'false' ? false : undefined),
  pattern: /^(true|false)$/,
  write: String,
  expected: 'true or false',
};

function text(pattern: RegExp, expected: string): Rule<string> {
  return {
    kind: 'text',
    read: (raw) => (pattern.test(raw) ? raw : undefined),
    pattern,
    write: String,
    expected,
  };
}

function number(min: number, max: number): Rule<number> {
  const pattern = /^\d{1,5}$/;
  return {
    kind: 'number',
    read: (raw) => (pattern.test(raw) && +raw >= min && +raw <= max ? +raw : undefined),
    pattern,
    write: String,
    expected: `${min} to ${max}`,
    limits: { min, max },
  };
}

/** `#rgb` or `#rrggbb`, the `#` optional; read as `#rrggbb`, and without `#` in an address. */
const accent: Rule<string> = {
  kind: 'text',
  read: (raw) => sanitizeAccent(raw) ?? undefined,
  pattern: ACCENT_PATTERN,
  write: String,
  writeParameter: (value) => value.slice(1),
  expected: '#rgb or #rrggbb',
};

/** The situations a help desk can start the wizard at; each is an answer to `goal`. */
export const START_SITUATIONS = [
  'locked-out',
  'restore',
  'same-phone',
  'lost',
  'prepare',
  'backup-error',
  'not-working',
] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

/**
 * What `navigate` hands the host and `answers` hands back: the wizard's own query string.
 * The characters are exactly those URLSearchParams writes (`+` for a space, `%XX` for the
 * rest), so any link the wizard makes fits, and none can carry quotes, `<`, `#` or `/`.
 */
export const ANSWERS_TOKEN_PATTERN = /^[A-Za-z0-9=&._*+%-]+$/;
export const ANSWERS_TOKEN_MAX_LENGTH = 1000;

const answersToken: Rule<string> = {
  ...text(ANSWERS_TOKEN_PATTERN, ''),
  read: (raw) =>
    raw.length <= ANSWERS_TOKEN_MAX_LENGTH && ANSWERS_TOKEN_PATTERN.test(raw) ? raw : undefined,
  pattern: new RegExp(
    `^${ANSWERS_TOKEN_PATTERN.source.slice(1, -2)}{1,${ANSWERS_TOKEN_MAX_LENGTH}}$`,
  ),
  expected: 'a token from a navigate event',
};

/** The heights the script accepts, in CSS pixels. */
export const HEIGHT_LIMITS = { min: 200, max: 10000 } as const;
const height = number(HEIGHT_LIMITS.min, HEIGHT_LIMITS.max);

type Parameter = { name: string; everyStep: boolean };

type Option<T> = {
  /** On the script tag, or on a plain iframe the script picks up. */
  attribute: `data-${string}`;
  /**
   * In the /embed address: its name, and whether every link inside the frame keeps it (the
   * look) or it only chooses the first step. Null: only the script reads it.
   */
  parameter: Parameter | null;
  rule: Rule<T>;
  /** What applies when it is not given; undefined: nothing (no value, no limit). */
  default?: T;
  /** A bare attribute (`data-compact`) means this. */
  bare?: T;
  /** Another option this one may not be below. */
  notBelow?: string;
  /** The snippet builder's form field (also the docs page's address parameter), or null. */
  field: string | null;
};

/** A row, keeping in its type whether it has a parameter, a field and a default. */
function option<
  T,
  P extends Parameter | null,
  F extends string | null,
  D extends NoInfer<T> | undefined = undefined,
>(
  row: Omit<Option<T>, 'default' | 'bare'> & {
    parameter: P;
    field: F;
    default?: D;
    bare?: NoInfer<T>;
  },
) {
  return row as Option<T> & { parameter: P; field: F; default: D };
}

export const EMBED_OPTIONS = {
  start: option({
    attribute: 'data-start',
    parameter: { name: 'start', everyStep: false },
    rule: choice(START_SITUATIONS),
    field: 'start',
  }),
  answers: option({
    attribute: 'data-answers',
    parameter: { name: 'answers', everyStep: false },
    rule: answersToken,
    field: null,
  }),
  accent: option({
    attribute: 'data-accent',
    parameter: { name: 'accent', everyStep: true },
    rule: accent,
    field: 'accent',
  }),
  theme: option({
    attribute: 'data-theme',
    parameter: { name: 'theme', everyStep: true },
    rule: choice(THEMES),
    default: 'auto',
    field: 'theme',
  }),
  compact: option({
    attribute: 'data-compact',
    parameter: { name: 'compact', everyStep: true },
    rule: flag,
    default: false,
    bare: true,
    field: 'compact',
  }),
  minHeight: option({
    attribute: 'data-min-height',
    parameter: null,
    rule: height,
    default: HEIGHT_LIMITS.min,
    field: 'min-height',
  }),
  maxHeight: option({
    attribute: 'data-max-height',
    parameter: null,
    rule: height,
    notBelow: 'minHeight',
    field: 'max-height',
  }),
  scroll: option({
    attribute: 'data-scroll',
    parameter: null,
    rule: flag,
    default: true,
    // A box to tick turns the default off: "keep my page still".
    field: 'no-scroll',
  }),
  // Its default, the site's name, is copy: the docs page and the script read it from content.
  title: option({
    attribute: 'data-title',
    parameter: null,
    rule: text(/^.{1,200}$/, 'at most 200 characters'),
    field: null,
  }),
  callback: option({
    attribute: 'data-callback',
    parameter: null,
    rule: text(/^[A-Za-z_$][\w$]*$/, 'the name of a global function'),
    field: null,
  }),
  // Whether the selector names an element only the host page can tell.
  target: option({
    attribute: 'data-target',
    parameter: null,
    rule: text(/^.+$/, 'a CSS selector on the page'),
    field: null,
  }),
};

export type EmbedOptionName = keyof typeof EMBED_OPTIONS;
type Table = typeof EMBED_OPTIONS;
export type OptionValue<K extends EmbedOptionName> =
  Table[K]['rule'] extends Rule<infer T> ? T : never;

/** Every option, in the order the docs list them. */
export const OPTION_NAMES = Object.keys(EMBED_OPTIONS) as EmbedOptionName[];

/** The options that are also parameters of the /embed address. */
export type ParameterName = {
  [K in EmbedOptionName]: Table[K]['parameter'] extends null ? never : K;
}[EmbedOptionName];
export const PARAMETER_OPTIONS = OPTION_NAMES.filter(
  (name): name is ParameterName => EMBED_OPTIONS[name].parameter !== null,
);

/** The options the snippet builder offers. */
export type FieldName = {
  [K in EmbedOptionName]: Table[K]['field'] extends null ? never : K;
}[EmbedOptionName];
export const FIELD_OPTIONS = OPTION_NAMES.filter(
  (name): name is FieldName => EMBED_OPTIONS[name].field !== null,
);

/** Options with a default have a value; the others may be missing. */
type WithDefault = {
  [K in EmbedOptionName]: Table[K]['default'] extends undefined ? never : K;
}[EmbedOptionName];
export type OptionValues<N extends EmbedOptionName> = {
  [K in N & WithDefault]: OptionValue<K>;
} & { [K in Exclude<N, WithDefault>]?: OptionValue<K> };

/** One option's value from its text, or undefined when the text is not a value for it. */
export function readOption<K extends EmbedOptionName>(
  name: K,
  raw: string,
): OptionValue<K> | undefined {
  return (EMBED_OPTIONS[name].rule as Rule<unknown>).read(raw.trim()) as OptionValue<K> | undefined;
}

/** The defaults of the given options. */
export function defaultsOf<N extends EmbedOptionName>(names: readonly N[]): OptionValues<N> {
  const values: Record<string, unknown> = {};
  for (const name of names) {
    const row: Option<unknown> = EMBED_OPTIONS[name];
    if (row.default !== undefined) values[name] = row.default;
  }
  return values as OptionValues<N>;
}

/** Whether a value is given and differs from the option's default, so it must be written. */
function differs(name: EmbedOptionName, value: unknown): boolean {
  const row: Option<unknown> = EMBED_OPTIONS[name];
  return value !== undefined && value !== null && value !== row.default;
}

/**
 * The /embed address parameters for the given options, defaults left out, in table order.
 * `everyStep` keeps only the options every link inside the frame carries (the look).
 */
export function optionQuery(
  values: Partial<Record<EmbedOptionName, unknown>>,
  { everyStep = false }: { everyStep?: boolean } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of PARAMETER_OPTIONS) {
    const { parameter, rule } = EMBED_OPTIONS[name] as Option<unknown>;
    if (!parameter || (everyStep && !parameter.everyStep) || !differs(name, values[name])) continue;
    params.set(parameter.name, (rule.writeParameter ?? rule.write)(values[name]));
  }
  return params;
}

/** The data- attributes for the given options, defaults left out, in table order. */
export function optionAttributes(
  values: Partial<Record<EmbedOptionName, unknown>>,
): [attribute: string, value: string][] {
  return OPTION_NAMES.filter((name) => differs(name, values[name])).map((name) => {
    const { attribute, rule } = EMBED_OPTIONS[name] as Option<unknown>;
    return [attribute, rule.write(values[name])];
  });
}
