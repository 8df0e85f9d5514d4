export type Bar = {
  label: string;
  /** Stacked parts, left to right, each drawn in its own colour. */
  parts: { value: number; tone: 'strong' | 'soft' }[];
};

type Props = { id: string; title: string; bars: Bar[] };

const WIDTH = 400;
const ROW = 34;
const TONES = {
  strong: 'fill-teal-700 dark:fill-teal-400',
  soft: 'fill-amber-600 dark:fill-amber-300',
} as const;

const short = (text: string) => (text.length > 58 ? `${text.slice(0, 56)}…` : text);

/**
 * Horizontal bars drawn on the server: each row a label above its bar. The table next to it
 * holds the same numbers for reading; the chart names itself for screen readers.
 */
export function InsightsBarChart({ id, title, bars }: Props) {
  const max = Math.max(1, ...bars.map((bar) => bar.parts.reduce((sum, p) => sum + p.value, 0)));
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-md text-slate-800 dark:text-slate-200"
    >
      <title id={`${id}-title`}>{title}</title>
      {bars.map((bar, row) => {
        let x = 0;
        const total = bar.parts.reduce((sum, p) => sum + p.value, 0);
        return (
          <g key={`${bar.label}-${row}`} transform={`translate(0 ${row * ROW})`}>
            <text x={0} y={12} fontSize={12} className="fill-current">
              {short(bar.label)}
            </text>
            {bar.parts.map((part, i) => {
              const width = (part.value / max) * (WIDTH - 48);
              const rect = (
                <rect key={i} x={x} y={16} width={width} height={12} className={TONES[part.tone]} />
              );
              x += width;
              return rect;
            })}
            <text x={x + 4} y={27} fontSize={11} className="fill-current">
              {total}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
