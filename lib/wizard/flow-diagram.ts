// Server only: the layout runs when /flow is built, and the page ships the finished SVG.
// The bundled build of elkjs needs no web worker; it must never be imported by a client file.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { EDGES, isOutcomeId, outcomeCategory, type Edge } from './flow';

export type NodeKind = 'question' | 'fix' | 'referral';

export type DiagramNode = {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
};

export type DiagramEdge = {
  id: string;
  from: string;
  to: string;
  /** SVG path data, orthogonal segments from ELK's routing. */
  d: string;
  label: { x: number; y: number; width: number; height: number; lines: string[] } | null;
};

export type Diagram = { width: number; height: number; nodes: DiagramNode[]; edges: DiagramEdge[] };

export type DiagramText = {
  /** A state's title: the question, or the outcome. */
  title: (id: string) => string;
  /** The words on one transition: the answer, and the condition if it has one. */
  edge: (edge: Edge) => string;
};

// Sizes are estimated from character counts: there is no browser to measure text in at build
// time. The estimates are generous so text never spills out of its box.
const NODE_WIDTH = 184;
const NODE_CHARS = 24;
const NODE_LINE = 16;
const LABEL_CHARS = 22;
const LABEL_LINE = 13;
const LABEL_CHAR_WIDTH = 6.2;
const PADDING = 12;

/** Breaks text into lines of at most `width` characters, on spaces; at most `max` lines. */
export function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.slice(0, width - 1)}…`;
  return kept;
}

/** Transitions between the same two states drawn as one arrow, their words joined. */
function mergedEdges(text: DiagramText) {
  const groups = new Map<string, { from: string; to: string; words: string[] }>();
  for (const edge of EDGES) {
    const key = `${edge.from}→${edge.to}`;
    const group = groups.get(key) ?? { from: edge.from, to: edge.to, words: [] };
    const words = text.edge(edge);
    if (!group.words.includes(words)) group.words.push(words);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function pathData(edge: ElkExtendedEdge): string {
  return (edge.sections ?? [])
    .map((s) =>
      [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]
        .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`)
        .join(' '),
    )
    .join(' ');
}

/** Lays out the whole machine with ELK's layered algorithm: top to bottom, orthogonal edges. */
export async function layoutFlow(
  states: readonly string[],
  text: DiagramText,
  extraOptions: Record<string, string> = {},
): Promise<Diagram> {
  const nodeLines = new Map(states.map((id) => [id, wrap(text.title(id), NODE_CHARS, 5)]));
  const edges = mergedEdges(text).filter((e) => nodeLines.has(e.from) && nodeLines.has(e.to));
  const edgeLines = edges.map((e) => wrap(e.words.join(' / '), LABEL_CHARS, 4));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.layered.spacing.edgeNodeBetweenLayers': '20',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.edgeLabel': '4',
      // Fewer crossings: let ELK reorder nodes freely, try harder, then swap neighbours
      // greedily; network simplex placement also keeps the map narrower.
      'elk.layered.considerModelOrder.strategy': 'NONE',
      'elk.layered.thoroughness': '200',
      'elk.layered.crossingMinimization.greedySwitch.type': 'TWO_SIDED',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
      ...extraOptions,
    },
    children: states.map((id) => ({
      id,
      width: NODE_WIDTH,
      height: nodeLines.get(id)!.length * NODE_LINE + PADDING * 1.5,
    })),
    edges: edges.map((e, i) => {
      const lines = edgeLines[i]!;
      return {
        id: `e${i}`,
        sources: [e.from],
        targets: [e.to],
        labels: [
          {
            text: lines.join(' '),
            width: Math.max(...lines.map((l) => l.length)) * LABEL_CHAR_WIDTH + 8,
            height: lines.length * LABEL_LINE + 4,
          },
        ],
      };
    }),
  };
  const laid = await new ELK().layout(graph);
  return {
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    nodes: (laid.children ?? []).map((n) => ({
      id: n.id,
      kind: isOutcomeId(n.id) ? outcomeCategory(n.id) : 'question',
      x: n.x ?? 0,
      y: n.y ?? 0,
      width: n.width ?? NODE_WIDTH,
      height: n.height ?? 0,
      lines: nodeLines.get(n.id) ?? [],
    })),
    edges: (laid.edges ?? []).map((e, i) => {
      const label = e.labels?.[0];
      return {
        id: e.id,
        from: edges[i]!.from,
        to: edges[i]!.to,
        d: pathData(e),
        label: label
          ? {
              x: label.x ?? 0,
              y: label.y ?? 0,
              width: label.width ?? 0,
              height: label.height ?? 0,
              lines: edgeLines[i]!,
            }
          : null,
      };
    }),
  };
}

type Segment = { x1: number; y1: number; x2: number; y2: number };

function segments(d: string): Segment[] {
  const points = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const starts = [...d.matchAll(/([ML])/g)].map((m) => m[1]);
  const result: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    if (starts[i] === 'M') continue;
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    result.push({ x1: x1!, y1: y1!, x2: x2!, y2: y2! });
  }
  return result;
}

/**
 * How many times two arrows cross: horizontal against vertical segments of different edges,
 * strictly inside both (ELK routes orthogonally, so that is every crossing that can be seen).
 */
export function countCrossings(diagram: Diagram): number {
  const all = diagram.edges.map((edge) => segments(edge.d));
  let crossings = 0;
  for (let a = 0; a < all.length; a++) {
    for (let b = a + 1; b < all.length; b++) {
      for (const s of all[a]!) {
        for (const t of all[b]!) {
          const [h, v] = s.y1 === s.y2 ? [s, t] : [t, s];
          if (h.y1 !== h.y2 || v.x1 !== v.x2) continue;
          const inH = v.x1 > Math.min(h.x1, h.x2) && v.x1 < Math.max(h.x1, h.x2);
          const inV = h.y1 > Math.min(v.y1, v.y2) && h.y1 < Math.max(v.y1, v.y2);
          if (inH && inV) crossings++;
        }
      }
    }
  }
  return crossings;
}
