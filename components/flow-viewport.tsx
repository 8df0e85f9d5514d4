'use client';

import {
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { useHydrated } from './browser/use-hydrated';

type Texts = { zoomIn: string; zoomOut: string; fit: string; hint: string; regionLabel: string };

type Props = {
  width: number;
  height: number;
  labelledBy: string;
  regionLabel: string;
  texts: Texts;
  children: ReactNode;
};

type View = { scale: number; x: number; y: number };

const MAX_SCALE = 1.5;
const STEP = 1.4;
const PAN = 60;

/** Keeps a view inside the map; a view wider than the map is centred on it. */
function clampAxis(start: number, size: number, total: number): number {
  if (size >= total) return (total - size) / 2;
  return Math.min(Math.max(start, 0), total - size);
}

const buttonClass =
  'min-h-11 rounded-md border-2 border-slate-300 bg-white px-3 font-medium hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800';

/**
 * The flow map as a viewport: fitted to the width at first (the box is as tall as the whole
 * map at that width, so nothing is hidden until you zoom), with zoom buttons, drag and
 * arrow keys to move, + and − to zoom, 0 to fit. Without JavaScript it stays a scroll box with
 * the map at full size (and the list below reads without it).
 */
export function FlowViewport({ width, height, labelledBy, regionLabel, texts, children }: Props) {
  const hydrated = useHydrated();
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const [view, setView] = useState<View | null>(null);
  const drag = useRef<{ x: number; y: number; view: View; moved: boolean; id: number } | null>(
    null,
  );

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ w: entry.contentRect.width, h: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hydrated]);

  const fit = size.w > 0 ? size.w / width : 1;
  const current: View = view ?? { scale: fit, x: 0, y: 0 };
  const viewW = size.w / current.scale || width;
  const viewH = size.h / current.scale || height;
  const x = clampAxis(current.x, viewW, width);
  const y = clampAxis(current.y, viewH, height);

  const show = (next: View) => setView(next);
  const zoom = (factor: number) => {
    const scale = Math.min(Math.max(current.scale * factor, fit), Math.max(MAX_SCALE, fit));
    const cx = x + viewW / 2;
    const cy = y + viewH / 2;
    show({ scale, x: cx - size.w / scale / 2, y: cy - size.h / scale / 2 });
  };
  const pan = (dx: number, dy: number) => show({ scale: current.scale, x: x + dx, y: y + dy });

  if (!hydrated) {
    return (
      <div
        role="region"
        aria-label={regionLabel}
        tabIndex={0}
        className="mt-2 max-h-[80vh] overflow-auto rounded-lg border border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"
      >
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-labelledby={labelledBy}
          className="block max-w-none font-sans"
        >
          {children}
        </svg>
      </div>
    );
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = PAN / current.scale;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => pan(-step, 0),
      ArrowRight: () => pan(step, 0),
      ArrowUp: () => pan(0, -step),
      ArrowDown: () => pan(0, step),
      '+': () => zoom(STEP),
      '=': () => zoom(STEP),
      '-': () => zoom(1 / STEP),
      '0': () => setView(null),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    drag.current = {
      x: event.clientX,
      y: event.clientY,
      view: { scale: current.scale, x, y },
      moved: false,
      id: event.pointerId,
    };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    // A short wobble is still a tap on a box's link; past that it is a drag.
    if (!start.moved && Math.hypot(dx, dy) < 6) return;
    if (!start.moved) {
      start.moved = true;
      event.currentTarget.setPointerCapture(start.id);
    }
    show({
      scale: start.view.scale,
      x: start.view.x - dx / start.view.scale,
      y: start.view.y - dy / start.view.scale,
    });
  };
  const onPointerUp = () => {
    const start = drag.current;
    // Let the click that ends a drag through only if there was no drag.
    if (start && !start.moved) drag.current = null;
  };
  // A box reached with Tab is brought to the middle of the view.
  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof SVGGraphicsElement) || !('getBBox' in target)) return;
    const b = target.getBBox();
    show({
      scale: current.scale,
      x: b.x + b.width / 2 - viewW / 2,
      y: b.y + b.height / 2 - viewH / 2,
    });
  };

  return (
    <>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass} onClick={() => zoom(STEP)}>
          {texts.zoomIn}
        </button>
        <button type="button" className={buttonClass} onClick={() => zoom(1 / STEP)}>
          {texts.zoomOut}
        </button>
        <button type="button" className={buttonClass} onClick={() => setView(null)}>
          {texts.fit}
        </button>
        <p className="text-sm text-slate-600 dark:text-slate-400">{texts.hint}</p>
      </div>
      <div
        ref={box}
        role="region"
        aria-label={texts.regionLabel}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
        onClickCapture={(event) => {
          if (drag.current?.moved) event.preventDefault();
          drag.current = null;
        }}
        onFocus={onFocus}
        style={{ height: `${Math.ceil(height * fit) + 2}px` }}
        className="mt-2 cursor-grab touch-none overflow-hidden rounded-lg border border-slate-300 bg-slate-50 select-none active:cursor-grabbing dark:border-slate-700 dark:bg-slate-950"
      >
        <svg
          width="100%"
          height="100%"
          viewBox={`${x.toFixed(1)} ${y.toFixed(1)} ${viewW.toFixed(1)} ${viewH.toFixed(1)}`}
          preserveAspectRatio="xMinYMin meet"
          aria-labelledby={labelledBy}
          className="block font-sans"
        >
          {children}
        </svg>
      </div>
    </>
  );
}
