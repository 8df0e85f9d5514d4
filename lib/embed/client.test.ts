import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FLIP_BACK_WINDOW_MS,
  INITIAL_HEIGHT_TRACKER,
  createEmbedBridge,
  enqueueMessage,
  flushOrder,
  getEmbedBridge,
  isTargetableOrigin,
  nextHeightReport,
  type HeightTracker,
} from './client';
import { PROTOCOL, PROTOCOL_VERSION } from './protocol';

/** Feeds measurements through the tracker, returning what was reported. */
function run(measurements: [height: number, at: number][]) {
  let tracker: HeightTracker = INITIAL_HEIGHT_TRACKER;
  const reports: number[] = [];
  for (const [height, at] of measurements) {
    const next = nextHeightReport(tracker, height, at);
    tracker = next.tracker;
    if (next.report !== null) reports.push(next.report);
  }
  return reports;
}

describe('nextHeightReport', () => {
  it('reports the first height, rounded up', () => {
    expect(run([[480.2, 0]])).toEqual([481]);
  });

  it('skips repeats and changes of 1px or less', () => {
    expect(
      run([
        [480, 0],
        [480, 10],
        [481, 20],
        [479.4, 30],
        [480.6, 40],
      ]),
    ).toEqual([480]);
  });

  it('reports real changes both ways', () => {
    expect(
      run([
        [480, 0],
        [620, 2000],
        [300, 4000],
      ]),
    ).toEqual([480, 620, 300]);
  });

  it('holds the taller height when a shrink flips straight back', () => {
    const loop: [number, number][] = [
      [500, 0],
      [540, 16],
      [500, 32],
      [540, 48],
      [500, 64],
    ];

    expect(run(loop)).toEqual([500, 540]);
  });

  it('treats a flip back within 1px as a flip back', () => {
    expect(
      run([
        [500, 0],
        [540, 16],
        [499, 32],
      ]),
    ).toEqual([500, 540]);
  });

  it('always reports growth, even to a height seen recently', () => {
    expect(
      run([
        [500, 0],
        [300, 16],
        [500, 32],
      ]),
    ).toEqual([500, 300, 500]);
  });

  it('shrinks back once the earlier height is older than the window', () => {
    expect(
      run([
        [500, 0],
        [540, 16],
        [500, FLIP_BACK_WINDOW_MS + 1],
      ]),
    ).toEqual([500, 540, 500]);
  });

  it('ignores measurements that are not a height', () => {
    expect(
      run([
        [NaN, 0],
        [-5, 1],
        [Infinity, 2],
      ]),
    ).toEqual([]);
  });

  it('caps absurd heights', () => {
    expect(run([[1e9, 0]])).toEqual([100_000]);
  });
});

describe('isTargetableOrigin', () => {
  it.each(['https://help.example.com', 'http://localhost:3000'])('accepts %s', (origin) => {
    expect(isTargetableOrigin(origin)).toBe(true);
  });

  it.each(['null', '*', '', 'https://help.example.com/', 'help.example.com', 'https://a.com/x'])(
    'refuses %j',
    (origin) => {
      expect(isTargetableOrigin(origin)).toBe(false);
    },
  );
});

describe('the message queue', () => {
  it('keeps only the newest message of each type', () => {
    let queue = enqueueMessage([], { type: 'resize', height: 300 });
    queue = enqueueMessage(queue, { type: 'step', stateId: 'goal', progress: 0, answered: 0 });
    queue = enqueueMessage(queue, { type: 'resize', height: 400 });

    expect(queue).toEqual([
      { type: 'step', stateId: 'goal', progress: 0, answered: 0 },
      { type: 'resize', height: 400 },
    ]);
  });

  it('flushes ready first', () => {
    const queue = flushOrder([
      { type: 'resize', height: 300 },
      { type: 'ready', stateId: 'goal', progress: 0 },
      { type: 'navigate', token: 'goal=lost', stateId: 'platforms' },
    ]);

    expect(queue.map((message) => message.type)).toEqual(['ready', 'resize', 'navigate']);
  });
});

/** A stand-in for the iframe's window: enough of it for the handshake, no DOM needed. */
function fakeFrame() {
  const listeners = new Set<(event: MessageEvent) => void>();
  const parent = { postMessage: vi.fn() };
  const win = {
    parent,
    addEventListener: (_: string, listener: (event: MessageEvent) => void) =>
      listeners.add(listener),
    removeEventListener: (_: string, listener: (event: MessageEvent) => void) =>
      listeners.delete(listener),
  };
  const deliver = (
    data: unknown,
    origin = 'https://help.example.com',
    source: unknown = parent,
  ) => {
    for (const listener of [...listeners]) listener({ data, origin, source } as MessageEvent);
  };
  return { win: win as unknown as Window, parent, deliver, listeners };
}

const hello = { protocol: PROTOCOL, version: PROTOCOL_VERSION, type: 'hello', embedId: 'aw-1' };
const sent = (body: object) => ({
  protocol: PROTOCOL,
  version: PROTOCOL_VERSION,
  embedId: 'aw-1',
  ...body,
});

describe('createEmbedBridge', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('posts nothing before the handshake', () => {
    const { win, parent } = fakeFrame();
    const bridge = createEmbedBridge(win);

    bridge.post({ type: 'ready', stateId: 'goal', progress: 0 });

    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(bridge.connected).toBe(false);
  });

  it('flushes the queue to the hello origin, ready first, then posts directly', () => {
    const { win, parent, deliver } = fakeFrame();
    const bridge = createEmbedBridge(win);
    bridge.post({ type: 'resize', height: 480 });
    bridge.post({ type: 'ready', stateId: 'goal', progress: 0 });

    deliver(hello);
    bridge.post({ type: 'outcome', outcomeId: 'service-recovery', category: 'referral' });

    expect(bridge.connected).toBe(true);
    expect(parent.postMessage.mock.calls).toEqual([
      [sent({ type: 'ready', stateId: 'goal', progress: 0 }), 'https://help.example.com'],
      [sent({ type: 'resize', height: 480 }), 'https://help.example.com'],
      [
        sent({ type: 'outcome', outcomeId: 'service-recovery', category: 'referral' }),
        'https://help.example.com',
      ],
    ]);
  });

  it('ignores a hello from a window other than its parent', () => {
    const { win, parent, deliver } = fakeFrame();
    const bridge = createEmbedBridge(win);
    bridge.post({ type: 'resize', height: 480 });

    deliver(hello, 'https://evil.example', { postMessage: vi.fn() });

    expect(bridge.connected).toBe(false);
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it.each([
    ['an opaque origin', hello, 'null'],
    ['another protocol', { ...hello, protocol: 'x' }, 'https://help.example.com'],
    ['another version', { ...hello, version: 2 }, 'https://help.example.com'],
    ['an unknown type', { ...hello, type: 'hi' }, 'https://help.example.com'],
  ])('ignores a hello with %s', (_, data, origin) => {
    const { win, deliver } = fakeFrame();
    const bridge = createEmbedBridge(win);

    deliver(data, origin);

    expect(bridge.connected).toBe(false);
  });

  it('keeps the first host: a later hello cannot redirect messages', () => {
    const { win, parent, deliver } = fakeFrame();
    const bridge = createEmbedBridge(win);
    deliver(hello);

    deliver({ ...hello, embedId: 'aw-2' }, 'https://evil.example');
    bridge.post({ type: 'resize', height: 480 });

    expect(parent.postMessage).toHaveBeenCalledOnce();
    expect(parent.postMessage).toHaveBeenCalledWith(
      sent({ type: 'resize', height: 480 }),
      'https://help.example.com',
    );
  });

  it('refuses an invalid message with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { win, parent, deliver } = fakeFrame();
    const bridge = createEmbedBridge(win);
    deliver(hello);

    bridge.post({ type: 'step', stateId: 'goal', progress: 2, answered: 0 });

    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('does nothing in a window that is not framed', () => {
    const { win, deliver } = fakeFrame();
    (win as unknown as { parent: unknown }).parent = win;
    const bridge = createEmbedBridge(win);

    deliver(hello, 'https://help.example.com', win);

    expect(bridge.connected).toBe(false);
  });

  it('stops listening and posting after dispose', () => {
    const { win, parent, deliver, listeners } = fakeFrame();
    const bridge = createEmbedBridge(win);
    bridge.post({ type: 'resize', height: 480 });

    bridge.dispose();
    deliver(hello);

    expect(listeners.size).toBe(0);
    expect(parent.postMessage).not.toHaveBeenCalled();
  });
});

describe('onConnect', () => {
  it('calls back once the parent says hello, and at once when it already has', () => {
    const { win, deliver } = fakeFrame();
    const bridge = createEmbedBridge(win);
    const early = vi.fn();
    const late = vi.fn();
    bridge.onConnect(early);

    deliver(hello);
    deliver(hello);
    bridge.onConnect(late);

    expect(early).toHaveBeenCalledOnce();
    expect(late).toHaveBeenCalledOnce();
  });

  it('does not call back for a hello it ignores, or after unsubscribing', () => {
    const { win, deliver } = fakeFrame();
    const bridge = createEmbedBridge(win);
    const ignored = vi.fn();
    const unsubscribed = vi.fn();
    bridge.onConnect(ignored);
    bridge.onConnect(unsubscribed)();

    deliver(hello, 'https://evil.example', { postMessage: vi.fn() });
    expect(ignored).not.toHaveBeenCalled();
    deliver(hello);

    expect(ignored).toHaveBeenCalledOnce();
    expect(unsubscribed).not.toHaveBeenCalled();
  });
});

describe('onSummaryRequest', () => {
  const request = { ...hello, type: 'request-summary' };

  it('calls back for each request from the host that said hello', () => {
    const { win, deliver } = fakeFrame();
    const bridge = createEmbedBridge(win);
    const listener = vi.fn();
    bridge.onSummaryRequest(listener);
    deliver(hello);

    deliver(request);
    deliver(request);

    expect(listener).toHaveBeenCalledTimes(2);
  });

  const home = 'https://help.example.com';
  it.each([
    ['before hello', [], [request, home]],
    ['from another origin', [hello], [request, 'https://evil.example']],
    ['under another embed id', [hello], [{ ...request, embedId: 'aw-2' }, home]],
    ['from another window', [hello], [request, home, { postMessage: vi.fn() }]],
    ['of another shape', [hello], [{ ...request, format: 'html' }, home]],
  ] as const)('ignores a request %s', (_, before, [data, origin, source]) => {
    const { win, deliver } = fakeFrame();
    const bridge = createEmbedBridge(win);
    const listener = vi.fn();
    bridge.onSummaryRequest(listener);

    for (const message of before) deliver(message);
    deliver(data, origin, source);

    expect(listener).not.toHaveBeenCalled();
  });

  it('stops after unsubscribing or dispose', () => {
    const { win, deliver } = fakeFrame();
    const bridge = createEmbedBridge(win);
    const unsubscribed = vi.fn();
    const disposed = vi.fn();
    bridge.onSummaryRequest(unsubscribed)();
    bridge.onSummaryRequest(disposed);
    deliver(hello);

    bridge.dispose();
    deliver(request);

    expect(unsubscribed).not.toHaveBeenCalled();
    expect(disposed).not.toHaveBeenCalled();
  });
});

describe('getEmbedBridge', () => {
  it('hands every caller the same bridge, so a remounted component still hears the host', () => {
    const { win, deliver } = fakeFrame();
    const first = getEmbedBridge(win);
    deliver(hello);

    const second = getEmbedBridge(win);

    expect(second).toBe(first);
    expect(second.connected).toBe(true);
  });

  it('makes a new bridge once the old one is disposed', () => {
    const { win } = fakeFrame();
    const first = getEmbedBridge(win);

    first.dispose();

    expect(getEmbedBridge(win)).not.toBe(first);
  });
});

describe('observeHeight', () => {
  /** A frame whose observer and animation frames run only when the test says so. */
  function observableFrame() {
    const frame = fakeFrame();
    const observers: { fire: () => void; disconnected: boolean }[] = [];
    const frames = new Map<number, () => void>();
    let nextFrame = 1;
    let now = 0;
    Object.assign(frame.win, {
      ResizeObserver: class {
        record = { fire: () => {}, disconnected: false };
        constructor(callback: () => void) {
          this.record.fire = callback;
          observers.push(this.record);
        }
        observe() {}
        disconnect() {
          this.record.disconnected = true;
        }
      },
      requestAnimationFrame: (callback: () => void) => {
        frames.set(nextFrame, callback);
        return nextFrame++;
      },
      cancelAnimationFrame: (id: number) => frames.delete(id),
      performance: { now: () => now },
    });
    let height = 480;
    const element = { getBoundingClientRect: () => ({ height }) } as unknown as Element;
    return {
      ...frame,
      element,
      observers,
      setHeight: (value: number) => (height = value),
      advance: (ms: number) => (now += ms),
      runFrames: () => {
        const pending = [...frames.values()];
        frames.clear();
        for (const callback of pending) callback();
      },
    };
  }
  const heights = (calls: unknown[][]) =>
    calls.map(([message]) => (message as { height?: number }).height).filter(Boolean);

  it('reports the height at once, then at most once per animation frame', () => {
    const frame = observableFrame();
    const bridge = createEmbedBridge(frame.win);
    frame.deliver(hello);

    bridge.observeHeight(frame.element);
    frame.setHeight(600);
    frame.observers[0]!.fire();
    frame.setHeight(700);
    frame.observers[0]!.fire();
    frame.runFrames();

    expect(heights(frame.parent.postMessage.mock.calls)).toEqual([480, 700]);
  });

  it('does not follow a resize loop back down', () => {
    const frame = observableFrame();
    const bridge = createEmbedBridge(frame.win);
    frame.deliver(hello);
    bridge.observeHeight(frame.element);

    for (const height of [590, 480, 590, 480]) {
      frame.advance(16);
      frame.setHeight(height);
      frame.observers[0]!.fire();
      frame.runFrames();
    }

    expect(heights(frame.parent.postMessage.mock.calls)).toEqual([480, 590]);
  });

  it('follows the content back down after a step, however soon', () => {
    const frame = observableFrame();
    const bridge = createEmbedBridge(frame.win);
    frame.deliver(hello);
    bridge.observeHeight(frame.element);
    frame.setHeight(1400);
    frame.observers[0]!.fire();
    frame.runFrames();

    frame.advance(16);
    frame.setHeight(480);
    frame.observers[0]!.fire();
    frame.runFrames();
    bridge.contentChanged();
    frame.runFrames();

    expect(heights(frame.parent.postMessage.mock.calls)).toEqual([480, 1400, 480]);
  });

  it('measures again when told the content changed, even if the observer stays quiet', () => {
    const frame = observableFrame();
    const bridge = createEmbedBridge(frame.win);
    frame.deliver(hello);
    bridge.observeHeight(frame.element);
    frame.setHeight(700);

    bridge.contentChanged();
    frame.runFrames();

    expect(heights(frame.parent.postMessage.mock.calls)).toEqual([480, 700]);
  });

  it('does nothing on contentChanged once stopped', () => {
    const frame = observableFrame();
    const bridge = createEmbedBridge(frame.win);
    frame.deliver(hello);
    const stop = bridge.observeHeight(frame.element);
    stop();
    frame.setHeight(700);

    bridge.contentChanged();
    frame.runFrames();

    expect(heights(frame.parent.postMessage.mock.calls)).toEqual([480]);
  });

  it('stops observing, and drops a pending measurement, when stopped', () => {
    const frame = observableFrame();
    const bridge = createEmbedBridge(frame.win);
    frame.deliver(hello);
    const stop = bridge.observeHeight(frame.element);
    frame.setHeight(900);
    frame.observers[0]!.fire();

    stop();
    frame.runFrames();

    expect(frame.observers[0]!.disconnected).toBe(true);
    expect(heights(frame.parent.postMessage.mock.calls)).toEqual([480]);
  });
});
