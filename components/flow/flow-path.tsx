'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { currentSearch, subscribeToAddress } from '@/components/browser/address-store';
import { TextLink } from '@/components/ui/text-link';
import { fill } from '@/lib/text';
import { edgeKey, flowPathOf, pathEdgeKeys } from '@/lib/wizard/flow-path';
import { hrefFor } from '@/lib/wizard/step-model';
import { ArrowMarker } from './arrow-marker';

/**
 * The path of the step the map was opened from, read from the address (`/flow?v=<version>&goal=…`).
 * The map itself is laid out once, at build time (the layout takes seconds), so the path is
 * drawn over it here, in the browser; without JavaScript the map is shown without it.
 */
function useFlowPath(version: number) {
  const search = useSyncExternalStore(subscribeToAddress, currentSearch, () => '');
  return useMemo(() => flowPathOf(search, version), [search, version]);
}

type NoteTexts = { pathIntro: string; pathBack: string; pathUnread: string; pathNone: string };

/** Above the map: where the drawn path ends, a way back to that step, or why there is none. */
export function FlowPathNote({
  version,
  titles,
  texts,
}: {
  version: number;
  titles: Record<string, string>;
  texts: NoteTexts;
}) {
  const { path, unread } = useFlowPath(version);
  if (!path && !unread) return null;
  return (
    <div className="mt-4 rounded-lg border-l-4 border-accent bg-slate-100 p-3 dark:bg-slate-900">
      {path && (
        <p>
          {fill(texts.pathIntro, { title: titles[path.current] ?? path.current })}{' '}
          <TextLink href={hrefFor('/check', path.answers, version)} weight="medium">
            {texts.pathBack}
          </TextLink>
        </p>
      )}
      {unread && <p className={path ? 'mt-2' : ''}>{path ? texts.pathUnread : texts.pathNone}</p>}
    </div>
  );
}

type Box = { id: string; x: number; y: number; width: number; height: number };
type Arrow = { from: string; to: string; d: string };

/**
 * Drawn on top of the map, inside its SVG: the path's arrows and boxes in the accent colour,
 * thick, the last box thicker still. It takes no taps, so the boxes' links stay usable.
 */
export function FlowPathOverlay({
  version,
  nodes,
  edges,
}: {
  version: number;
  nodes: Box[];
  edges: Arrow[];
}) {
  const { path } = useFlowPath(version);
  if (!path) return null;
  const onPath = new Set(path.states);
  const arrows = pathEdgeKeys(path.states);
  return (
    <g aria-hidden="true" className="pointer-events-none" data-path={path.current}>
      <defs>
        <ArrowMarker id="flow-arrow-path" size={4} className="fill-accent" />
      </defs>
      {edges
        .filter((edge) => arrows.has(edgeKey(edge.from, edge.to)))
        .map((edge) => (
          <path
            key={edgeKey(edge.from, edge.to)}
            d={edge.d}
            data-path-from={edge.from}
            data-path-to={edge.to}
            markerEnd="url(#flow-arrow-path)"
            className="fill-none stroke-accent"
            strokeWidth={5}
          />
        ))}
      {nodes
        .filter((node) => onPath.has(node.id))
        .map((node) => (
          <rect
            key={node.id}
            data-path-state={node.id}
            data-path-current={node.id === path.current || undefined}
            x={node.x - 3}
            y={node.y - 3}
            width={node.width + 6}
            height={node.height + 6}
            rx={8}
            className="fill-none stroke-accent"
            strokeWidth={node.id === path.current ? 10 : 6}
          />
        ))}
    </g>
  );
}
