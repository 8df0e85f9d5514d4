import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import type { Question } from '@/content';
import { TICKED_SUFFIX } from '@/lib/wizard/answers-url';

type Props = {
  id: string;
  checklist: NonNullable<Question['checklist']>;
  /** The machine's order of the items: the first one left unticked is the answer. */
  items: readonly string[];
  formAction: string;
  carried: { name: string; value: string }[];
  onTicked?: (ticked: string[], event: FormEvent<HTMLFormElement>) => void;
};

/**
 * A checklist question as one plain GET form: tick what is on, then continue. Without
 * JavaScript the ticked items travel as `<id>.on` and the server picks the first one missing.
 */
export function ChecklistForm({ id, checklist, items, formAction, carried, onTicked }: Props) {
  const name = `${id}${TICKED_SUFFIX}`;
  return (
    <form
      method="get"
      action={formAction}
      className="mt-5"
      onSubmit={(e) => {
        const ticked = new FormData(e.currentTarget).getAll(name).map(String).filter(Boolean);
        onTicked?.(ticked, e);
      }}
    >
      {carried.map((field) => (
        <input key={field.name} type="hidden" name={field.name} value={field.value} />
      ))}
      <input type="hidden" name={name} value="" />
      <fieldset>
        <legend className="font-semibold">{checklist.legend}</legend>
        <ul className="mt-3 space-y-3">
          {items.map((item) => {
            const entry = checklist.items[item];
            const inputId = `${id}-${item}`;
            return (
              <li key={item}>
                <label
                  htmlFor={inputId}
                  className="flex min-h-12 cursor-pointer gap-3 rounded-lg border-2 border-slate-300 bg-white px-4 py-3 hover:border-accent dark:border-slate-600 dark:bg-slate-900"
                >
                  <input
                    id={inputId}
                    type="checkbox"
                    name={name}
                    value={item}
                    aria-describedby={entry?.hint ? `${inputId}-hint` : undefined}
                    className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
                  />
                  <span>
                    <span className="block font-medium text-slate-900 dark:text-slate-100">
                      {entry?.label ?? item}
                    </span>
                    {entry?.hint && (
                      <span
                        id={`${inputId}-hint`}
                        className="mt-0.5 block text-sm text-slate-600 dark:text-slate-400"
                      >
                        {entry.hint}
                      </span>
                    )}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <Button type="submit" className="mt-5">
        {checklist.submit}
      </Button>
    </form>
  );
}
