import { EMBED_PATH, embedBasePath } from './link';
import { optionQuery } from './options';
import { EMBED_OPTION_NAMES, parseEmbedOptions, type EmbedOptions } from './protocol';
import { accentStyle, sanitizeAccent } from './theme';

/**
 * A help desk's look (accent, theme, compact: the options every step keeps) without a page
 * rendered for it. Every step of the embed is built once, in the default look; proxy.ts serves
 * that built page for any look, with the look's attributes added to its `<main>` and, for an
 * accent, a link to `/embed/look.css?accent=…` added to its `<head>` (`withLook` in
 * ../serving/built-documents.ts). Both are in the HTML, so the look is there at first paint and
 * without JavaScript; the attributes are what `EmbedWizard` renders for the same options, so
 * hydration keeps them. Nothing is inline: no style attribute, no style element.
 */

/** Where the stylesheet of an accent is served. */
export const LOOK_STYLESHEET_PATH = `${EMBED_PATH}/look.css`;

/** The `<main>` attributes of a look, as `EmbedWizard` renders them. */
export function lookAttributes(options: EmbedOptions): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (options.theme !== 'auto') attributes['data-theme'] = options.theme;
  if (options.accent) attributes['data-accent'] = '';
  if (options.compact) attributes['data-compact'] = '';
  return attributes;
}

/** The stylesheet that carries an accent's colours, or null without an accent. */
export function lookStylesheetHref(options: EmbedOptions): string | null {
  if (!options.accent) return null;
  return `${LOOK_STYLESHEET_PATH}?${optionQuery({ accent: options.accent }).toString()}`;
}

/**
 * The look's options from an /embed address's parameters, when they need no warning; null
 * otherwise (the page rendered per request says what is wrong).
 */
export function lookOf(query: URLSearchParams): EmbedOptions | null {
  const record: Record<string, string | string[]> = {};
  for (const name of EMBED_OPTION_NAMES) {
    const values = query.getAll(name);
    if (values.length > 0) record[name] = values.length === 1 ? values[0]! : values;
  }
  const { options, warnings } = parseEmbedOptions(record);
  return warnings.length > 0 ? null : options;
}

/** Whether the options set a look other than the default. */
export function hasLook(options: EmbedOptions): boolean {
  return embedBasePath(options) !== EMBED_PATH;
}

/**
 * The stylesheet for `/embed/look.css?accent=…`: the accent's light and dark colours as the
 * custom properties app/(embed)/embed.css maps onto the site's accent. Null for an address
 * that is not one accent (a bad value, another parameter): it gets a 400, never a guess.
 */
export function lookStylesheet(query: URLSearchParams): string | null {
  const names = [...query.keys()];
  if (names.length !== 1 || names[0] !== 'accent' || query.getAll('accent').length !== 1) {
    return null;
  }
  const { options, warnings } = parseEmbedOptions({ accent: query.get('accent')! });
  const accent = options.accent && sanitizeAccent(options.accent);
  if (warnings.length > 0 || !accent) return null;
  const properties = Object.entries(accentStyle(accent)).map(
    ([name, value]) => `  ${name}: ${value};`,
  );
  return [
    `/* The embed's accent ${accent}, its colours checked for contrast (lib/embed/theme.ts). */`,
    ':root {',
    ...properties,
    '}',
    '',
  ].join('\n');
}
