import type { DayRow } from '@/lib/insights/report';

type Props = { id: string; title: string; days: DayRow[] };

const WIDTH = 400;
const HEIGHT = 140;
const BASE = 120;

/** Two columns a day (journeys started, results reached), drawn on the server. */
export function InsightsDayChart({ id, title, days }: Props) {
  const max = Math.max(1, ...days.map((d) => Math.max(d.started, d.results)));
  const slot = WIDTH / Math.max(1, days.length);
  const column = Math.max(1, slot / 2 - 1);
  const y = (value: number) => BASE - (value / max) * (BASE - 16);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full max-w-md text-slate-800 dark:text-slate-200"
    >
      <title id={`${id}-title`}>{title}</title>
      <text x={0} y={10} fontSize={11} className="fill-current">
        {max}
      </text>
      <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} className="stroke-current" strokeWidth={1} />
      {days.map((day, i) => (
        <g key={day.day} transform={`translate(${i * slot} 0)`}>
          <rect
            x={0}
            y={y(day.started)}
            width={column}
            height={BASE - y(day.started)}
            className="fill-teal-700 dark:fill-teal-400"
          />
          <rect
            x={column}
            y={y(day.results)}
            width={column}
            height={BASE - y(day.results)}
            className="fill-amber-600 dark:fill-amber-300"
          />
        </g>
      ))}
      <text x={0} y={HEIGHT - 4} fontSize={11} className="fill-current">
        {days[0]?.day}
      </text>
      <text x={WIDTH} y={HEIGHT - 4} fontSize={11} textAnchor="end" className="fill-current">
        {days.at(-1)?.day}
      </text>
    </svg>
  );
}
