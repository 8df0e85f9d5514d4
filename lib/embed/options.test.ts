import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { embedText, ui } from '../../content';
import { answerValues } from '../wizard/flow';
import {
  EMBED_OPTIONS,
  FIELD_OPTIONS,
  OPTION_NAMES,
  START_SITUATIONS,
  optionAttributes,
  readOption,
  type EmbedOptionName,
} from './options';
import { PROTOCOL, PROTOCOL_VERSION, parseEmbedOptions } from './protocol';
import { buildSnippets, readChoice } from './snippet';

/**
 * Sample texts for every option, chosen at the edges of its rule. Each is given to the real
 * `public/embed.js` (as a data- attribute), to the /embed page's reader (as a parameter) and
 * to the table's rule: all three must accept or refuse it alike. A new option needs a line here.
 */
const SAMPLES: Record<EmbedOptionName, { accept: string[]; refuse: string[] }> = {
  start: {
    // Every situation the machine's first question offers, not the table's own list.
    accept: answerValues('goal'),
    refuse: ['stolen', 'Restore', 'goal', ''],
  },
  answers: {
    accept: [
      'goal=restore&platforms=ios-ios',
      'v=2&app-version=Version+6.8.33%C2%A0',
      'a'.repeat(1000),
      ' goal=lost ',
    ],
    refuse: ['goal=restore platforms', '<script>', 'goal=restore#top', 'a'.repeat(1001), ''],
  },
  accent: {
    accept: ['#0f766e', '#ABC', '0f766e', 'fff', ' #0F766E '],
    refuse: ['red', '#12345', '#1234567', '#ggg', 'url(x)', '#fff;color:red', '#', '##fff', ''],
  },
  theme: { accept: ['light', 'dark', 'auto'], refuse: ['sepia', 'Dark', ''] },
  compact: { accept: ['true', 'false'], refuse: ['yes', '1', 'TRUE'] },
  minHeight: {
    accept: ['200', '480', '10000', '0300'],
    refuse: ['199', '10001', '12.5', '5', 'abc', '-300', '1e3', ''],
  },
  maxHeight: { accept: ['200', '1200', '10000'], refuse: ['100', '10001', '900px', ''] },
  scroll: { accept: ['true', 'false'], refuse: ['no', 'off', ''] },
  title: {
    accept: ['Help', 'x'.repeat(200), 'Restore <b>your</b> codes'],
    refuse: ['x'.repeat(201), 'two\nlines', ''],
  },
  callback: { accept: ['onWizard', '$cb', '_x1'], refuse: ['1x', 'a.b', 'alert()', ''] },
  // The loader can tell whether a selector names an element; the fake page holds #help.
  target: { accept: ['#help'], refuse: [''] },
};

const ORIGIN = 'https://checklist.example.org';
const loaderSource = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');

class FakeElement {
  attributes = new Map<string, string>();
  parentNode: FakeElement | null = null;
  placed: FakeElement | null = null;
  events: { type: string }[] = [];
  scrolled = 0;
  isConnected = true;
  contentWindow = { postMessage: () => undefined };
  top = 0;
  constructor(attributes: Record<string, string> = {}) {
    for (const [name, value] of Object.entries(attributes)) this.attributes.set(name, value);
  }
  get src() {
    return this.attributes.get('src') ?? '';
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  setAttribute(name: string, value: unknown) {
    this.attributes.set(name, String(value));
  }
  addEventListener() {}
  removeEventListener() {}
  closest() {
    return null;
  }
  after(element: FakeElement) {
    this.placed = element;
  }
  appendChild(element: FakeElement) {
    this.placed = element;
  }
  dispatchEvent(event: { type: string }) {
    this.events.push(event);
  }
  getBoundingClientRect() {
    return { top: this.top };
  }
  scrollIntoView() {
    this.scrolled += 1;
  }
}

/** Runs public/embed.js in a small fake page, with a script tag carrying these attributes. */
function runLoader(attributes: Record<string, string>) {
  const warnings: string[] = [];
  const listeners: Record<string, (event: unknown) => void> = {};
  const host = new FakeElement();
  const help = new FakeElement();
  const script = new FakeElement({ src: `${ORIGIN}/embed.js`, ...attributes });
  script.parentNode = host;
  const link = {
    origin: '',
    set href(value: string) {
      this.origin = new URL(value).origin;
    },
  };
  const document = {
    currentScript: script,
    readyState: 'complete',
    createElement: (tag: string) => (tag === 'a' ? link : new FakeElement()),
    querySelector: (selector: string) => (selector === '#help' ? help : null),
    querySelectorAll: () => [],
    contains: () => true,
    addEventListener: () => undefined,
  };
  const context: Record<string, unknown> = {
    document,
    console: { warn: (message: string) => warnings.push(message) },
    URLSearchParams,
    MutationObserver: class {
      observe() {}
      disconnect() {}
    },
    CustomEvent: class {
      constructor(
        public type: string,
        public init: unknown,
      ) {}
    },
    Element: FakeElement,
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      listeners[type] = listener;
    },
    removeEventListener: () => undefined,
    setInterval: () => 0,
    clearInterval: () => undefined,
  };
  context.window = context;
  vm.runInNewContext(loaderSource, context);
  const frame = script.placed ?? help.placed;
  const embedId = script.getAttribute(`data-${PROTOCOL}-id`);
  /** A message from the wizard inside the frame. */
  const send = (body: Record<string, unknown>) =>
    listeners.message?.({
      origin: ORIGIN,
      source: frame?.contentWindow,
      data: { protocol: PROTOCOL, version: PROTOCOL_VERSION, embedId, ...body },
    });
  const warned = (attribute: string) =>
    warnings.some((w) => w.startsWith(`[${PROTOCOL}] ignored ${attribute}=`));
  const query = new URL(frame?.src ?? '', ORIGIN).searchParams;
  return { warnings, warned, frame, help, query, send, context };
}

const cases = OPTION_NAMES.flatMap((name) => [
  ...SAMPLES[name].accept.map((value) => [name, value, true] as const),
  ...SAMPLES[name].refuse.map((value) => [name, value, false] as const),
]);

describe('the table', () => {
  it.each(cases)('%s: its rule takes %j: %s', (name, value, accepted) => {
    expect(readOption(name, value) !== undefined).toBe(accepted);
  });

  it('starts only at situations the machine offers, and at each of them', () => {
    expect([...START_SITUATIONS].sort()).toEqual(answerValues('goal').sort());
  });

  it('has a default, if any, that its own rule accepts', () => {
    for (const name of OPTION_NAMES) {
      const row: { default?: unknown } = EMBED_OPTIONS[name];
      if (row.default === undefined) continue;
      const rule = EMBED_OPTIONS[name].rule as { write(v: unknown): string };
      expect(readOption(name, rule.write(row.default)), name).toEqual(row.default);
    }
  });

  it('names each option by an attribute the loader can derive from its name', () => {
    for (const name of OPTION_NAMES) {
      const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      expect(EMBED_OPTIONS[name].attribute).toBe(`data-${kebab}`);
    }
  });

  it('has a description in the docs for every option, and a form label for every field', () => {
    expect(Object.keys(embedText.docs.options.rows).sort()).toEqual([...OPTION_NAMES].sort());
    expect(Object.keys(embedText.docs.builder.fields).sort()).toEqual([...FIELD_OPTIONS].sort());
  });
});

describe('public/embed.js against the table', () => {
  it.each(cases)('%s=%j: accepted %s', (name, value, accepted) => {
    const { attribute, parameter } = EMBED_OPTIONS[name];
    const run = runLoader({ [attribute]: value });

    if (name === 'target') {
      expect(run.help.placed !== null).toBe(accepted);
      return;
    }
    expect(run.warned(attribute)).toBe(!accepted);
    if (!parameter) return;
    // What the loader passes on, the page reads the same way, without a warning.
    expect(run.query.has(parameter.name)).toBe(accepted);
    if (!accepted) return;
    const page = parseEmbedOptions({ [parameter.name]: run.query.get(parameter.name)! });
    expect(page.warnings).toEqual([]);
    expect(page.options[name as 'accent']).toEqual(readOption(name, value));
  });

  it('the page refuses, with a warning naming it, what the loader refuses', () => {
    for (const name of OPTION_NAMES) {
      const { parameter } = EMBED_OPTIONS[name];
      if (!parameter) continue;
      for (const value of SAMPLES[name].refuse) {
        const { warnings } = parseEmbedOptions({ [parameter.name]: value });
        expect(warnings, `${name}=${value}`).toEqual([
          expect.stringMatching(new RegExp(`^ignored ${parameter.name}=`)),
        ]);
      }
    }
  });

  it('passes on exactly the options that have a parameter', () => {
    const attributes = Object.fromEntries(
      OPTION_NAMES.filter((name) => name !== 'answers').map((name) => [
        EMBED_OPTIONS[name].attribute,
        SAMPLES[name].accept[0]!,
      ]),
    );

    const { query } = runLoader(attributes);

    expect([...query.keys()].sort()).toEqual(
      OPTION_NAMES.flatMap((name) => {
        const { parameter } = EMBED_OPTIONS[name];
        return parameter && name !== 'answers' ? [parameter.name] : [];
      }).sort(),
    );
  });

  it('reads a bare attribute as the table says', () => {
    for (const name of OPTION_NAMES) {
      const row: { bare?: unknown; parameter: { name: string } | null } = EMBED_OPTIONS[name];
      if (row.bare === undefined || !row.parameter) continue;
      const run = runLoader({ [EMBED_OPTIONS[name].attribute]: '' });
      expect(run.warnings).toEqual([]);
      expect(
        parseEmbedOptions({ [row.parameter.name]: run.query.get(row.parameter.name)! }),
      ).toMatchObject({ options: { [name]: row.bare }, warnings: [] });
    }
  });

  it('titles the frame with the site name from content unless told otherwise', () => {
    expect(runLoader({}).frame?.getAttribute('title')).toBe(ui.site.name);
    expect(runLoader({ 'data-title': 'Help' }).frame?.getAttribute('title')).toBe('Help');
  });

  it('keeps the frame within the default heights, and within the given ones', () => {
    const { minHeight } = EMBED_OPTIONS;
    const plain = runLoader({});
    plain.send({ type: 'resize', height: 10 });
    expect(plain.frame?.getAttribute('height')).toBe(String(minHeight.default));
    // No maximum by default.
    plain.send({ type: 'resize', height: 50_000 });
    expect(plain.frame?.getAttribute('height')).toBe('50000');

    const bounded = runLoader({ 'data-min-height': '300', 'data-max-height': '600' });
    bounded.send({ type: 'resize', height: 10 });
    expect(bounded.frame?.getAttribute('height')).toBe('300');
    bounded.send({ type: 'resize', height: 5000 });
    expect(bounded.frame?.getAttribute('height')).toBe('600');
  });

  it('refuses a maximum below the minimum, keeping the minimum and no maximum', () => {
    const { maxHeight, minHeight } = EMBED_OPTIONS;

    const run = runLoader({ [minHeight.attribute]: '800', [maxHeight.attribute]: '400' });

    expect(run.warned(maxHeight.attribute)).toBe(true);
    expect(run.warned(minHeight.attribute)).toBe(false);
    run.send({ type: 'resize', height: 10 });
    expect(run.frame?.getAttribute('height')).toBe('800');
    run.send({ type: 'resize', height: 5000 });
    expect(run.frame?.getAttribute('height')).toBe('5000');

    const equal = runLoader({ [minHeight.attribute]: '500', [maxHeight.attribute]: '500' });
    expect(equal.warnings).toEqual([]);
  });

  it('scrolls to the frame after a step unless scroll is off, the default being on', () => {
    for (const [attributes, scrolls] of [
      [{}, 1],
      [{ 'data-scroll': 'true' }, 1],
      [{ 'data-scroll': 'false' }, 0],
    ] as const) {
      const run = runLoader(attributes);
      run.frame!.top = -100;
      run.send({ type: 'step', stateId: 'platforms', progress: 0.1, answered: 1 });
      expect(run.frame?.scrolled, JSON.stringify(attributes)).toBe(scrolls);
    }
  });

  it('reads the JavaScript API options by the table’s names', () => {
    const run = runLoader({});
    const api = run.context.AuthenticatorWizard as {
      mount(element: FakeElement, options: Record<string, string>): { iframe: FakeElement };
    };
    for (const name of OPTION_NAMES) {
      const { parameter } = EMBED_OPTIONS[name];
      if (!parameter) continue;
      const value = SAMPLES[name].accept[0]!;
      const { iframe } = api.mount(new FakeElement(), { [name]: value });
      expect(new URL(iframe.src).searchParams.get(parameter.name), name).toBe(value.trim());
    }
  });
});

describe('the snippet builder against the loader and the page', () => {
  it.each(
    FIELD_OPTIONS.flatMap((name) =>
      SAMPLES[name].accept.map((value) => [name, value.trim()] as const),
    ),
  )('%s=%j: the snippet works in the loader and the page as chosen', (name, value) => {
    const { field, rule } = EMBED_OPTIONS[name];
    // A box stands for the value other than the default; ticking it is the only way to choose.
    if (rule.kind === 'flag' && readOption(name, value) === EMBED_OPTIONS[name].default) return;
    const { choice, problems } = readChoice((f) =>
      f === field ? (rule.kind === 'flag' ? 'true' : value) : '',
    );
    expect(problems).toEqual({});

    const attributes = Object.fromEntries(optionAttributes(choice));
    const run = runLoader(attributes);
    const snippet = buildSnippets(ORIGIN, choice, 'x');
    const framed = parseEmbedOptions(Object.fromEntries(run.query));
    const plain = parseEmbedOptions(
      Object.fromEntries(new URL(snippet.previewSrc, ORIGIN).searchParams),
    );

    expect(run.warnings).toEqual([]);
    expect(snippet.script.includes(` ${EMBED_OPTIONS[name].attribute}=`)).toBe(
      choice[name] !== EMBED_OPTIONS[name].default,
    );
    expect(plain).toEqual(framed);
    expect(plain.warnings).toEqual([]);
  });

  it('offers a refused value to no one', () => {
    for (const name of FIELD_OPTIONS) {
      const { field, rule } = EMBED_OPTIONS[name];
      if (rule.kind === 'flag') continue;
      for (const value of SAMPLES[name].refuse.filter((v) => v.trim() !== '')) {
        const { choice, problems } = readChoice((f) => (f === field ? value : ''));
        expect(problems[name], `${name}=${value}`).toEqual({ kind: 'invalid', value });
        expect(optionAttributes(choice).map(([attribute]) => attribute)).not.toContain(
          EMBED_OPTIONS[name].attribute,
        );
      }
    }
  });
});
