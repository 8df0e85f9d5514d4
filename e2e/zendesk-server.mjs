// A stand-in for Zendesk's agent page, for e2e/zendesk-sidebar.spec.ts. No dependencies.
//   http://127.0.0.1:<port>/   a ticket page: loads the app's iframe.html the way Zendesk does
//                               (?origin=…&app_guid=…), from http://localhost:<port>/app/, another
//                               origin, and answers the ZAF SDK's postMessage calls.
//       ?description=…         the ticket's description; ?rich=false: a Markdown-only editor.
//   /app/…                     the packaged app (integrations/zendesk/build/app).
// Every call the app makes is kept in window.zafCalls, in order.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.E2E_ZENDESK_PORT ?? 3103);
const wizard = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const built = fileURLToPath(new URL('../integrations/zendesk/build/app/', import.meta.url));
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
};

const escape = (text) =>
  text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);

function ticketPage(query) {
  const agent = `http://127.0.0.1:${port}`;
  const appOrigin = `http://localhost:${port}`;
  const src = `${appOrigin}/app/assets/iframe.html?${new URLSearchParams({ origin: agent, app_guid: 'guid-1' })}`;
  const ticket = {
    'ticket.description': query.get('description') ?? 'My Authenticator backup will not restore.',
    'ticket.comments': [{ value: '<p>Thanks for writing in.</p>' }],
    'comment.useRichText': query.get('rich') !== 'false',
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ticket #42</title></head>
<body style="margin:0;font-family:sans-serif">
<h1 style="font-size:16px;margin:8px">Ticket #42</h1>
<iframe id="app" title="Authenticator restore checklist app" src="${escape(src)}" style="width:320px;height:600px;border:0;border-left:1px solid #ccc"></iframe>
<script>
  const APP_ORIGIN = ${JSON.stringify(appOrigin)};
  const TICKET = ${JSON.stringify(ticket)};
  window.zafCalls = [];
  const app = () => document.getElementById('app').contentWindow;
  const reply = (message) => app().postMessage(JSON.stringify(message), APP_ORIGIN);
  addEventListener('message', (event) => {
    if (event.origin !== APP_ORIGIN || event.source !== app()) return;
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data.key === 'iframe.handshake') {
      window.zafCalls.push({ handshake: data.message });
      reply({
        key: 'zaf.app.registered',
        message: {
          context: { product: 'support', location: 'ticket_sidebar', ticketId: 42 },
          metadata: { appId: 1, installationId: 1, settings: { wizard_url: ${JSON.stringify(wizard)} } },
        },
      });
      return;
    }
    if (!data.request) return;
    window.zafCalls.push({ request: data.request, params: data.params });
    if (data.request === 'get') {
      const result = { errors: {} };
      for (const path of data.params) result[path] = TICKET[path];
      reply({ id: data.id, result });
    } else if (data.request === 'invoke' && 'resize' in data.params) {
      document.getElementById('app').style.height = data.params.resize[0].height;
      reply({ id: data.id, result: { errors: {} } });
    } else {
      reply({ id: data.id, result: { errors: {} } });
    }
  });
</script>
</body></html>`;
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://host');
  const send = (status, body, type = 'text/html; charset=utf-8') => {
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  if (url.pathname === '/') return send(200, ticketPage(url.searchParams));
  if (url.pathname === '/health') return send(200, 'ok', 'text/plain');
  if (url.pathname.startsWith('/app/')) {
    const path = normalize(join(built, url.pathname.slice('/app/'.length)));
    if (path.startsWith(built)) {
      try {
        return send(200, await readFile(path), TYPES[extname(path)] ?? 'application/octet-stream');
      } catch {
        // A 404 below.
      }
    }
  }
  send(404, 'Not found', 'text/plain');
}).listen(port, '127.0.0.1', () => console.log(`Zendesk stand-in on http://127.0.0.1:${port}`));
