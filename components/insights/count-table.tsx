import type { ReactNode } from 'react';

const cell = 'border-b border-slate-200 px-2 py-1 align-top dark:border-slate-700';
const head = `${cell} font-semibold`;

export type CountColumn = { label: string; numeric?: boolean };
export type CountRow = { key: string; label: ReactNode; cells: ReactNode[] };

type Props = {
  caption: string;
  /** A visible caption names a table of its own; otherwise the section's heading does. */
  captionVisible?: boolean;
  /** The first column holds each row's label; the rest hold its counts. */
  columns: [CountColumn, ...CountColumn[]];
  rows: CountRow[];
  rowLabelWeight?: 'normal' | 'medium';
};

/** The numbers behind a chart, as a table a screen reader can walk. */
export function CountTable({ caption, captionVisible, columns, rows, rowLabelWeight }: Props) {
  const [first, ...rest] = columns;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className={captionVisible ? 'py-1 text-left font-semibold' : 'sr-only'}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={`${head} text-left`}>
            {first.label}
          </th>
          {rest.map((column) => (
            <th
              key={column.label}
              scope="col"
              className={`${head} ${column.numeric ? 'text-right' : 'text-left'}`}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th
              scope="row"
              className={`${cell} text-left ${rowLabelWeight === 'normal' ? 'font-normal' : 'font-medium'}`}
            >
              {row.label}
            </th>
            {row.cells.map((value, i) => (
              <td key={i} className={rest[i]?.numeric ? `${cell} text-right tabular-nums` : cell}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
