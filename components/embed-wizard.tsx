'use client';

import { useEffect, useRef, useSyncExternalStore, type CSSProperties } from 'react';
import type { WizardTexts } from '@/content';
import type { EmbedOptions } from '@/lib/embed/protocol';
import { getEmbedBridge } from '@/lib/embed/client';
import { fetchTicketSummary } from './browser/ticket-summary';
import { Wizard, type WizardStep } from './wizard';

type Props = {
  texts: WizardTexts;
  textsHref: string;
  version: number;
  initialSearch: string;
  basePath: string;
  settingParams: readonly string[];
  /** What was wrong with the options, already worded; logged in the frame's console. */
  warnings: readonly string[];
  newTabHint: string;
  /** Unset: follow the visitor's system setting. */
  theme?: Exclude<EmbedOptions['theme'], 'auto'>;
  /** CSS custom properties built from the sanitized accent only. */
  accentStyle?: Record<`--${string}`, string>;
  compact: boolean;
};

const noHost = () => undefined;

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
  const { warnings, theme, accentStyle, compact, version, ...wizard } = props;
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
      data-theme={theme}
      data-accent={accentStyle ? '' : undefined}
      data-compact={compact ? '' : undefined}
      data-embed-host={host}
      style={accentStyle as CSSProperties | undefined}
      className="flow-root bg-white px-4 py-5 text-slate-900 sm:px-6 dark:bg-[#0b1220] dark:text-slate-100"
    >
      <div className="mx-auto max-w-3xl">
        <Wizard {...wizard} version={version} historyMode="replace" onStep={onStep} />
      </div>
    </main>
  );
}
