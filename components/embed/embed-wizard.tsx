'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { WizardTexts } from '@/content';
import { getEmbedBridge } from '@/lib/embed/client';
import { embedBasePath } from '@/lib/embed/link';
import { lookAttributes, lookOf } from '@/lib/embed/look';
import { fetchTicketSummary } from '@/components/browser/ticket-summary';
import { Wizard, type WizardStep } from '@/components/wizard/wizard';

type Props = {
  texts: WizardTexts;
  textsHref: string;
  version: number;
  initialSearch: string;
  /**
   * The /embed address every link starts from, with the look (lib/embed/link.ts) as the server
   * read it. A built step is the same for every look: in the browser the look is read from the
   * address, as proxy.ts read it to add the look's attributes to the page.
   */
  basePath: string;
  settingParams: readonly string[];
  /** What was wrong with the options, already worded; logged in the frame's console. */
  warnings: readonly string[];
  newTabHint: string;
};

const noHost = () => undefined;
const never = () => () => undefined;

/** The look's base path from the address; '' when it has a bad option (the server's stands). */
function addressBasePath() {
  const options = lookOf(new URLSearchParams(window.location.search));
  return options ? embedBasePath(options) : '';
}

function subscribeToHost(notify: () => void) {
  return getEmbedBridge(window).onConnect(notify);
}

function hostState() {
  return getEmbedBridge(window).connected ? 'connected' : 'waiting';
}

type Shown = { search: string; stateId: string; complete: boolean };

/**
 * Sends the ticket summary of the step shown; one the person has already moved on from is
 * dropped, so the host's last summary is always of the step on screen.
 */
async function sendSummary(step: Shown, current: { readonly current: Shown | null }) {
  const formats = await fetchTicketSummary(step.search);
  if (!formats || current.current !== step) return;
  const { stateId, complete } = step;
  getEmbedBridge(window).post({ type: 'summary', stateId, complete, formats });
}

/**
 * The wizard inside a help desk's iframe. It tells the host page what happens (ready, step,
 * navigate, outcome, and the ticket summary at a result or when asked) and how tall the content is, through the bridge, which talks only to
 * the page that framed it. Steps replace the history entry, so the host's Back still works.
 */
export function EmbedWizard(props: Props) {
  const { warnings, version, ...wizard } = props;
  // The look does not change while the page is open: read once, after hydration.
  const basePath = useSyncExternalStore(never, addressBasePath, () => '') || props.basePath;
  const look = lookOf(new URLSearchParams(basePath.split('?')[1] ?? ''));
  const main = useRef<HTMLElement>(null);
  const lastSearch = useRef<string | null>(null);
  const shown = useRef<Shown | null>(null);
  // Server: no attribute. Browser: "waiting" for the host's hello, then "connected".
  const host = useSyncExternalStore(subscribeToHost, hostState, noHost);

  useEffect(() => {
    for (const warning of warnings) console.warn(`[authenticator-wizard] ${warning}`);
  }, [warnings]);

  useEffect(() => {
    if (!main.current) return;
    return getEmbedBridge(window).observeHeight(main.current);
  }, []);

  useEffect(
    () =>
      getEmbedBridge(window).onSummaryRequest(() => {
        if (shown.current) void sendSummary(shown.current, shown);
      }),
    [],
  );

  const onStep = (step: WizardStep) => {
    // Development runs effects twice; a step is reported once.
    if (lastSearch.current === step.search) return;
    const first = lastSearch.current === null;
    lastSearch.current = step.search;
    const bridge = getEmbedBridge(window);
    const { stateId, progress, answered } = step;
    if (first) {
      bridge.post({ type: 'ready', stateId, progress });
    } else {
      bridge.contentChanged();
      bridge.post({ type: 'step', stateId, progress, answered });
      bridge.post({ type: 'navigate', token: step.search || `v=${version}`, stateId });
    }
    const complete = step.isOutcome && step.category !== undefined;
    shown.current = { search: step.search, stateId, complete };
    if (step.isOutcome && step.category) {
      bridge.post({ type: 'outcome', outcomeId: stateId, category: step.category });
      void sendSummary(shown.current, shown);
    }
  };

  return (
    <main
      ref={main}
      {...(look ? lookAttributes(look) : {})}
      data-embed-host={host}
      className="flow-root bg-white px-4 py-5 text-slate-900 sm:px-6 dark:bg-[#0b1220] dark:text-slate-100"
    >
      <div className="mx-auto max-w-3xl">
        <Wizard
          {...wizard}
          basePath={basePath}
          version={version}
          historyMode="replace"
          onStep={onStep}
        />
      </div>
    </main>
  );
}
