import { Button } from '@/components/ui/button';

type Props = {
  action: string;
  value: string;
  label: string;
  hint: string;
  submit: string;
};

/** The console's one field: a plain GET form, so it works without JavaScript. */
export function CaseForm({ action, value, label, hint, submit }: Props) {
  return (
    <form method="get" action={action} className="mt-6" role="search">
      <label htmlFor="case-input" className="block font-semibold">
        {label}
      </label>
      <p id="case-input-hint" className="text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="case-input"
          name="q"
          type="text"
          defaultValue={value}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="case-input-hint"
          className="min-h-12 min-w-0 flex-1 basis-64 rounded-md border-2 border-slate-400 bg-white px-3 font-mono text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        />
        <Button type="submit">{submit}</Button>
      </div>
    </form>
  );
}
