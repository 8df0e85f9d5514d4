import { Button } from '@/components/ui/button';
import type { Ui } from '@/content';
import { fill } from '@/lib/text';

type Props = { ui: Ui; example: string; value?: string; headingLevel: 'h1' | 'h2' };

/** "Have a code from support?": a plain GET form to /code, so it works without JavaScript. */
export function CodeForm({ ui, example, value, headingLevel: Heading }: Props) {
  const t = ui.code;
  return (
    <form method="get" action="/code" aria-labelledby="code-heading">
      <Heading
        id="code-heading"
        className={Heading === 'h1' ? 'text-2xl font-bold sm:text-3xl' : 'text-xl font-bold'}
      >
        {Heading === 'h1' ? t.emptyTitle : t.heading}
      </Heading>
      <label htmlFor="code-input" className="mt-3 block font-semibold">
        {t.label}
      </label>
      <p id="code-input-hint" className="text-sm text-slate-600 dark:text-slate-400">
        {fill(t.hint, { example })}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="code-input"
          name="c"
          type="text"
          defaultValue={value}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby="code-input-hint"
          className="min-h-12 w-48 min-w-0 rounded-md border-2 border-slate-400 bg-white px-3 font-mono text-lg tracking-wider text-slate-900 uppercase dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        />
        <Button type="submit">{t.submit}</Button>
      </div>
    </form>
  );
}
