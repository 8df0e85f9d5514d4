import { sanitizeAccent } from './embed-theme';

/**
 * The docs page's snippet builder: the integrator's choices, read from a form, and the HTML
 * they paste. Free of zod so the same code runs on the server (no JavaScript) and in the
 * browser (live updates). Values are checked here the way public/embed.js checks them.
 */

/** The height options public/embed.js accepts, in CSS pixels. */
export const HEIGHT_LIMITS = { min: 200, max: 10000 } as const;
/** A plain iframe cannot grow, so it starts this tall unless the limits say otherwise. */
const PLAIN_IFRAME_HEIGHT = 900;

export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The form's field names, which are also the parameters of the docs page's address. */
export const FIELDS = {
  start: 'start',
  accent: 'accent',
  theme: 'theme',
  compact: 'compact',
  noScroll: 'no-scroll',
  minHeight: 'min-height',
  maxHeight: 'max-height',
} as const;

export type SnippetChoice = {
  start: string | null;
  accent: string | null;
  theme: ThemeChoice;
  compact: boolean;
  /** Keep the host page still after each step (data-scroll="false"); the script only. */
  noScroll: boolean;
  minHeight: number | null;
  maxHeight: number | null;
};

export type ChoiceProblem = { kind: 'invalid'; value: string } | { kind: 'order' };
export type ChoiceProblems = Partial<
  Record<'start' | 'accent' | 'theme' | 'minHeight' | 'maxHeight', ChoiceProblem>
>;

function readHeight(raw: string): number | null | undefined {
  if (raw === '') return null;
  if (!/^\d{1,5}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= HEIGHT_LIMITS.min && value <= HEIGHT_LIMITS.max ? value : undefined;
}

/**
 * Reads the builder's fields. Empty means "not set"; a value that cannot be used is left
 * out of the choice and reported, with the text as typed, so the form can say what is wrong.
 */
export function readChoice(
  get: (name: string) => string | null | undefined,
  starts: readonly string[],
): { choice: SnippetChoice; problems: ChoiceProblems } {
  const text = (name: string) => (get(name) ?? '').trim().slice(0, 100);
  const problems: ChoiceProblems = {};
  const choice: SnippetChoice = {
    start: null,
    accent: null,
    theme: 'auto',
    compact: text(FIELDS.compact) === 'true',
    noScroll: text(FIELDS.noScroll) === 'true',
    minHeight: null,
    maxHeight: null,
  };

  const start = text(FIELDS.start);
  if (starts.includes(start)) choice.start = start;
  else if (start) problems.start = { kind: 'invalid', value: start };

  const accent = text(FIELDS.accent);
  if (accent) {
    choice.accent = sanitizeAccent(accent);
    if (!choice.accent) problems.accent = { kind: 'invalid', value: accent };
  }

  const theme = text(FIELDS.theme);
  const knownTheme = THEME_CHOICES.find((value) => value === theme);
  if (knownTheme) choice.theme = knownTheme;
  else if (theme) problems.theme = { kind: 'invalid', value: theme };

  for (const key of ['minHeight', 'maxHeight'] as const) {
    const raw = text(FIELDS[key]);
    const height = readHeight(raw);
    if (height === undefined) problems[key] = { kind: 'invalid', value: raw };
    else choice[key] = height;
  }
  if (choice.minHeight !== null && choice.maxHeight !== null) {
    if (choice.minHeight > choice.maxHeight) {
      problems.maxHeight = { kind: 'order' };
      choice.maxHeight = null;
    }
  }
  return { choice, problems };
}

/** Escapes text for an HTML attribute value in double quotes. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The /embed address parameters for a choice (the look and the start, not the heights). */
export function embedQuery(choice: SnippetChoice): string {
  const params = new URLSearchParams();
  if (choice.start) params.set('start', choice.start);
  if (choice.accent) params.set('accent', choice.accent.slice(1));
  if (choice.theme !== 'auto') params.set('theme', choice.theme);
  if (choice.compact) params.set('compact', 'true');
  return params.toString();
}

export type Snippets = { script: string; iframe: string; previewSrc: string };

/**
 * The script tag (auto-height, events), the plain iframe for platforms that forbid scripts,
 * and the preview's address on this site.
 */
export function buildSnippets(origin: string, choice: SnippetChoice, title: string): Snippets {
  const data: [string, string | number | null][] = [
    ['data-start', choice.start],
    ['data-accent', choice.accent],
    ['data-theme', choice.theme === 'auto' ? null : choice.theme],
    ['data-compact', choice.compact ? 'true' : null],
    ['data-scroll', choice.noScroll ? 'false' : null],
    ['data-min-height', choice.minHeight],
    ['data-max-height', choice.maxHeight],
  ];
  const attributes = data
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${attribute(String(value))}"`)
    .join('');
  const script = `<script src="${attribute(`${origin}/embed.js`)}"${attributes} async></script>`;

  const query = embedQuery(choice);
  const path = query ? `/embed?${query}` : '/embed';
  const height = Math.min(
    Math.max(PLAIN_IFRAME_HEIGHT, choice.minHeight ?? 0),
    choice.maxHeight ?? Infinity,
  );
  const iframe = `<iframe src="${attribute(origin + path)}" title="${attribute(title)}" width="100%" height="${height}" style="border: 0"></iframe>`;
  return { script, iframe, previewSrc: path };
}
