import type { FormEvent } from 'react';
import type { EmbedText } from '@/content';
import { FIELDS, THEME_CHOICES, type ChoiceProblems } from '@/lib/embed-snippet';
import { fill } from '@/lib/text';

type Props = {
  initial: Record<string, string>;
  starts: { value: string; label: string }[];
  problems: ChoiceProblems;
  limits: { min: number; max: number };
  text: EmbedText['docs']['builder'];
  onChange: (event: FormEvent<HTMLFormElement>) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

const input =
  'mt-1 min-h-12 w-full max-w-xs rounded-md border-2 border-slate-400 bg-white px-3 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';
const hintClass = 'text-sm text-slate-600 dark:text-slate-400';
const errorClass = 'mt-1 font-semibold text-red-700 dark:text-red-300';

/** The builder's fields: a plain GET form back to this page, so it works without JavaScript. */
export function SnippetForm({
  initial,
  starts,
  problems,
  limits,
  text,
  onChange,
  onSubmit,
}: Props) {
  const field = (name: string) => initial[name] ?? '';
  const heightError = (key: 'minHeight' | 'maxHeight') => {
    const problem = problems[key];
    if (!problem) return null;
    return problem.kind === 'order'
      ? text.heightOrder
      : fill(text.heightInvalid, { value: problem.value, ...limits });
  };
  const accentError = problems.accent?.kind === 'invalid' ? problems.accent.value : null;

  return (
    <form
      method="get"
      action="/embed/docs#builder"
      noValidate
      onChange={onChange}
      onSubmit={onSubmit}
      className="mt-4 space-y-5 rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <p>
        <label htmlFor="builder-start" className="block font-semibold">
          {text.start.label}
        </label>
        <select
          id="builder-start"
          name={FIELDS.start}
          defaultValue={
            starts.some((s) => s.value === field(FIELDS.start)) ? field(FIELDS.start) : ''
          }
          className={input}
        >
          <option value="">{text.start.none}</option>
          {starts.map((start) => (
            <option key={start.value} value={start.value}>
              {start.label}
            </option>
          ))}
        </select>
      </p>

      <p>
        <label htmlFor="builder-accent" className="block font-semibold">
          {text.accent.label}
        </label>
        <span id="builder-accent-hint" className={`block ${hintClass}`}>
          {text.accent.hint}
        </span>
        {accentError !== null && (
          <span id="builder-accent-error" className={`block ${errorClass}`}>
            {fill(text.accent.invalid, { value: accentError })}
          </span>
        )}
        <input
          id="builder-accent"
          name={FIELDS.accent}
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder="#0f766e"
          defaultValue={field(FIELDS.accent)}
          aria-invalid={accentError !== null ? true : undefined}
          aria-describedby={
            accentError !== null
              ? 'builder-accent-hint builder-accent-error'
              : 'builder-accent-hint'
          }
          className={input}
        />
      </p>

      <fieldset>
        <legend className="font-semibold">{text.theme.legend}</legend>
        {THEME_CHOICES.map((theme) => (
          <label key={theme} className="mt-1 flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name={FIELDS.theme}
              value={theme}
              defaultChecked={(field(FIELDS.theme) || 'auto') === theme}
              className="h-5 w-5 shrink-0 accent-[var(--accent)]"
            />
            {text.theme[theme]}
          </label>
        ))}
      </fieldset>

      <p>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name={FIELDS.compact}
            value="true"
            defaultChecked={field(FIELDS.compact) === 'true'}
            className="h-5 w-5 shrink-0 accent-[var(--accent)]"
          />
          {text.compact.label}
        </label>
      </p>

      <p>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name={FIELDS.noScroll}
            value="true"
            defaultChecked={field(FIELDS.noScroll) === 'true'}
            className="h-5 w-5 shrink-0 accent-[var(--accent)]"
          />
          {text.noScroll.label}
        </label>
      </p>

      {(['minHeight', 'maxHeight'] as const).map((key) => {
        const id = `builder-${FIELDS[key]}`;
        const error = heightError(key);
        return (
          <p key={key}>
            <label htmlFor={id} className="block font-semibold">
              {text[key].label}
            </label>
            <span id={`${id}-hint`} className={`block ${hintClass}`}>
              {fill(text.heightHint, limits)}
            </span>
            {error && (
              <span id={`${id}-error`} className={`block ${errorClass}`}>
                {error}
              </span>
            )}
            <input
              id={id}
              name={FIELDS[key]}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={field(FIELDS[key])}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
              className={input}
            />
          </p>
        );
      })}

      <button
        type="submit"
        className="min-h-12 rounded-md bg-accent px-5 font-semibold text-[var(--accent-contrast)] hover:bg-accent-strong"
      >
        {text.submit}
      </button>
    </form>
  );
}
