// A help desk's page on another origin, for e2e/embed.spec.ts. No dependencies.
//   /          embeds the app with public/embed.js; data- options come from the query string;
//              ?mode=plain uses a plain iframe and says hello only when the test asks;
//              ?mode=none embeds nothing (the test adds scripts later);
//              ?app=http://127.0.0.1:<port> embeds another app server.
//   /before    a page to come from, to check the Back button.
//   /attacker  a frame that forges messages both ways (load it from http://localhost:<port>,
//              another origin than http://127.0.0.1:<port>).
// Every event the page receives is kept in window.events and listed on the page, below the
// embed: a list growing above it would push the frame down at each event (and Chrome's scroll
// anchoring would take some of that back, or not, depending on when the events are drawn).
import { createServer } from 'node:http';

const port = Number(process.env.E2E_HOST_PORT ?? 3101);
const defaultApp = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const OPTIONS = [
  'start',
  'answers',
  'accent',
  'theme',
  'compact',
  'min-height',
  'max-height',
  'scroll',
  'title',
  'callback',
  'target',
];
const EVENTS = ['ready', 'step', 'navigate', 'outcome', 'resize'];

const escape = (text) =>
  text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);

const page = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body>${body}</body></html>`;

function hostPage(query) {
  const app = /^http:\/\/127\.0\.0\.1:\d{2,5}$/.test(query.get('app') ?? '')
    ? query.get('app')
    : defaultApp;
  const data = OPTIONS.filter((name) => query.has(name))
    .map((name) => ` data-${name}="${escape(query.get(name))}"`)
    .join('');
  const embedQuery = new URLSearchParams(
    [...query].filter(
      ([name]) => OPTIONS.includes(name) && !name.includes('height') && name !== 'scroll',
    ),
  );
  const mode = query.get('mode');
  const embed =
    mode === 'plain'
      ? `<iframe id="wizard" src="${escape(`${app}/embed?${embedQuery}`)}" title="Checklist" width="100%" height="600"></iframe>`
      : mode === 'none'
        ? ''
        : `<script src="${escape(app)}/embed.js"${data}></script>`;
  return page(
    'Help centre',
    `<h1>Help centre article</h1>
<p><a href="/before">An earlier article</a></p>
<script>
  window.events = [];
  window.callbacks = [];
  window.signals = [];
  window.received = [];
  window.onWizardEvent = (detail) => window.callbacks.push(detail);
  for (const type of ${JSON.stringify(EVENTS)}) {
    document.addEventListener('authenticator-wizard:' + type, (event) => {
      window.events.push(event.detail);
      const item = document.createElement('li');
      item.textContent = JSON.stringify(event.detail);
      document.getElementById('log').append(item);
    });
  }
  addEventListener('message', (event) => {
    if (event.data && event.data.signal) window.signals.push(event.data.signal);
    if (event.origin === ${JSON.stringify(app)}) window.received.push(event.data);
  });
  window.addScript = () => {
    const script = document.createElement('script');
    script.src = ${JSON.stringify(`${app}/embed.js`)};
    document.getElementById('slot').append(script);
  };
  // Asks the frame for its ticket summary, with the embed id its messages carry.
  window.requestSummary = () => {
    const last = window.received.findLast((message) => message && message.embedId);
    document.querySelector('iframe').contentWindow.postMessage(
      {
        protocol: 'authenticator-wizard',
        version: 1,
        type: 'request-summary',
        embedId: last ? last.embedId : 'plain-1',
      },
      ${JSON.stringify(app)},
    );
  };
  window.sayHello = () =>
    document.getElementById('wizard').contentWindow.postMessage(
      { protocol: 'authenticator-wizard', version: 1, type: 'hello', embedId: 'plain-1' },
      ${JSON.stringify(app)},
    );
</script>
<div id="slot">${embed}</div>
<p>After the checklist.</p>
<ol id="log"></ol>`,
  );
}

const attacker = page(
  'Attacker',
  `<script>
  const base = {
    protocol: 'authenticator-wizard',
    version: 1,
    embedId: new URLSearchParams(location.search).get('embedId'),
  };
  // Posing as the wizard, to the host page.
  parent.postMessage({ ...base, type: 'outcome', outcomeId: 'cross-platform', category: 'fix' }, '*');
  parent.postMessage({ ...base, type: 'resize', height: 3333 }, '*');
  parent.postMessage({ ...base, type: 'step', stateId: 'goal', progress: 0.5, answered: 9 }, '*');
  // Posing as the host, to the wizard (the page's first frame).
  parent.frames[0].postMessage({ ...base, type: 'hello' }, '*');
  parent.frames[0].postMessage({ probe: 'after-hello' }, '*');
  // From the same window to the same window, so this arrives after the forgeries.
  parent.postMessage({ signal: 'attacker-done' }, '*');
</script>`,
);

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://host');
  const send = (status, body, type = 'text/html; charset=utf-8') => {
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  if (url.pathname === '/') send(200, hostPage(url.searchParams));
  else if (url.pathname === '/before')
    send(200, page('Earlier', '<h1>Earlier article</h1><p><a href="/">The checklist</a></p>'));
  else if (url.pathname === '/attacker') send(200, attacker);
  else if (url.pathname === '/health') send(200, 'ok', 'text/plain');
  else send(404, page('Not found', '<h1>Not found</h1>'));
}).listen(port, '127.0.0.1', () => console.log(`host page on http://127.0.0.1:${port}`));
