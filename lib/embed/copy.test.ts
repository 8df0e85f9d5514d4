import { describe, expect, it } from 'vitest';
import { embedText } from '../../content';
import { checkOptionCopy } from './copy';
import { EMBED_OPTIONS, FIELD_OPTIONS, OPTION_NAMES } from './options';

const fields = embedText.docs.builder.fields;
const rows = embedText.docs.options.rows;

describe('the embed’s words for its options', () => {
  it('are there for every option of the table, and only those', () => {
    expect(() => checkOptionCopy({ fields, rows })).not.toThrow();
    for (const name of FIELD_OPTIONS) {
      const { [name]: _gone, ...rest } = fields;
      void _gone;
      expect(() => checkOptionCopy({ fields: rest, rows }), name).toThrow();
    }
    for (const name of OPTION_NAMES) {
      const { [name]: _gone, ...rest } = rows;
      void _gone;
      expect(() => checkOptionCopy({ fields, rows: rest }), name).toThrow();
    }
    expect(() => checkOptionCopy({ fields, rows: { ...rows, unknown: rows.start } })).toThrow();
  });

  it('name every choice of a choice the builder offers as radio buttons', () => {
    const withChoices = FIELD_OPTIONS.filter((name) => fields[name]?.choices);
    expect(withChoices.length).toBeGreaterThan(0);
    for (const name of withChoices) {
      const values = EMBED_OPTIONS[name].rule.values ?? [];
      const choices = { ...fields[name]!.choices };
      delete choices[values[0]!];
      const broken = { ...fields, [name]: { ...fields[name], choices } };
      expect(() => checkOptionCopy({ fields: broken, rows }), name).toThrow();
    }
  });
});
