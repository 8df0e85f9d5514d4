import {
  EMBED_OPTIONS,
  FIELD_OPTIONS,
  defaultsOf,
  optionAttributes,
  optionQuery,
  type FieldName,
  type OptionValues,
} from './options';

/**
 * The docs page's snippet builder: the integrator's choices, read from a form, and the HTML
 * they paste. Its fields are the options of `./embed-options` that have a `field`, read by
 * their rules. Free of zod so the same code runs on the server (no JavaScript) and in the
 * browser (live updates).
 */

/** A plain iframe cannot grow, so it starts this tall unless the limits say otherwise. */
const PLAIN_IFRAME_HEIGHT = 900;

/** The form's field names, which are also the parameters of the docs page's address. */
export const FIELD_NAMES: readonly string[] = FIELD_OPTIONS.map(
  (name) => EMBED_OPTIONS[name].field,
);

export type SnippetChoice = OptionValues<FieldName>;

export type ChoiceProblem = { kind: 'invalid'; value: string } | { kind: 'order' };
export type ChoiceProblems = Partial<Record<FieldName, ChoiceProblem>>;

/**
 * Reads the builder's fields. Empty means "not set"; a value that cannot be used is left
 * out of the choice and reported, with the text as typed, so the form can say what is wrong.
 * A ticked box gives its option the value other than its default.
 */
export function readChoice(get: (name: string) => string | null | undefined): {
  choice: SnippetChoice;
  problems: ChoiceProblems;
} {
  const choice: Record<string, unknown> = defaultsOf(FIELD_OPTIONS);
  const problems: ChoiceProblems = {};
  for (const name of FIELD_OPTIONS) {
    const { field, rule, default: fallback } = EMBED_OPTIONS[name];
    const raw = (get(field) ?? '').trim().slice(0, 100);
    if (rule.kind === 'flag') {
      if (raw === 'true') choice[name] = !fallback;
      continue;
    }
    if (raw === '') continue;
    const value = (rule as { read: (raw: string) => unknown }).read(raw);
    if (value === undefined) problems[name] = { kind: 'invalid', value: raw };
    else choice[name] = value;
  }
  for (const name of FIELD_OPTIONS) {
    const row: { notBelow?: string; default?: unknown } = EMBED_OPTIONS[name];
    const floor = row.notBelow && choice[row.notBelow];
    const value = choice[name];
    if (typeof floor === 'number' && typeof value === 'number' && value < floor) {
      problems[name] = { kind: 'order' };
      choice[name] = row.default;
    }
  }
  return { choice: choice as SnippetChoice, problems };
}

/** Escapes text for an HTML attribute value in double quotes. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The /embed address parameters for a choice (the options the frame reads itself). */
export function embedQuery(choice: SnippetChoice): string {
  return optionQuery(choice).toString();
}

export type Snippets = { script: string; iframe: string; previewSrc: string };

/**
 * The script tag (auto-height, events), the plain iframe for platforms that forbid scripts,
 * and the preview's address on this site.
 */
export function buildSnippets(origin: string, choice: SnippetChoice, title: string): Snippets {
  const attributes = optionAttributes(choice)
    .map(([name, value]) => ` ${name}="${attribute(value)}"`)
    .join('');
  const script = `<script src="${attribute(`${origin}/embed.js`)}"${attributes} async></script>`;

  const query = embedQuery(choice);
  const path = query ? `/embed?${query}` : '/embed';
  const height = Math.min(
    Math.max(PLAIN_IFRAME_HEIGHT, choice.minHeight),
    choice.maxHeight ?? Infinity,
  );
  const iframe = `<iframe src="${attribute(origin + path)}" title="${attribute(title)}" width="100%" height="${height}" style="border: 0"></iframe>`;
  return { script, iframe, previewSrc: path };
}
