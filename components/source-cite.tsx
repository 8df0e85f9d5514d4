import type { Source, Ui } from '@/content';
import { fill, formatDate } from '@/lib/text';

/** The sources behind one step or note, as small links with who wrote them and when checked. */
type Props = { ids: readonly string[]; sources: Record<string, Source>; ui: Ui };

export function SourceCite({ ids, sources, ui }: Props) {
  const found = ids.map((id) => ({ id, src: sources[id] })).filter((s) => s.src);
  if (found.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-sm text-slate-600 dark:text-slate-400">
      {found.map(({ id, src }) =>
        src ? (
          <li key={id}>
            <a
              href={src.url}
              rel="noopener noreferrer"
              className="text-accent-strong underline decoration-1 underline-offset-2 dark:text-accent"
            >
              {src.title}
            </a>{' '}
            <span>
              ({ui.outcome.kind[src.kind]},{' '}
              {fill(ui.outcome.sourceChecked, { date: formatDate(src.verified) })})
            </span>
          </li>
        ) : null,
      )}
    </ul>
  );
}
