'use client';

import {
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type MouseEvent,
  type RefObject,
} from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import { transition } from 'xstate';
import type { WizardTexts } from '@/content';
import { parseSearch, withoutParams } from '@/lib/wizard/answers-url';
import { outcomeCategory } from '@/lib/wizard/flow';
import { planHref } from '@/lib/plan/href';
import { planLinkFor, planPrefill } from '@/lib/plan/prefill';
import { problemMessages } from '@/lib/wizard/problem-text';
import {
  checklistAnswer,
  diagnosisMachine,
  type DiagnosisEvent,
} from '@/machines/diagnosis-machine';
import { replayLink, stateIdOf, type Replay } from '@/lib/wizard/replay';
import { hrefFor, stepModel } from '@/lib/wizard/step-model';
import { hasStepTexts, isWizardTexts } from '@/lib/wizard/step-texts';
import { addressFrom, backTo, moveTo } from '@/components/browser/address-store';
import { useHydrated } from '@/components/browser/use-hydrated';
import { useStepBeacon } from '@/components/browser/use-step-beacon';
import { entryOf } from '@/lib/insights/steps';
import { FixedFeedback } from './fixed-feedback';
import { LinkNotice } from '@/components/ui/link-notice';
import { OutcomeView } from './outcome-view';
import { ProgressBar } from './progress-bar';
import { QuestionView } from './question-view';
import { StepNav } from './step-nav';

export type WizardStep = {
  stateId: string;
  isOutcome: boolean;
  category?: 'fix' | 'referral';
  progress: number;
  answered: number;
  /** The answers part of the address (settingParams left out). */
  search: string;
};

type Props = {
  /** The words this page carries: its own step's and those one move away (lib/wizard/step-texts). */
  texts: WizardTexts;
  /** Every step's words, loaded once the page has started. */
  textsHref: string;
  version: number;
  basePath: string;
  /** Inside an embed, steps replace the history entry so the host page's Back still works. */
  historyMode: 'push' | 'replace';
  onStep?: (step: WizardStep) => void;
  /** Address parameters that are page settings, not answers (the embed's options). */
  settingParams?: readonly string[];
  /** Set in the embed: links that leave the wizard open in a new tab, and say so. */
  newTabHint?: string;
  /** The query string the server rendered (without "?"), until the browser's own is read. */
  initialSearch: string;
};

/** How long a move waits for every step's words before it loads the next page instead. */
const WORDS_WAIT_MS = 3000;
const wordsFiles = new Map<string, Promise<WizardTexts | null>>();

/** Every step's words, fetched once per page (null when the file cannot be had). */
function allTexts(href: string): Promise<WizardTexts | null> {
  let loading = wordsFiles.get(href);
  if (!loading) {
    loading = fetch(href)
      .then((response) => (response.ok ? response.json() : null))
      .then((all: unknown) => (isWizardTexts(all) ? all : null))
      // Offline, or a file of another build: moves beyond this page load pages instead.
      .catch(() => null);
    wordsFiles.set(href, loading);
  }
  return loading;
}

function withinWait<T>(promise: Promise<T | null>): Promise<T | null> {
  return Promise.race([
    promise,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), WORDS_WAIT_MS)),
  ]);
}

/**
 * The page's words, then every step's once the file of them has loaded: from then on no move
 * needs the network. If it cannot load, the page keeps what it has.
 */
function useAllTexts(initial: WizardTexts, href: string) {
  const [all, setAll] = useState<WizardTexts | null>(null);
  useEffect(() => {
    let live = true;
    void allTexts(href).then((loaded) => {
      if (live && loaded) setAll(loaded);
    });
    return () => {
      live = false;
    };
  }, [href]);
  return { texts: all ?? initial, complete: all !== null, setAll };
}

function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The live wizard: the address bar holds the answers, and every render replays them through
 * the machine. Clicking an answer changes the address without a network round trip.
 */
export function Wizard(props: Props) {
  const { version, basePath, historyMode, onStep, settingParams = [], textsHref } = props;
  const { texts, complete, setAll } = useAllTexts(props.texts, textsHref);
  const { ui } = texts;
  const store = useMemo(() => addressFrom(props.initialSearch), [props.initialSearch]);
  const address = useSyncExternalStore(store.subscribe, store.read, () => props.initialSearch);
  const search = withoutParams(address, settingParams);
  const replay = useMemo(() => replayLink(parseSearch(search), version), [search, version]);
  const step = stepModel(replay, basePath, version);
  useStepBeacon(basePath, version, step.stateId, step.answered);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // Drawn by the router after a link from another page (not hydrated from the server's HTML):
  // its first step is a move like any other, so the heading takes the focus.
  const hydrated = useHydrated();
  const [byRouter] = useState(hydrated);

  const title = texts.titles[step.stateId] ?? step.stateId;
  const shown = hasStepTexts(texts, step.stateId);

  // Back or Forward to a step whose words have not arrived: the built page has them.
  useEffect(() => {
    if (!shown) window.location.reload();
  }, [shown]);

  useEffect(() => {
    onStep?.({
      stateId: step.stateId,
      isOutcome: step.isOutcome,
      category: step.isOutcome ? outcomeCategory(step.stateId) : undefined,
      progress: step.progress.fraction,
      answered: step.answered.length,
      search,
    });
    if (firstRender.current) {
      firstRender.current = false;
      if (!byRouter) return;
    }
    document.title = `${title} · ${ui.site.name}`;
    // A new step is a new page: it starts at the top, with the header in view, wherever the
    // tapped answer was. Focus then goes to the heading without scrolling again.
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
    // Only a change of step should move focus, not a re-render of the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const go = (href: string, mode = historyMode) => {
    // Every step's words are here: nothing to check on the way (the common case, kept fast).
    if (complete) return moveTo(href, mode);
    const url = new URL(href, window.location.href);
    const next = replayLink(
      parseSearch(withoutParams(url.search.slice(1), settingParams)),
      version,
    ).stateId;
    if (hasStepTexts(texts, next)) return moveTo(href, mode);
    // Words still on their way are waited for; without them the step loads as a page, as it
    // would without JavaScript.
    void withinWait(allTexts(textsHref)).then((all) => {
      if (all && hasStepTexts(all, next)) {
        setAll(all);
        moveTo(href, mode);
      } else if (mode === 'replace') window.location.replace(url);
      else window.location.assign(url);
    });
  };
  const follow = (href: string, event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    go(href);
  };
  /**
   * Back returns to the history entry before when that is the step before, as the phone's
   * Back would; otherwise it puts the step before in place of this one, so the phone's Back
   * does not come back here either. In the embed, history is the host page's: always replace.
   */
  const back = (href: string, event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    if (historyMode === 'push' && backTo(href)) return;
    go(href, 'replace');
  };

  return (
    <LiveStep
      // A new address is a new step: the actor is restored from it afresh.
      key={search}
      {...props}
      texts={texts}
      complete={complete}
      replay={replay}
      search={search}
      headingRef={headingRef}
      go={go}
      follow={follow}
      back={back}
    />
  );
}

type LiveStepProps = Props & {
  /** Every step's words have arrived. */
  complete: boolean;
  replay: Replay;
  search: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  go: (href: string) => void;
  follow: (href: string, event: MouseEvent<HTMLAnchorElement>) => void;
  back: (href: string, event: MouseEvent<HTMLAnchorElement>) => void;
};

/**
 * One step of the live wizard: an actor of the machine restored from the address, read
 * through useSelector. An answer is an event sent to it; the address it leads to is written
 * from the actor's new answers, and that address, replayed, is the next step.
 */
function LiveStep(props: LiveStepProps) {
  const { texts, complete, version, basePath, newTabHint, replay, search } = props;
  const { headingRef, go, follow, back } = props;
  const { ui } = texts;
  const actorRef = useActorRef(diagnosisMachine, { snapshot: replay.snapshot });
  const snapshot = useSelector(actorRef, (current) => current);
  const step = stepModel(
    {
      ...replay,
      snapshot,
      stateId: stateIdOf(snapshot),
      answers: snapshot.context.answers,
      isOutcome: snapshot.hasTag('outcome'),
    },
    basePath,
    version,
  );
  const [typed, setTyped] = useState<{ search: string; value: string } | null>(null);
  const titleOf = (id: string) => texts.titles[id] ?? id;

  /** An answer link, clicked: the same answer sent as an event (its href is the no-JS way). */
  const valueOf = new Map(step.options.map((option) => [option.href, option.value]));
  const answerByLink = (href: string, event: MouseEvent<HTMLAnchorElement>) => {
    const value = valueOf.get(href);
    if (value === undefined || !isPlainClick(event)) return follow(href, event);
    event.preventDefault();
    if (!send({ type: 'answer.select', value })) go(href);
  };

  /** Sends an answer to the actor; true when the machine took it and the address moved on. */
  const send = (event: DiagnosisEvent): boolean => {
    const now = actorRef.getSnapshot();
    if (!now.can(event)) return false;
    if (!complete) {
      const [next] = transition(diagnosisMachine, now, event);
      // Without the next step's words here, the actor stays put: `go` waits for them or loads
      // the page.
      if (!hasStepTexts(texts, stateIdOf(next))) {
        go(hrefFor(basePath, next.context.answers, version));
        return true;
      }
    }
    actorRef.send(event);
    go(hrefFor(basePath, actorRef.getSnapshot().context.answers, version));
    return true;
  };

  const typedHere = typed?.search === search ? typed.value : null;
  const serverVersionProblem = replay.problems.find(
    (p) => p.kind === 'invalid-version' && p.question === step.stateId,
  );
  const question = texts.questions[step.stateId];
  const versionError =
    typedHere !== null || serverVersionProblem ? (question?.input?.invalid ?? null) : null;

  const messages = problemMessages(replay.problems, titleOf, ui);
  const outcome = texts.outcomes[step.stateId];
  const outcomePlan = outcome ? planLinkFor(step.stateId, step.answered) : null;

  return (
    <div>
      <ProgressBar {...step.progress} done={step.isOutcome} ui={ui} />
      <LinkNotice heading={ui.problems.heading} intro={ui.problems.intro} messages={messages} />
      {step.isOutcome && outcome ? (
        <OutcomeView
          id={step.stateId}
          outcome={outcome}
          category={outcomeCategory(step.stateId)}
          related={outcome.related.map((id) => ({ id, title: titleOf(id) }))}
          transcript={step.answered.map((a) => ({
            question: titleOf(a.question),
            answer: texts.questions[a.question]?.answers[a.value]?.label ?? a.value,
          }))}
          mapHref={hrefFor('/flow', step.answered, version)}
          headingRef={headingRef}
          sources={texts.sources}
          ui={ui}
          planHref={outcomePlan}
          serviceNames={texts.serviceNames}
          stepPlanHref={planHref([], planPrefill(step.answered))}
          newTabHint={newTabHint}
          feedback={
            <FixedFeedback
              outcome={step.stateId}
              version={version}
              back={hrefFor(basePath, step.answered, version)}
              entry={entryOf(basePath)}
              next={
                outcomePlan
                  ? { href: outcomePlan, label: ui.feedback.nextPlan }
                  : {
                      href: hrefFor('/share', step.answered, version),
                      label: ui.feedback.nextShare,
                    }
              }
              newTabHint={newTabHint}
              ui={ui.feedback}
            />
          }
        />
      ) : question ? (
        <QuestionView
          key={step.stateId}
          id={step.stateId}
          question={question}
          sources={texts.sources}
          ui={ui}
          newTabHint={newTabHint}
          options={step.options}
          takesVersion={step.takesVersion}
          checklist={step.checklist}
          formAction={basePath}
          carried={step.carried}
          error={versionError}
          defaultTyped={
            typedHere ?? (serverVersionProblem as { value?: string } | undefined)?.value
          }
          headingRef={headingRef}
          mapHref={step.answered.length > 0 ? hrefFor('/flow', step.answered, version) : undefined}
          onAnswer={answerByLink}
          onTicked={(ticked, event) => {
            if (!step.checklist) return;
            event.preventDefault();
            send({ type: 'answer.select', value: checklistAnswer(step.checklist, ticked) });
          }}
          onTyped={(value, event) => {
            event.preventDefault();
            if (send({ type: 'answer.version', value })) setTyped(null);
            else setTyped({ search, value });
          }}
        />
      ) : null}
      <StepNav
        backHref={step.backHref}
        restartHref={step.restartHref}
        shareHref={hrefFor('/share', step.answered, version)}
        newTabHint={newTabHint}
        onNavigate={follow}
        onBack={back}
        ui={ui}
      />
    </div>
  );
}
