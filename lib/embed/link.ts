import { URL_VERSION_PARAM } from '../wizard/answers-url';
import { isQuestionId } from '../wizard/flow';
import { EMBED_OPTION_NAMES, type EmbedOptions } from './protocol';
import { optionQuery } from './options';

/**
 * The /embed page's address. It holds two kinds of parameters side by side: the help desk's
 * options (the table's parameters) and the wizard's answers (v, goal, ...).
 */

export const EMBED_PATH = '/embed';

type RawParams = Record<string, string | string[] | undefined>;

function toParams(raw: RawParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(name, one);
    }
  }
  return params;
}

const isOption = (name: string) => (EMBED_OPTION_NAMES as readonly string[]).includes(name);

/**
 * The path every wizard link inside the frame starts from: /embed with the options that set
 * the look (`everyStep` in the table), so they survive each step, with or without JavaScript.
 * Defaults are left out; the others (`start`, `answers`) only choose the first step.
 */
export function embedBasePath(options: EmbedOptions): string {
  const query = optionQuery(options, { everyStep: true }).toString();
  return query ? `${EMBED_PATH}?${query}` : EMBED_PATH;
}

/**
 * Where to send a first visit that asks for a starting point (`start` or `answers`) but holds
 * no answers yet: the same address with those answers added, so the wizard, which reads its
 * answers from the address, opens at that step. Null when there is nothing to add. The
 * options stay in the address, so the page after the redirect warns about the same bad values.
 */
export function embedStartTarget(raw: RawParams, options: EmbedOptions, version: number) {
  const params = toParams(raw);
  if ([...params.keys()].some((name) => !isOption(name))) return null;
  let answers: URLSearchParams;
  if (options.answers !== undefined) answers = new URLSearchParams(options.answers);
  else if (options.start !== undefined)
    answers = new URLSearchParams({ [URL_VERSION_PARAM]: String(version), goal: options.start });
  else return null;
  // Only answers are added: a name such as "__proto__" would vanish from the next request's
  // parameters and the page would redirect to itself for ever.
  const added = [...answers].filter(([name]) => name === URL_VERSION_PARAM || isQuestionId(name));
  if (added.length === 0) return null;
  for (const [name, value] of added) params.append(name, value);
  return `${EMBED_PATH}?${params.toString()}`;
}

/** The answers part of the /embed address, as a searchParams record for `parseLink`. */
export function answerParams(raw: RawParams): RawParams {
  return Object.fromEntries(Object.entries(raw).filter(([name]) => !isOption(name)));
}
