import type { Diagram, NodeKind } from '@/lib/wizard/flow-diagram';
import { edgeKey, pathEdgeKeys } from '@/lib/wizard/flow-path';
import { FlowViewport } from './flow-viewport';

type Props = {
  diagram: Diagram;
  hrefOf: (id: string) => string;
  /** The full title of each box, as its link's name: the drawn text may be wrapped or cut. */
  titleOf: (id: string) => string;
  caption: string;
  /** The states of the path to draw in bold (the step the map was opened from last). */
  path?: readonly string[] | null;
  controls: { zoomIn: string; zoomOut: string; fit: string; hint: string; regionLabel: string };
};

const nodeClass: Record<NodeKind, string> = {
  question: 'fill-white stroke-slate-500 dark:fill-slate-900 dark:stroke-slate-400',
  fix: 'fill-emerald-50 stroke-emerald-700 dark:fill-emerald-950 dark:stroke-emerald-400',
  referral: 'fill-amber-50 stroke-amber-700 dark:fill-amber-950 dark:stroke-amber-400',
};

const arrow = { plain: 'flow-arrow', path: 'flow-arrow-path' };

/**
 * The checklist as an SVG drawn from ELK's layout; every box links to its page. A path, when
 * given, is drawn in the accent colour and thicker, the rest of the arrows faded, and its last
 * box is marked as the current location.
 */
export function FlowDiagramView({ diagram, hrefOf, titleOf, caption, path, controls }: Props) {
  const onPath = new Set(path ?? []);
  const pathEdges = pathEdgeKeys(path ?? []);
  const current = path?.at(-1);
  const here = diagram.nodes.find((node) => node.id === current);
  const edgeClass = (on: boolean) =>
    on
      ? 'fill-none stroke-accent'
      : `fill-none stroke-slate-500 dark:stroke-slate-400 ${path ? 'opacity-40' : ''}`;
  return (
    <figure className="relative left-1/2 mt-6 w-[min(calc(100vw_-_3rem),100rem)] -translate-x-1/2">
      <figcaption id="flow-caption" className="text-sm text-slate-600 dark:text-slate-400">
        {caption}
      </figcaption>
      <FlowViewport
        width={diagram.width}
        height={diagram.height}
        labelledBy="flow-caption"
        texts={controls}
        focus={here ? { x: here.x + here.width / 2, y: here.y + here.height / 2 } : null}
      >
        <defs>
          <marker
            id={arrow.plain}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0 L10 5 L0 10 z" className="fill-slate-500 dark:fill-slate-400" />
          </marker>
          <marker
            id={arrow.path}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="4"
            markerHeight="4"
            orient="auto-start-reverse"
          >
            <path d="M0 0 L10 5 L0 10 z" className="fill-accent" />
          </marker>
        </defs>
        {diagram.edges.map((edge) => {
          const on = pathEdges.has(edgeKey(edge.from, edge.to));
          return (
            <path
              key={edge.id}
              d={edge.d}
              data-from={edge.from}
              data-to={edge.to}
              data-on-path={on || undefined}
              markerEnd={`url(#${on ? arrow.path : arrow.plain})`}
              className={edgeClass(on)}
              strokeWidth={on ? 4 : 1.5}
            />
          );
        })}
        {diagram.edges.map(({ id, label }) =>
          label ? (
            <g key={`${id}-label`} aria-hidden="true">
              <rect
                x={label.x}
                y={label.y}
                width={label.width}
                height={label.height}
                rx={3}
                className="fill-slate-50 dark:fill-slate-950"
              />
              <BoxText
                box={label}
                top={12}
                step={13}
                className="fill-slate-700 text-[11px] dark:fill-slate-300"
              />
            </g>
          ) : null,
        )}
        {diagram.nodes.map((node) => (
          <a
            key={node.id}
            href={hrefOf(node.id)}
            aria-label={titleOf(node.id)}
            aria-current={node.id === current ? 'location' : undefined}
            data-state={node.id}
            data-on-path={onPath.has(node.id) || undefined}
            className="group"
          >
            <rect
              x={node.x}
              y={node.y}
              width={node.width}
              height={node.height}
              rx={node.kind === 'question' ? 6 : 14}
              strokeWidth={
                onPath.has(node.id)
                  ? node.id === current
                    ? 8
                    : 5
                  : node.kind === 'question'
                    ? 1.5
                    : 2.5
              }
              className={`${nodeClass[node.kind]} ${onPath.has(node.id) ? 'stroke-accent!' : ''} group-hover:stroke-accent group-focus-visible:stroke-accent group-focus-visible:stroke-[4px]`}
            />
            <BoxText
              box={node}
              top={20}
              step={16}
              className="fill-slate-900 text-[13px] group-hover:underline dark:fill-slate-100"
            />
          </a>
        ))}
      </FlowViewport>
    </figure>
  );
}

type Box = { x: number; y: number; width: number; lines: readonly string[] };

/** A box's wrapped lines of SVG text, centred across it, the first `top` pixels down. */
function BoxText({
  box,
  top,
  step,
  className,
}: {
  box: Box;
  top: number;
  step: number;
  className: string;
}) {
  const x = box.x + box.width / 2;
  return (
    <text x={x} y={box.y + top} textAnchor="middle" className={className}>
      {box.lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : step}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
