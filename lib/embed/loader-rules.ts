import { ui } from '../../content';
import { EMBED_OPTIONS, OPTION_NAMES, PARAMETER_OPTIONS, type Rule } from './options';

/**
 * The part of `public/embed.js` read off the options table, so that adding an option stays one
 * row: each option's rule as `[pattern, expected, min, max]`, the /embed parameters the loader
 * passes on, what a bare attribute means, the defaults of the options only the script reads,
 * and the frame's title. `scripts/embed-loader.mjs` writes it from the `// From
 * lib/embed/options.ts:` line to the `const TITLE` line (`npm run build` runs it); `lib/embed/loader-rules.test.ts` fails while the file is stale.
 * The loader has no `read` of its own: `pattern` with `limits` accepts what `read` accepts,
 * which `lib/embed/options.test.ts` checks by running the real file.
 */

export const LOADER_BEGIN = '  // From lib/embed/options.ts:';
/** The generated part ends with this line (the frame's title, from content). */
const LOADER_LAST = '  const TITLE = ';

type AnyRow = {
  rule: Rule<unknown>;
  parameter: { name: string } | null;
  default?: unknown;
  bare?: unknown;
};

const row = (name: keyof typeof EMBED_OPTIONS) => EMBED_OPTIONS[name] as AnyRow;
const literal = (value: unknown) => JSON.stringify(value);

function ruleText(rule: Rule<unknown>): string {
  const parts = [String(rule.pattern), literal(rule.expected)];
  if (rule.limits) parts.push(String(rule.limits.min), String(rule.limits.max));
  return `[${parts.join(', ')}]`;
}

/** An object literal on one line; prettier breaks it where it must. */
function objectText(name: string, entries: [string, string][]): string {
  return `  const ${name} = { ${entries.map(([key, value]) => `${key}: ${value}`).join(', ')} };`;
}

/** The generated lines, markers included. */
export function loaderRules(): string {
  for (const name of PARAMETER_OPTIONS) {
    // The loader sets each parameter under the option's own name.
    if (row(name).parameter?.name !== name) {
      throw new Error(`${name}: the loader needs its /embed parameter to be named "${name}"`);
    }
  }
  const withBare = OPTION_NAMES.filter((name) => row(name).bare !== undefined);
  // Only the script's own options: a parameter's default is the page's to apply.
  const withDefault = OPTION_NAMES.filter(
    (name) => row(name).parameter === null && row(name).default !== undefined,
  );
  const write = (name: (typeof OPTION_NAMES)[number], value: unknown) =>
    literal(row(name).rule.write(value));
  return [
    LOADER_BEGIN,
    objectText(
      'RULES',
      OPTION_NAMES.map((name) => [name, ruleText(row(name).rule)]),
    ),
    `  const PARAMETERS = ${literal(PARAMETER_OPTIONS)};`,
    objectText(
      'BARE',
      withBare.map((name) => [name, write(name, row(name).bare)]),
    ),
    objectText(
      'DEFAULTS',
      withDefault.map((name) => [name, write(name, row(name).default)]),
    ),
    `${LOADER_LAST}${literal(ui.site.name)};`,
  ].join('\n');
}

/** The loader's source with its generated part replaced by `generated`. */
export function withLoaderRules(source: string, generated: string): string {
  const begin = source.indexOf(LOADER_BEGIN);
  const last = source.indexOf(LOADER_LAST, begin);
  const end = source.indexOf('\n', last);
  if (begin < 0 || last < 0 || end < 0) {
    throw new Error('public/embed.js has lost the lines that bound its generated part');
  }
  return source.slice(0, begin) + generated + source.slice(end);
}

/**
 * The loader as it should be: `source` with its generated part written afresh, then formatted
 * as the repository formats it (`format` is prettier's, given by the caller: lib/ loads no
 * tool of its own).
 */
export function generatedLoader(
  source: string,
  format: (text: string) => Promise<string>,
): Promise<string> {
  return format(withLoaderRules(source, loaderRules()));
}
