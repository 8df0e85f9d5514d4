import {
  MAX_REPORTED_HEIGHT,
  PROTOCOL,
  PROTOCOL_VERSION,
  parseHostMessage,
  parseWizardMessage,
  type WizardMessage,
  type WizardMessageBody,
} from './protocol';

/** Height changes this small are sub-pixel rounding, not content; reporting them can loop. */
export const HEIGHT_TOLERANCE_PX = 1;
/** A shrink back to a height reported this recently is a resize loop, not the content. */
export const FLIP_BACK_WINDOW_MS = 1000;

export type HeightTracker = {
  readonly last: number | null;
  readonly recent: readonly { readonly height: number; readonly at: number }[];
};
export const INITIAL_HEIGHT_TRACKER: HeightTracker = { last: null, recent: [] };

/**
 * Decides whether a measured height is worth telling the host. Rounds up (a cut-off half
 * pixel shows as a clipped border), skips repeats and changes of 1px or less, and refuses to
 * shrink back to a height reported under a second ago: when the host's new iframe height
 * changes the content's height (vh units, media queries), that is how an endless
 * grow-shrink loop starts. Growth is always reported, so content is never clipped; the cost
 * of the rule is, at worst, some white space until the content next changes.
 */
export function nextHeightReport(
  tracker: HeightTracker,
  measured: number,
  now: number,
): { report: number | null; tracker: HeightTracker } {
  if (!Number.isFinite(measured) || measured < 0) return { report: null, tracker };
  const height = Math.min(Math.ceil(measured), MAX_REPORTED_HEIGHT);
  const recent = tracker.recent.filter((entry) => now - entry.at <= FLIP_BACK_WINDOW_MS);
  const { last } = tracker;
  const isNoise = last !== null && Math.abs(height - last) <= HEIGHT_TOLERANCE_PX;
  const isFlipBack =
    last !== null &&
    height < last &&
    recent.some((entry) => Math.abs(entry.height - height) <= HEIGHT_TOLERANCE_PX);
  if (isNoise || isFlipBack) return { report: null, tracker: { last, recent } };
  return { report: height, tracker: { last: height, recent: [...recent, { height, at: now }] } };
}

/**
 * Whether the bridge may post to this origin. `event.origin` is "null" for sandboxed or
 * file: hosts; the only way to reach those is "*", which this protocol never uses.
 */
export function isTargetableOrigin(origin: string): boolean {
  if (origin === 'null') return false;
  try {
    return new URL(origin).origin === origin;
  } catch {
    return false;
  }
}

/** Keeps one message of each type, the newest: only the latest state matters to the host. */
export function enqueueMessage(
  queue: readonly WizardMessageBody[],
  message: WizardMessageBody,
): WizardMessageBody[] {
  return [...queue.filter((queued) => queued.type !== message.type), message];
}

/** Queued messages in sending order: `ready` first, as the host expects, then as queued. */
export function flushOrder(queue: readonly WizardMessageBody[]): WizardMessageBody[] {
  const rank = (message: WizardMessageBody) => (message.type === 'ready' ? 0 : 1);
  return [...queue].sort((a, b) => rank(a) - rank(b));
}

export type EmbedBridge = {
  /** Sends to the host's origin; before the handshake, holds the newest of each type. */
  post(message: WizardMessageBody): void;
  /** Reports the element's height as `resize`; one element at a time. Returns a stop function. */
  observeHeight(element: Element): () => void;
  /**
   * Says the content itself changed (a new step), so the next height is the content's even if
   * it shrinks back to a height reported a moment ago: a person going Back is not a loop.
   */
  contentChanged(): void;
  /** Calls the listener once the host has said hello (at once if it already has). */
  onConnect(listener: () => void): () => void;
  /** Calls the listener each time the connected host sends `request-summary`. */
  onSummaryRequest(listener: () => void): () => void;
  dispose(): void;
  readonly connected: boolean;
  readonly disposed: boolean;
};

type Host = { origin: string; embedId: string; window: Window };
type BrowserWindow = Window & typeof globalThis;

function toMessage(body: WizardMessageBody, embedId: string): WizardMessage | null {
  return parseWizardMessage({ ...body, protocol: PROTOCOL, version: PROTOCOL_VERSION, embedId });
}

/**
 * The wizard's side of the protocol. Posts nothing until the parent frame says `hello`; from
 * then on posts only to the origin that hello came from, never to "*". A hello from any other
 * window (a sibling frame, an opener) is ignored, so no other page can claim the wizard.
 */
export function createEmbedBridge(win: Window): EmbedBridge {
  const browser = win as BrowserWindow;
  let host: Host | null = null;
  let queue: WizardMessageBody[] = [];
  let disposed = false;
  let stopObserving: () => void = () => {};
  let remeasure: () => void = () => {};
  const connectListeners = new Set<() => void>();
  const requestListeners = new Set<() => void>();

  function send(target: Host, body: WizardMessageBody) {
    const message = toMessage(body, target.embedId);
    if (message) target.window.postMessage(message, target.origin);
  }

  function onMessage(event: MessageEvent) {
    if (disposed) return;
    const parent = win.parent;
    if (!parent || parent === win || event.source !== parent) return;
    const message = parseHostMessage(event.data);
    if (!message) return;
    if (host) {
      // Only the page that said hello, at its origin and under its embed id, may ask.
      if (event.origin !== host.origin || message.embedId !== host.embedId) return;
      if (message.type === 'request-summary')
        for (const listener of [...requestListeners]) listener();
      return;
    }
    if (message.type !== 'hello' || !isTargetableOrigin(event.origin)) return;
    host = { origin: event.origin, embedId: message.embedId, window: parent };
    const pending = flushOrder(queue);
    queue = [];
    for (const body of pending) send(host, body);
    for (const listener of [...connectListeners]) listener();
    connectListeners.clear();
  }

  win.addEventListener('message', onMessage);

  function post(body: WizardMessageBody) {
    if (disposed) return;
    if (!toMessage(body, host?.embedId ?? 'pending')) {
      console.warn('[authenticator-wizard] not sent: invalid message', body);
      return;
    }
    if (host) send(host, body);
    else queue = enqueueMessage(queue, body);
  }

  function observeHeight(element: Element): () => void {
    stopObserving();
    const { ResizeObserver, requestAnimationFrame, cancelAnimationFrame } = browser;
    if (
      disposed ||
      typeof ResizeObserver !== 'function' ||
      typeof requestAnimationFrame !== 'function'
    ) {
      return () => {};
    }
    let tracker = INITIAL_HEIGHT_TRACKER;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const measured = element.getBoundingClientRect().height;
      const next = nextHeightReport(tracker, measured, browser.performance.now());
      tracker = next.tracker;
      if (next.report !== null) post({ type: 'resize', height: next.report });
    };
    // At most one measurement per animation frame, however often the observer fires.
    const observer = new ResizeObserver(() => {
      if (!frame) frame = requestAnimationFrame.call(browser, measure);
    });
    observer.observe(element);
    remeasure = () => {
      tracker = { last: tracker.last, recent: [] };
      if (!frame) frame = requestAnimationFrame.call(browser, measure);
    };
    // Chrome runs neither observers nor animation frames in a cross-origin frame below the
    // fold, so the first height is measured now: the host can size the frame before it shows.
    measure();
    const stop = () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame.call(browser, frame);
      frame = 0;
      if (stopObserving === stop) {
        stopObserving = () => {};
        remeasure = () => {};
      }
    };
    stopObserving = stop;
    return stop;
  }

  function onConnect(listener: () => void): () => void {
    if (disposed) return () => {};
    if (host) {
      listener();
      return () => {};
    }
    connectListeners.add(listener);
    return () => connectListeners.delete(listener);
  }

  function onSummaryRequest(listener: () => void): () => void {
    if (disposed) return () => {};
    requestListeners.add(listener);
    return () => requestListeners.delete(listener);
  }

  function dispose() {
    disposed = true;
    queue = [];
    connectListeners.clear();
    requestListeners.clear();
    stopObserving();
    win.removeEventListener('message', onMessage);
  }

  return {
    post,
    observeHeight,
    contentChanged: () => remeasure(),
    onConnect,
    onSummaryRequest,
    dispose,
    get connected() {
      return host !== null && !disposed;
    },
    get disposed() {
      return disposed;
    },
  };
}

const bridges = new WeakMap<Window, EmbedBridge>();

/**
 * The page's one bridge, made on first use. The host says hello once per page load, so a
 * bridge made later (a remounted component) would wait forever: components share this one
 * and stop only their own `observeHeight`.
 */
export function getEmbedBridge(win: Window): EmbedBridge {
  const existing = bridges.get(win);
  if (existing && !existing.disposed) return existing;
  const bridge = createEmbedBridge(win);
  bridges.set(win, bridge);
  return bridge;
}
