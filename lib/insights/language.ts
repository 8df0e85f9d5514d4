import { z } from 'zod';

/**
 * The languages counted by name: the primary subtag of the browser's first choice, from a
 * fixed list (the most used languages on the web and of the help desks that embed the
 * checklist). Anything else, and a missing or unreadable header, is "other": nothing more
 * of the header is kept.
 */
export const LANGUAGES = [
  'ar', 'bn', 'cs', 'da', 'de', 'el', 'en', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id',
  'it', 'ja', 'ko', 'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sv', 'th', 'tr', 'uk', 'vi',
  'zh',
] as const; // prettier-ignore
export const OTHER_LANGUAGE = 'other';
export type Language = (typeof LANGUAGES)[number] | typeof OTHER_LANGUAGE;

/** Norwegian is tagged three ways; all are counted as "no". */
const SAME_AS: Record<string, Language> = { nb: 'no', nn: 'no' };

/** A header far longer than any browser sends is not read at all. */
const MAX_HEADER = 500;

/** One entry of Accept-Language (RFC 9110): a language range and an optional weight. */
const entrySchema = z.object({
  range: z
    .string()
    .regex(/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/i)
    .transform((range) => range.toLowerCase()),
  weight: z.coerce.number().min(0).max(1),
});

function entries(header: string) {
  return header.split(',').flatMap((part, index) => {
    const [range = '', ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => /^q=/i.test(p));
    const parsed = entrySchema.safeParse({ range, weight: q ? q.slice(2) : '1' });
    return parsed.success && parsed.data.weight > 0 ? [{ ...parsed.data, index }] : [];
  });
}

/** The primary language of an Accept-Language header: its most wanted entry's primary subtag. */
export function primaryLanguage(header: string | null | undefined): Language {
  if (!header || header.length > MAX_HEADER) return OTHER_LANGUAGE;
  const [best] = entries(header).sort((a, b) => b.weight - a.weight || a.index - b.index);
  const primary = best?.range.split('-')[0] ?? '';
  const known = SAME_AS[primary] ?? primary;
  return (LANGUAGES as readonly string[]).includes(known) ? (known as Language) : OTHER_LANGUAGE;
}
