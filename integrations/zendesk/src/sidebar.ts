// The ticket sidebar: the checklist's embed in a frame, opened at the customer's case code
// when the ticket mentions one, and "Add to ticket" for its summary as an internal note.
// Bundled with lib/ by scripts/zendesk-package.mjs into assets/sidebar.js.
import { findCaseCode } from '../../../lib/case/find-code';
import {
  PROTOCOL,
  PROTOCOL_VERSION,
  parseWizardMessage,
  type WizardMessage,
} from '../../../lib/embed/protocol';

type Summary = Extract<WizardMessage, { type: 'summary' }>;

const EMBED_ID = 'zendesk-sidebar';
const HELLO_EVERY_MS = 200;
const HELLO_TRIES = 50;
const TICKET_TEXTS = ['ticket.description', 'ticket.comments'];

const status = document.getElementById('status')!;
const add = document.getElementById('add') as HTMLButtonElement;
const frame = document.getElementById('wizard') as HTMLIFrameElement;

const say = (text: string) => {
  status.textContent = text;
};

/** The checklist's site from the app's setting: an http(s) origin and path, nothing else. */
function readBase(setting: unknown): URL | null {
  if (typeof setting !== 'string') return null;
  try {
    const url = new URL(setting.trim());
    if (!/^https?:$/.test(url.protocol) || url.username || url.password) return null;
    url.search = '';
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** The ticket's own words, description first, then each comment, as ZAF gives them. */
function ticketTexts(data: Record<string, unknown>): string[] {
  const comments = Array.isArray(data['ticket.comments']) ? data['ticket.comments'] : [];
  return [
    data['ticket.description'],
    ...comments.map((c) => (c as { value?: unknown })?.value),
  ].filter((text): text is string => typeof text === 'string');
}

function resizeApp(client: ZafClient) {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  void client.invoke('resize', { width: '100%', height: `${height}px` }).catch(() => {});
}

async function addNote(client: ZafClient, summary: Summary) {
  try {
    await client.set('comment.type', 'internalNote');
    const rich = (await client.get('comment.useRichText'))['comment.useRichText'] === true;
    await client.invoke(
      rich ? 'ticket.comment.appendHtml' : 'ticket.comment.appendMarkdown',
      rich ? summary.formats.html : summary.formats.markdown,
    );
    say('Added the summary to the reply box as an internal note. Check it, then submit.');
  } catch {
    say('Zendesk did not take the note. Copy the summary from the support console instead.');
  } finally {
    add.disabled = false;
  }
}

function connect(client: ZafClient, base: URL) {
  const origin = base.origin;
  let answered = false;
  let wanted = false;
  let tries = 0;
  const post = (type: 'hello' | 'request-summary') =>
    frame.contentWindow?.postMessage(
      { protocol: PROTOCOL, version: PROTOCOL_VERSION, type, embedId: EMBED_ID },
      origin,
    );
  const timer = window.setInterval(() => {
    if (answered || ++tries > HELLO_TRIES) window.clearInterval(timer);
    else post('hello');
  }, HELLO_EVERY_MS);

  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const message = parseWizardMessage(event.data);
    if (!message || message.embedId !== EMBED_ID) return;
    if (!answered) {
      answered = true;
      add.disabled = false;
    }
    if (message.type === 'resize') {
      frame.style.height = `${Math.max(message.height, 200)}px`;
      resizeApp(client);
    }
    if (message.type === 'summary' && wanted) {
      wanted = false;
      void addNote(client, message);
    }
  });

  add.addEventListener('click', () => {
    // Always the summary of the step shown now, asked for at the click.
    wanted = true;
    add.disabled = true;
    say('Asking the checklist for its summary…');
    post('request-summary');
  });
}

async function start() {
  const client = window.ZAFClient?.init();
  if (!client) {
    say('Open this page as the Zendesk app: it needs the ticket beside it.');
    return;
  }
  const base = readBase((await client.metadata()).settings?.wizard_url);
  if (!base) {
    say('Set the checklist address (an https:// address) in the app’s settings.');
    return;
  }
  const found = ticketTexts(await client.get(TICKET_TEXTS).catch(() => ({})))
    .map((text) => findCaseCode(text))
    .find((code) => code !== null);
  const site = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
  frame.src = `${site}/embed${found ? `?${found.search}` : ''}`;
  frame.hidden = false;
  say(
    found
      ? `Opened case ${found.code} from this ticket, at the customer’s answers.`
      : 'No case code in this ticket: the checklist starts at the first question.',
  );
  connect(client, base);
  resizeApp(client);
}

void start();
