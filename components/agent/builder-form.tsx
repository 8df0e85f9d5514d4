import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

type Props = {
  id: string;
  heading: string;
  hint?: string;
  submit: string;
  hidden?: { name: string; value: string };
  children: ReactNode;
};

/** One way to build a customer link: a plain GET form, so it works without JavaScript. */
export function BuilderForm({ id, heading, hint, submit, hidden, children }: Props) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {hint && <p className="mt-1 text-slate-600 dark:text-slate-400">{hint}</p>}
      <form method="get" action="/agent/build" className="mt-3 space-y-3">
        {hidden && <input type="hidden" name={hidden.name} value={hidden.value} />}
        {children}
        <Button type="submit">{submit}</Button>
      </form>
    </section>
  );
}

type SelectProps = {
  id: string;
  name: string;
  label: string;
  value?: string;
  /** The first option's empty value then does not count as a choice, even without JavaScript. */
  required?: boolean;
  groups: { label?: string; options: { value: string; label: string }[] }[];
};

export function BuilderSelect({ id, name, label, value, required, groups }: SelectProps) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        required={required}
        className="mt-1 min-h-12 w-full max-w-full rounded-md border-2 border-slate-400 bg-white px-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
      >
        {groups.map((group, i) =>
          group.label ? (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : (
            group.options.map((o) => (
              <option key={`${i}-${o.value}`} value={o.value}>
                {o.label}
              </option>
            ))
          ),
        )}
      </select>
    </div>
  );
}
