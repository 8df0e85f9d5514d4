/** Replaces {name} placeholders; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format;
}

/**
 * "2026-11-29" in the content's locale ("29 November 2026" in en-GB), the same on server and
 * client whatever their own locale and time zone.
 */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dateFormat(locale).format(new Date(Date.UTC(y, m - 1, d)));
}

type SourceFacts = {
  by: string;
  read?: string;
  savedCopy?: true;
  quotedBy?: string;
};
type SourceWords = {
  by: Readonly<Record<string, string>>;
  sourceRead: string;
  sourceReadCopy: string;
  sourceQuoted: string;
};

/** Who wrote a source and how we know what it says: "Apple · read 2 December 2026". */
export function sourceStanding(source: SourceFacts, words: SourceWords, locale: string): string {
  const by = words.by[source.by] ?? source.by;
  const how = source.read
    ? fill(source.savedCopy ? words.sourceReadCopy : words.sourceRead, {
        date: formatDate(source.read, locale),
      })
    : fill(words.sourceQuoted, { quotedBy: source.quotedBy ?? '' });
  return `${by} · ${how}`;
}
