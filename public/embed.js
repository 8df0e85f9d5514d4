/*! Authenticator restore checklist embed loader, protocol v1 */
(() => {
  'use strict';
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
  const ORIGIN = me && me.src ? origin(me.src) : '';
  if (!/^https?:/.test(ORIGIN)) return console.warn(`[${NAME}] unknown origin`);

  const is = (re) => (v) => re.test(v);
  const oneOf = (list) => [(v) => list.includes(v), list.join(' or ')];
  const bool = oneOf(['true', 'false']);
  const height = [(v) => /^\d{3,5}$/.test(v) && v >= 200 && v <= 10000, '200 to 10000'];
  const RULES = {
    start: oneOf([
      'locked-out',
      'restore',
      'same-phone',
      'lost',
      'prepare',
      'backup-error',
      'not-working',
    ]),
    answers: [is(/^[\w=&.*+%-]{1,1000}$/), 'a token from a navigate event'],
    accent: [is(/^#?([\da-f]{3}){1,2}$/i), '#rgb or #rrggbb'],
    theme: oneOf(['light', 'dark', 'auto']),
    compact: bool,
    scroll: bool,
    minHeight: height,
    maxHeight: height,
    title: [is(/^.{1,200}$/), 'at most 200 characters'],
    callback: [is(/^[A-Za-z_$][\w$]*$/), 'the name of a global function'],
  };
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
    const o = {};
    for (const key of Object.keys(RULES)) {
      let v = read(key);
      if (v == null) continue;
      if (key === 'callback' && typeof v === 'function') {
        o[key] = v;
        continue;
      }
      v = String(v).trim();
      if (key === 'compact' && v === '') v = 'true';
      if (RULES[key][0](v)) o[key] = v;
      else warn(label(key), v, RULES[key][1]);
    }
    // No maximum unless asked: a long result is never cut off.
    o.min = +o.minHeight || 200;
    o.max = +o.maxHeight || 1e5;
    if (o.min > o.max) {
      warn(label('maxHeight'), o.maxHeight, 'at least ' + label('minHeight'));
      o.max = 1e5;
    }
    return o;
  }

  function onMessage(e) {
    const d = e.data;
    if (e.origin !== ORIGIN || !d || d.protocol !== NAME || d.version !== VERSION) return;
    const it = embeds.find((x) => x.frame.contentWindow === e.source);
    const fields = Object.keys(FIELDS).includes(d.type) && FIELDS[d.type];
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
    if (d.type === 'step' && it.o.scroll != 'false' && it.frame.getBoundingClientRect().top < 0)
      it.frame.scrollIntoView();
    it.host.dispatchEvent(new CustomEvent(NAME + ':' + d.type, { detail, bubbles: true }));
    const fn = typeof it.o.callback === 'function' ? it.o.callback : window[it.o.callback];
    if (typeof fn === 'function') fn(detail);
  }

  // The wizard listens once hydrated: repeat hello until it answers.
  function hello(it) {
    let tries = 0;
    clearInterval(it.timer);
    it.ready = false;
    const send = () => {
      const w = it.frame.contentWindow;
      if (it.ready || ++tries > 50) return clearInterval(it.timer);
      if (w)
        w.postMessage({ protocol: NAME, version: VERSION, type: 'hello', embedId: it.id }, ORIGIN);
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
    for (const key of ['start', 'answers', 'accent', 'theme', 'compact'])
      if (o[key]) query.set(key, o[key]);
    const attributes = {
      src: ORIGIN + '/embed' + (query.toString() ? '?' + query : ''),
      title: o.title || 'Authenticator restore checklist',
      width: '100%',
      height: Math.min(Math.max(480, o.min), o.max),
      frameborder: '0',
      referrerpolicy: 'strict-origin-when-cross-origin',
    };
    for (const name of Object.keys(attributes)) frame.setAttribute(name, attributes[name]);
    place(frame);
    return frame;
  }

  const camelToData = (key) => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
  const dataOptions = (el) => readOptions((key) => el.getAttribute(camelToData(key)), camelToData);

  function fromScript(script) {
    if (script.hasAttribute(ID_ATTR) || (script.src && origin(script.src) !== ORIGIN)) return;
    const o = dataOptions(script);
    const selector = script.getAttribute('data-target');
    let target = null;
    if (selector) {
      try {
        target = document.querySelector(selector);
      } catch (invalid) {} // eslint-disable-line
      if (!target) warn('data-target', selector, 'a CSS selector of an element on the page');
    }
    // Loaded in <head> for the JS API: nowhere to show it.
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
      const opts = options || {};
      const o = readOptions((key) => opts[key], String);
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

  if (!window.AuthenticatorWizard) {
    window.AuthenticatorWizard = { version: VERSION, mount };
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
