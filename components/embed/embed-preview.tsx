'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  PROTOCOL,
  PROTOCOL_VERSION,
  parseWizardMessage,
  type WizardMessage,
} from '@/lib/embed/protocol';

type Props = {
  /** The frame's address on this site. */
  src: string;
  title: string;
  text: { summaryHeading: string; summaryNone: string; requestSummary: string };
};

type Summary = Extract<WizardMessage, { type: 'summary' }>;

const EMBED_ID = 'docs-preview';
const MIN_HEIGHT = 200;
const HELLO_EVERY_MS = 200;
const HELLO_TRIES = 50;

/**
 * The docs' live preview: a host page of its own, speaking the protocol as a help desk's page
 * would. The frame's height follows its `resize` messages and the last `summary` is printed.
 * Without JavaScript it is a plain frame of a fixed height, like the iframe snippet.
 */
export function EmbedPreview({ src, title, text }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    const origin = window.location.origin;
    let answered = false;
    let tries = 0;
    const hello = () => {
      if (answered || ++tries > HELLO_TRIES) return window.clearInterval(timer);
      frame.current?.contentWindow?.postMessage(
        { protocol: PROTOCOL, version: PROTOCOL_VERSION, type: 'hello', embedId: EMBED_ID },
        origin,
      );
    };
    const timer = window.setInterval(hello, HELLO_EVERY_MS);
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== frame.current?.contentWindow) return;
      const message = parseWizardMessage(event.data);
      if (!message || message.embedId !== EMBED_ID) return;
      answered = true;
      setConnected(true);
      if (message.type === 'resize') setHeight(Math.max(message.height, MIN_HEIGHT));
      if (message.type === 'summary') setSummary(message);
    };
    window.addEventListener('message', onMessage);
    hello();
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('message', onMessage);
    };
  }, []);

  const request = () =>
    frame.current?.contentWindow?.postMessage(
      { protocol: PROTOCOL, version: PROTOCOL_VERSION, type: 'request-summary', embedId: EMBED_ID },
      window.location.origin,
    );

  return (
    <>
      <iframe
        ref={frame}
        src={src}
        title={title}
        style={height === null ? undefined : { height }}
        className="mt-3 box-content h-[40rem] w-full rounded-lg border-2 border-slate-300 dark:border-slate-600"
      />
      <div className="mt-3">
        <h4 className="font-semibold">{text.summaryHeading}</h4>
        {connected && (
          <Button type="button" onClick={request} variant="secondary" size="small" className="mt-2">
            {text.requestSummary}
          </Button>
        )}
        {summary ? (
          <pre
            tabIndex={0}
            aria-label={text.summaryHeading}
            className="mt-2 max-h-80 overflow-auto rounded-md bg-slate-100 p-3 text-sm whitespace-pre-wrap dark:bg-slate-900"
          >
            {JSON.stringify(summary, null, 2)}
          </pre>
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">{text.summaryNone}</p>
        )}
      </div>
    </>
  );
}
