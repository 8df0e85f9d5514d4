/*! Authenticator restore checklist embed loader, protocol v1 */
(() => {
  const NAME = 'authenticator-wizard';
  const VERSION = 1;
  const ID_ATTR = 'data-' + NAME + '-id';
  const me = document.currentScript;
  const link = document.createElement('a');
  const origin = (src) => {
    link.href = src;
    return link.origin;
  };
  // Messages count only from the origin this file came from.
  const ORIGIN = me?.src ? origin(me.src) : '';
  if (!/^https?:/.test(ORIGIN)) return console.warn(`[${NAME}] unknown origin`);

  // From lib/embed/options.ts:
  const RULES = {
    start: [
      /^(locked-out|restore|same-phone|lost|prepare|backup-error|not-working)$/,
      'locked-out, restore, same-phone, lost, prepare, backup-error, not-working',
    ],
    answers: [/^[A-Za-z0-9=&._*+%-]{1,1000}$/, 'a token from a navigate event'],
    accent: [/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i, '#rgb or #rrggbb'],
    theme: [/^(auto|light|dark)$/, 'auto, light, dark'],
    compact: [/^(true|false)$/, 'true or false'],
    minHeight: [/^\d{1,5}$/, '200 to 10000', 200, 10000],
    maxHeight: [/^\d{1,5}$/, '200 to 10000', 200, 10000],
    scroll: [/^(true|false)$/, 'true or false'],
    title: [/^.{1,200}$/, 'at most 200 characters'],
    callback: [/^[A-Za-z_$][\w$]*$/, 'the name of a global function'],
    target: [/^.+$/, 'a CSS selector on the page'],
  };
  const PARAMETERS = ['start', 'answers', 'accent', 'theme', 'compact'];
  const BARE = { compact: 'true' };
  const DEFAULTS = { minHeight: '200', scroll: 'true' };
  const TITLE = 'Authenticator restore checklist';
  const FIELDS = {
    ready: ['stateId', 'progress'],
    step: ['stateId', 'progress', 'answered'],
    outcome: ['outcomeId', 'category'],
    resize: ['height'],
    navigate: ['token', 'stateId'],
  };
  const NUMBERS = ['progress', 'answered', 'height'];
  const embeds = [];

  const warn = (label, value, expected) =>
    console.warn(
      `[${NAME}] ignored ${label}=${JSON.stringify(String(value).slice(0, 60))} : expected ${expected}`,
    );

  function readOptions(read, label) {
    const o = { ...DEFAULTS };
    for (const key of Object.keys(RULES)) {
      let v = read(key);
      if (v == null) continue;
      if (key === 'callback' && typeof v === 'function') {
        o[key] = v;
        continue;
      }
      v = String(v).trim() || (BARE[key] ?? '');
      const [re, expected, min, max] = RULES[key];
      if (re.test(v) && !(v < min) && !(v > max)) o[key] = v;
      else warn(label(key), v, expected);
    }
    // No maximum unless asked: a long result is never cut off.
    o.min = +o.minHeight;
    o.max = +o.maxHeight || 1e5;
    if (o.min > o.max) {
      warn(label('maxHeight'), o.maxHeight, 'at least ' + label('minHeight'));
      o.max = 1e5;
    }
    return o;
  }

  function onMessage(e) {
    const d = e.data;
    if (e.origin !== ORIGIN || d?.protocol !== NAME || d.version !== VERSION) return;
    const it = embeds.find((x) => x.frame.contentWindow === e.source);
    const fields = Object.hasOwn(FIELDS, d.type) && FIELDS[d.type];
    if (!it || !fields || d.embedId !== it.id) return;
    const detail = { type: d.type, version: VERSION, embedId: it.id };
    for (const k of fields) {
      if (typeof d[k] !== (NUMBERS.includes(k) ? 'number' : 'string')) return;
      detail[k] = d[k];
    }
    it.ready = true;
    if (d.type === 'resize') {
      it.frame.setAttribute('height', Math.round(Math.min(Math.max(d.height, it.o.min), it.o.max)));
    }
    if (d.type === 'step' && it.o.scroll == 'true' && it.frame.getBoundingClientRect().top < 0)
      it.frame.scrollIntoView();
    it.host.dispatchEvent(new CustomEvent(NAME + ':' + d.type, { detail, bubbles: true }));
    const fn = typeof it.o.callback === 'function' ? it.o.callback : window[it.o.callback];
    if (typeof fn === 'function') fn(detail);
  }

  // Hello, until the wizard (once hydrated) answers.
  function hello(it) {
    let tries = 0;
    clearInterval(it.timer);
    it.ready = false;
    const send = () => {
      if (it.ready || ++tries > 50) return clearInterval(it.timer);
      it.frame.contentWindow?.postMessage(
        { protocol: NAME, version: VERSION, type: 'hello', embedId: it.id },
        ORIGIN,
      );
    };
    it.timer = setInterval(send, 200);
    send();
  }

  const observer = new MutationObserver(() => {
    for (const it of embeds.slice()) if (!document.contains(it.frame)) destroy(it);
  });

  function destroy(it) {
    embeds.splice(embeds.indexOf(it), 1);
    clearInterval(it.timer);
    it.frame.removeEventListener('load', it.load);
    if (!embeds.length) {
      removeEventListener('message', onMessage);
      observer.disconnect();
    }
  }

  function attach(frame, host, o, mark) {
    const id = NAME + '-' + Math.random().toString(36).slice(2, 10);
    const it = { id, frame, host, o, load: () => hello(it) };
    mark.setAttribute(ID_ATTR, id);
    if (!embeds.length) {
      addEventListener('message', onMessage);
      observer.observe(document, { childList: true, subtree: true });
    }
    embeds.push(it);
    frame.addEventListener('load', it.load);
    return it;
  }

  function create(o, place) {
    const frame = document.createElement('iframe');
    const query = new URLSearchParams();
    for (const key of PARAMETERS) if (o[key]) query.set(key, o[key]);
    const attributes = {
      src: ORIGIN + '/embed' + (query.toString() ? '?' + query : ''),
      title: o.title || TITLE,
      width: '100%',
      height: Math.min(Math.max(480, o.min), o.max),
      frameborder: '0',
      referrerpolicy: 'strict-origin-when-cross-origin',
    };
    for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
    place(frame);
    return frame;
  }

  const camelToData = (key) => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
  const dataOptions = (el) => readOptions((key) => el.getAttribute(camelToData(key)), camelToData);

  function fromScript(script) {
    if (script.hasAttribute(ID_ATTR) || (script.src && origin(script.src) !== ORIGIN)) return;
    const o = dataOptions(script);
    let target = null;
    if (o.target) {
      try {
        target = document.querySelector(o.target);
      } catch {}
      if (!target) warn('data-target', o.target, RULES.target[1]);
    }
    // In <head>, for the JS API only.
    if (!target && (!script.parentNode || script.closest('head'))) return;
    const host = target || script.parentNode;
    const frame = create(o, (f) => (target ? target.appendChild(f) : script.after(f)));
    attach(frame, host, o, script);
  }

  // A plain <iframe data-authenticator-wizard>; it may have loaded already.
  function fromFrame(frame) {
    if (frame.hasAttribute(ID_ATTR) || origin(frame.src) !== ORIGIN || !frame.parentNode) return;
    hello(attach(frame, frame.parentNode, dataOptions(frame), frame));
  }

  function mount(element, options) {
    if (!(element instanceof Element) || !element.isConnected) {
      throw new TypeError(NAME + ': not an element in the page');
    }
    let it = embeds.find((x) => x.host === element && x.frame.parentNode === element);
    if (!it) {
      const o = readOptions((key) => options?.[key], String);
      const frame = create(o, (f) => element.appendChild(f));
      it = attach(frame, element, o, frame);
    }
    return { embedId: it.id, iframe: it.frame };
  }

  function scan() {
    if (me) fromScript(me);
    document.querySelectorAll('script[data-' + NAME + ']').forEach(fromScript);
    document.querySelectorAll('iframe[data-' + NAME + ']').forEach(fromFrame);
  }

  window.AuthenticatorWizard ||= { version: VERSION, mount };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
