import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import type { BuilderText } from '@/lib/embed/copy';
import { EMBED_OPTIONS, FIELD_OPTIONS, type FieldName } from '@/lib/embed/options';
import type { ChoiceProblems } from '@/lib/embed/snippet';
import { fill } from '@/lib/text';

type Props = {
  initial: Record<string, string>;
  /** The values of each choice the builder offers, with the words a person reads. */
  choices: Partial<Record<FieldName, { value: string; label: string }[]>>;
  problems: ChoiceProblems;
  text: BuilderText;
  onChange: (event: FormEvent<HTMLFormElement>) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

const input =
  'mt-1 min-h-12 w-full max-w-xs rounded-md border-2 border-slate-400 bg-white px-3 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';
const hintClass = 'text-sm text-slate-600 dark:text-slate-400';
const errorClass = 'mt-1 font-semibold text-red-700 dark:text-red-300';
const box = 'h-5 w-5 shrink-0 accent-[var(--accent)]';

/**
 * The builder's fields, one per option of the table that has a field, each drawn by the kind
 * of its rule: a plain GET form back to this page, so it works without JavaScript.
 */
export function SnippetForm({ initial, choices, problems, text, onChange, onSubmit }: Props) {
  return (
    <form
      method="get"
      action="/embed/docs#builder"
      noValidate
      onChange={onChange}
      onSubmit={onSubmit}
      className="mt-4 space-y-5 rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      {FIELD_OPTIONS.map((name) => (
        <Field
          key={name}
          name={name}
          initial={initial[EMBED_OPTIONS[name].field] ?? ''}
          choices={choices[name] ?? []}
          problem={problems[name]}
          copy={text.fields[name]}
        />
      ))}

      <Button type="submit">{text.submit}</Button>
    </form>
  );
}

type FieldProps = {
  name: FieldName;
  initial: string;
  choices: { value: string; label: string }[];
  problem: ChoiceProblems[FieldName];
  copy: BuilderText['fields'][FieldName];
};

function Field({ name, initial, choices, problem, copy }: FieldProps) {
  const { field, rule, default: fallback } = EMBED_OPTIONS[name];
  const id = `builder-${field}`;

  if (rule.kind === 'flag') {
    return (
      <p>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name={field}
            value="true"
            defaultChecked={initial === 'true'}
            className={box}
          />
          {copy.label}
        </label>
      </p>
    );
  }

  if (rule.kind === 'choice' && fallback !== undefined) {
    const checked = choices.some((c) => c.value === initial) ? initial : String(fallback);
    return (
      <fieldset>
        <legend className="font-semibold">{copy.label}</legend>
        {choices.map((c) => (
          <label key={c.value} className="mt-1 flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name={field}
              value={c.value}
              defaultChecked={checked === c.value}
              className={box}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    );
  }

  if (rule.kind === 'choice') {
    return (
      <p>
        <label htmlFor={id} className="block font-semibold">
          {copy.label}
        </label>
        <select
          id={id}
          name={field}
          defaultValue={choices.some((c) => c.value === initial) ? initial : ''}
          className={input}
        >
          <option value="">{copy.none}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </p>
    );
  }

  const limits = rule.limits ?? {};
  const error = !problem
    ? null
    : problem.kind === 'order'
      ? (copy.order ?? null)
      : fill(copy.invalid ?? '', { value: problem.value, ...limits });
  return (
    <p>
      <label htmlFor={id} className="block font-semibold">
        {copy.label}
      </label>
      <span id={`${id}-hint`} className={`block ${hintClass}`}>
        {fill(copy.hint ?? '', limits)}
      </span>
      {error && (
        <span id={`${id}-error`} className={`block ${errorClass}`}>
          {error}
        </span>
      )}
      <input
        id={id}
        name={field}
        type="text"
        inputMode={rule.kind === 'number' ? 'numeric' : undefined}
        autoComplete="off"
        spellCheck={rule.kind === 'number' ? undefined : false}
        placeholder={copy.placeholder}
        defaultValue={initial}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        className={input}
      />
    </p>
  );
}
