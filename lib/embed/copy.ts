import { z } from 'zod';
import { embedText } from '../../content';
import { EMBED_OPTIONS, FIELD_OPTIONS, OPTION_NAMES, type FieldName } from './options';

/**
 * The embed's words for each option, checked against the options table: the snippet builder
 * needs, per field, the words its kind of control takes, and the docs table a row per option.
 * A missing, extra or misshapen one throws when this module loads, so it fails the build (the
 * docs page is built once), not a visit.
 */
const text = z.string().min(2);
const cell = z.strictObject({ values: text, effect: text });

/** The same schema for each of the table's names, so a missing or unknown one fails. */
function keyed<K extends string, S extends z.ZodType>(names: readonly K[], schema: (name: K) => S) {
  return z.strictObject(
    Object.fromEntries(names.map((name) => [name, schema(name)])) as Record<K, S>,
  );
}

export type FieldCopy = {
  label: string;
  none?: string;
  choices?: Record<string, string>;
  hint?: string;
  invalid?: string;
  placeholder?: string;
  order?: string;
};

function fieldCopy(name: FieldName): z.ZodType<FieldCopy> {
  const row: { notBelow?: string; default?: unknown } = EMBED_OPTIONS[name];
  const { rule } = EMBED_OPTIONS[name];
  if (rule.kind === 'flag') return z.strictObject({ label: text });
  if (rule.kind === 'choice') {
    const values = rule.values ?? [];
    return row.default === undefined
      ? z.strictObject({ label: text, none: text })
      : z.strictObject({ label: text, choices: keyed(values, () => text) });
  }
  const input = { label: text, hint: text, invalid: text, placeholder: text.optional() };
  return row.notBelow ? z.strictObject({ ...input, order: text }) : z.strictObject(input);
}

const schema = z.strictObject({
  fields: keyed(FIELD_OPTIONS, fieldCopy),
  rows: keyed(OPTION_NAMES, () => cell),
});

/** The builder's and the docs table's words, parsed against the table (throws when off). */
export function checkOptionCopy(copy: { fields: unknown; rows: unknown }) {
  return schema.parse(copy);
}

const checked = checkOptionCopy({
  fields: embedText.docs.builder.fields,
  rows: embedText.docs.options.rows,
});

/** The builder's words, each field's checked against its row of the table. */
export const builderText = { ...embedText.docs.builder, fields: checked.fields };
export type BuilderText = typeof builderText;

/** The docs table's words, one row per option. */
export const optionsText = { ...embedText.docs.options, rows: checked.rows };
export type OptionsText = typeof optionsText;
