import type { Diagram, NodeKind } from '@/lib/wizard/flow-diagram';
import { ArrowMarker } from './arrow-marker';
import { FlowPathOverlay } from './flow-path';
import { FlowViewport } from './flow-viewport';

type Props = {
  diagram: Diagram;
  hrefOf: (id: string) => string;
  /** The full title of each box, as its link's name: the drawn text may be wrapped or cut. */
  titleOf: (id: string) => string;
  caption: string;
  /** The content version, to read the path of a step's link in the address. */
  version: number;
  controls: { zoomIn: string; zoomOut: string; fit: string; hint: string; regionLabel: string };
};

const nodeClass: Record<NodeKind, string> = {
  question: 'fill-white stroke-slate-500 dark:fill-slate-900 dark:stroke-slate-400',
  fix: 'fill-emerald-50 stroke-emerald-700 dark:fill-emerald-950 dark:stroke-emerald-400',
  referral: 'fill-amber-50 stroke-amber-700 dark:fill-amber-950 dark:stroke-amber-400',
};

/**
 * The checklist as an SVG drawn from ELK's layout; every box links to its page. Opened from a
 * step, that step's path is drawn over it in the browser.
 */
export function FlowDiagramView({ diagram, hrefOf, titleOf, caption, version, controls }: Props) {
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
      >
        <defs>
          <ArrowMarker id="flow-arrow" size={7} className="fill-slate-500 dark:fill-slate-400" />
        </defs>
        {diagram.edges.map((edge) => (
          <path
            key={edge.id}
            d={edge.d}
            data-from={edge.from}
            data-to={edge.to}
            markerEnd="url(#flow-arrow)"
            className="fill-none stroke-slate-500 dark:stroke-slate-400"
            strokeWidth={1.5}
          />
        ))}
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
            data-state={node.id}
            className="group"
          >
            <rect
              x={node.x}
              y={node.y}
              width={node.width}
              height={node.height}
              rx={node.kind === 'question' ? 6 : 14}
              strokeWidth={node.kind === 'question' ? 1.5 : 2.5}
              className={`${nodeClass[node.kind]} group-hover:stroke-accent group-focus-visible:stroke-accent group-focus-visible:stroke-[4px]`}
            />
            <BoxText
              box={node}
              top={20}
              step={16}
              className="fill-slate-900 text-[13px] group-hover:underline dark:fill-slate-100"
            />
          </a>
        ))}
        <FlowPathOverlay
          version={version}
          nodes={diagram.nodes.map(({ id, x, y, width, height }) => ({ id, x, y, width, height }))}
          edges={diagram.edges.map(({ from, to, d }) => ({ from, to, d }))}
        />
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
