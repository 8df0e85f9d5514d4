'use client';

import {
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { useHydrated } from '@/components/browser/use-hydrated';
import { Button } from '@/components/ui/button';

type Texts = { zoomIn: string; zoomOut: string; fit: string; hint: string; regionLabel: string };

type Props = {
  width: number;
  height: number;
  labelledBy: string;
  texts: Texts;
  children: ReactNode;
};

type View = { scale: number; x: number; y: number };
type Point = { x: number; y: number };
type Gesture =
  | { kind: 'drag'; start: Point; view: View; moved: boolean; id: number }
  | { kind: 'pinch'; distance: number; middle: Point; view: View };

const MAX_SCALE = 1.5;
const STEP = 1.4;
const PAN = 60;
/** A short wobble is still a tap on a box's link; past that it is a drag. */
const TAP_SLOP = 6;
/**
 * Below this scale a box's words are a few pixels tall, and a finger covers several boxes: a
 * tap there zooms in to `TAP_SCALE` around it instead of opening whichever box it landed on.
 */
const READABLE_SCALE = 0.6;
const TAP_SCALE = 0.8;

/** Keeps a view inside the map; a view wider than the map is centred on it. */
function clampAxis(start: number, size: number, total: number): number {
  if (size >= total) return (total - size) / 2;
  return Math.min(Math.max(start, 0), total - size);
}

const middleOf = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** The zoom buttons sit over the map's edge, so they are filled. */
const tool = {
  variant: 'secondary',
  size: 'compact',
  className: 'bg-white dark:bg-slate-900',
} as const;

/**
 * The flow map as a viewport, fitted to the width at first (the box is as tall as the whole
 * map at that width, so nothing is hidden until you zoom). A pinch, a tap while the words are
 * too small to read, a double click and Ctrl + wheel zoom around the point under the finger or
 * pointer; the buttons and + and − zoom towards the step the map was opened from (else around
 * the middle); drag and arrow keys move; 0 fits.
 * While fitted, a vertical swipe over the map scrolls the page (`touch-action: pan-y`); only
 * once zoomed in does a one-finger drag move the map instead. A plain wheel always scrolls the
 * page. Without JavaScript the same fitted map is drawn, and the list below reads without it.
 */
export function FlowViewport({ width, height, labelledBy, texts, children }: Props) {
  const hydrated = useHydrated();
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const [view, setView] = useState<View | null>(null);
  const pointers = useRef(new Map<number, Point>());
  const gesture = useRef<Gesture | null>(null);
  const suppressClick = useRef(false);
  const lastPointer = useRef('mouse');
  const onWheel = useRef<(event: WheelEvent) => void>(() => {});

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ w: entry.contentRect.width, h: entry.contentRect.height });
    });
    observer.observe(element);
    // Not passive, so Ctrl + wheel (and a trackpad's pinch, sent as one) can zoom the map
    // instead of the page; React's own wheel listener cannot cancel.
    const wheel = (event: WheelEvent) => onWheel.current(event);
    element.addEventListener('wheel', wheel, { passive: false });
    return () => {
      observer.disconnect();
      element.removeEventListener('wheel', wheel);
    };
  }, [hydrated]);

  const fit = size.w > 0 ? size.w / width : 1;
  const maxScale = Math.max(MAX_SCALE, fit);
  const clamp = (next: View): View => {
    const scale = Math.min(Math.max(next.scale, fit), maxScale);
    return {
      scale,
      x: clampAxis(next.x, size.w / scale || width, width),
      y: clampAxis(next.y, size.h / scale || height, height),
    };
  };
  const current = clamp(view ?? { scale: fit, x: 0, y: 0 });
  const zoomed = current.scale > fit * 1.001;
  const viewW = size.w / current.scale || width;
  const viewH = size.h / current.scale || height;

  const show = (next: View) => setView(clamp(next));
  /** A point of the screen, in pixels from the map box's top left corner. */
  const inBox = (clientX: number, clientY: number): Point => {
    const element = box.current;
    if (!element) return { x: 0, y: 0 };
    const rect = element.getBoundingClientRect();
    return {
      x: clientX - rect.left - element.clientLeft,
      y: clientY - rect.top - element.clientTop,
    };
  };
  /** The view at `scale` that keeps the map point under `at` (box pixels, in `from`) under `to`. */
  const around = (from: View, at: Point, scale: number, to: Point = at): View => {
    const next = Math.min(Math.max(scale, fit), maxScale);
    return {
      scale: next,
      x: from.x + at.x / from.scale - to.x / next,
      y: from.y + at.y / from.scale - to.y / next,
    };
  };
  const zoom = (factor: number) => {
    // From the fitted map, towards the step it was opened from (its box, drawn by the path
    // overlay), else around the middle of the view.
    const here = box.current?.querySelector('[data-path-current]');
    const b = here instanceof SVGGraphicsElement && !zoomed ? here.getBBox() : null;
    const anchor = b
      ? {
          x: (b.x + b.width / 2 - current.x) * current.scale,
          y: (b.y + b.height / 2 - current.y) * current.scale,
        }
      : { x: size.w / 2, y: size.h / 2 };
    show(around(current, anchor, current.scale * factor));
  };
  const pan = (dx: number, dy: number) =>
    show({ scale: current.scale, x: current.x + dx, y: current.y + dy });

  // Kept current after every render, for the wheel listener added once above.
  useEffect(() => {
    onWheel.current = (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const at = inBox(event.clientX, event.clientY);
      show(around(current, at, current.scale * Math.exp(-event.deltaY / 200)));
    };
  });

  if (!hydrated) {
    return (
      <div className="mt-2 rounded-lg border border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-950">
        <svg
          width="100%"
          viewBox={`0 0 ${width} ${height}`}
          aria-labelledby={labelledBy}
          className="block h-auto font-sans"
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

  const startGesture = () => {
    const points = [...pointers.current.entries()];
    const [first, second] = points;
    if (first && second) {
      gesture.current = {
        kind: 'pinch',
        distance: Math.max(1, Math.hypot(first[1].x - second[1].x, first[1].y - second[1].y)),
        middle: inBox(...xy(middleOf(first[1], second[1]))),
        view: current,
      };
    } else if (first) {
      // The finger left over from a pinch drags; lifting it is not a tap.
      const moved = gesture.current?.kind === 'pinch';
      gesture.current = { kind: 'drag', start: first[1], view: current, moved, id: first[0] };
    } else gesture.current = null;
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    lastPointer.current = event.pointerType;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.current.size === 1) suppressClick.current = false;
    // A second finger turns a drag into a pinch; taking both keeps their moves coming here.
    if (pointers.current.size === 2) {
      for (const id of pointers.current.keys()) event.currentTarget.setPointerCapture(id);
      suppressClick.current = true;
    }
    startGesture();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!pointers.current.has(event.pointerId)) return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const now = gesture.current;
    if (now?.kind === 'pinch') {
      const [a, b] = [...pointers.current.values()];
      if (!a || !b) return;
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      const middle = inBox(...xy(middleOf(a, b)));
      show(around(now.view, now.middle, (now.view.scale * distance) / now.distance, middle));
      return;
    }
    if (now?.kind !== 'drag' || now.id !== event.pointerId) return;
    const dx = event.clientX - now.start.x;
    const dy = event.clientY - now.start.y;
    if (!now.moved && Math.hypot(dx, dy) < TAP_SLOP) return;
    if (!now.moved) {
      now.moved = true;
      suppressClick.current = true;
      event.currentTarget.setPointerCapture(now.id);
    }
    show({
      scale: now.view.scale,
      x: now.view.x - dx / now.view.scale,
      y: now.view.y - dy / now.view.scale,
    });
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const now = gesture.current;
    const tapped = now?.kind === 'drag' && !now.moved && event.pointerType !== 'mouse';
    pointers.current.delete(event.pointerId);
    startGesture();
    if (tapped) tap(event);
  };
  const tap = (event: PointerEvent<HTMLDivElement>) => {
    if (current.scale >= READABLE_SCALE) return;
    show(around(current, inBox(event.clientX, event.clientY), TAP_SCALE));
    // The tap zoomed: it does not also open the box under it.
    suppressClick.current = true;
  };
  // A mouse's double click zooms in where it points; a finger's taps are read above.
  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (lastPointer.current !== 'mouse') return;
    show(around(current, inBox(event.clientX, event.clientY), current.scale * STEP * STEP));
  };
  const onPointerCancel = (event: PointerEvent<HTMLDivElement>) => {
    // The browser took the touch to scroll the page (a swipe while fitted).
    pointers.current.delete(event.pointerId);
    startGesture();
  };
  // A box reached with Tab is brought to the middle of the view; not one focused by a tap or
  // click, which would move the map away from under the finger.
  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof SVGGraphicsElement) || !('getBBox' in target)) return;
    if (!target.matches(':focus-visible')) return;
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
        <Button type="button" {...tool} onClick={() => zoom(STEP)}>
          {texts.zoomIn}
        </Button>
        <Button type="button" {...tool} onClick={() => zoom(1 / STEP)}>
          {texts.zoomOut}
        </Button>
        <Button type="button" {...tool} onClick={() => setView(null)}>
          {texts.fit}
        </Button>
        <p className="text-sm text-slate-600 dark:text-slate-400">{texts.hint}</p>
      </div>
      <div
        ref={box}
        role="region"
        aria-label={texts.regionLabel}
        tabIndex={0}
        data-zoomed={zoomed ? 'true' : 'false'}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onDoubleClick={onDoubleClick}
        onClickCapture={(event) => {
          if (suppressClick.current) event.preventDefault();
          suppressClick.current = false;
        }}
        onFocus={onFocus}
        style={{ height: `${Math.ceil(height * fit) + 2}px` }}
        className={`mt-2 overflow-hidden rounded-lg border border-slate-300 bg-slate-50 select-none dark:border-slate-700 dark:bg-slate-950 ${
          zoomed ? 'cursor-grab touch-none active:cursor-grabbing' : 'touch-pan-y'
        }`}
      >
        <svg
          width="100%"
          height="100%"
          viewBox={`${current.x.toFixed(1)} ${current.y.toFixed(1)} ${viewW.toFixed(1)} ${viewH.toFixed(1)}`}
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

const xy = (point: Point): [number, number] => [point.x, point.y];
