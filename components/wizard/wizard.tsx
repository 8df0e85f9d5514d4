'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import { transition, type ActorRefFrom } from 'xstate';
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
import { movesTo, replayLink, stateIdOf, type ReplayProblem } from '@/lib/wizard/replay';
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

type WizardActor = ActorRefFrom<typeof diagnosisMachine>;

/** The address the wizard shows (settingParams left out), and what was wrong with it as a link. */
type Shown = { search: string; problems: ReplayProblem[] };

/**
 * The address bar and the actor, kept at the same step. The wizard's own moves send an event
 * to the actor and then write the address from it (`write`). An address that changes from
 * outside (the browser's Back or Forward) is replayed once, and the actor is brought to it
 * through its own events, before React reads either.
 */
function followAddress(
  initialSearch: string,
  actorRef: WizardActor,
  version: number,
  settingParams: readonly string[],
  first: Shown,
) {
  const store = addressFrom(initialSearch);
  let shown = first;
  const follow = () => {
    const search = withoutParams(store.read(), settingParams);
    if (search === shown.search) return;
    const replay = replayLink(parseSearch(search), version);
    for (const event of movesTo(actorRef.getSnapshot(), replay)) actorRef.send(event);
    shown = { search, problems: replay.problems };
  };
  return {
    subscribe(notify: () => void) {
      return store.subscribe(() => {
        follow();
        notify();
      });
    },
    read: () => shown,
    write(href: string, mode: 'push' | 'replace') {
      const url = new URL(href, window.location.href);
      shown = { search: withoutParams(url.search.slice(1), settingParams), problems: [] };
      moveTo(href, mode);
    },
  };
}

/**
 * The live wizard. A page the router draws for another address is a wizard of its own; within
 * one, every step change is an event of one actor.
 */
export function Wizard(props: Props) {
  return <LiveWizard key={props.initialSearch} {...props} />;
}

/**
 * One actor of the machine for the wizard's whole life, read through useSelector: an answer,
 * Back and Start over are its events, and the address is written from it after each. The page's
 * own address is replayed once, where the actor starts; links and forms still carry the answers,
 * so every step works without JavaScript.
 */
function LiveWizard(props: Props) {
  const { version, basePath, historyMode, onStep, settingParams = [], textsHref } = props;
  const { newTabHint } = props;
  const { texts, complete, setAll } = useAllTexts(props.texts, textsHref);
  const { ui } = texts;
  const [first] = useState(() => {
    const search = withoutParams(props.initialSearch, settingParams);
    return { search, replay: replayLink(parseSearch(search), version) };
  });
  const actorRef = useActorRef(diagnosisMachine, { snapshot: first.replay.snapshot });
  const snapshot = useSelector(actorRef, (current) => current);
  const [address] = useState(() =>
    followAddress(props.initialSearch, actorRef, version, settingParams, {
      search: first.search,
      problems: first.replay.problems,
    }),
  );
  const shown = useSyncExternalStore(address.subscribe, address.read, address.read);
  const { search, problems } = shown;
  const step = stepModel(snapshot, basePath, version);
  useStepBeacon(basePath, version, step.stateId, step.answered);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // Drawn by the router after a link from another page (not hydrated from the server's HTML):
  // its first step is a move like any other, so the heading takes the focus.
  const hydrated = useHydrated();
  const [byRouter] = useState(hydrated);
  const [typed, setTyped] = useState<{ search: string; value: string } | null>(null);

  const titleOf = (id: string) => texts.titles[id] ?? id;
  const title = titleOf(step.stateId);
  const hasWords = hasStepTexts(texts, step.stateId);

  // Back or Forward to a step whose words have not arrived: the built page has them.
  useEffect(() => {
    if (!hasWords) window.location.reload();
  }, [hasWords]);

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

  /**
   * A step change: the event goes to the actor, then the address is written from the actor.
   * When the next step's words are not here yet, it waits for them, or loads that step as a
   * page, as it would without JavaScript. False when the machine does not take the event.
   */
  const move = (event: DiagnosisEvent, mode = historyMode): boolean => {
    const now = actorRef.getSnapshot();
    if (!now.can(event)) return false;
    const [next] = transition(diagnosisMachine, now, event);
    const href = hrefFor(basePath, next.context.answers, version);
    const take = () => {
      actorRef.send(event);
      address.write(href, mode);
    };
    // Every step's words are here: nothing to check on the way (the common case, kept fast).
    if (complete || hasStepTexts(texts, stateIdOf(next))) {
      take();
      return true;
    }
    void withinWait(allTexts(textsHref)).then((all) => {
      // The person has moved on meanwhile (Back, another tap): this move is spent.
      if (actorRef.getSnapshot() !== now) return;
      if (all && hasStepTexts(all, stateIdOf(next))) {
        setAll(all);
        take();
      } else if (mode === 'replace') window.location.replace(new URL(href, window.location.href));
      else window.location.assign(new URL(href, window.location.href));
    });
    return true;
  };
  /** A link's click taken as the event it stands for; any other click opens the link itself. */
  const moveOnClick = (event: DiagnosisEvent, click: MouseEvent<HTMLAnchorElement>) => {
    if (isPlainClick(click) && move(event)) click.preventDefault();
  };
  /**
   * Back returns to the history entry before when that is the step before, as the phone's
   * Back would (the actor follows the address there); otherwise it puts the step before in
   * place of this one, so the phone's Back does not come back here either. In the embed,
   * history is the host page's: always replace.
   */
  const back = (click: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(click) || step.backHref === null) return;
    if (historyMode === 'push' && backTo(step.backHref)) click.preventDefault();
    else if (move({ type: 'step.back' }, 'replace')) click.preventDefault();
  };

  const typedHere = typed?.search === search ? typed.value : null;
  const serverVersionProblem = problems.find(
    (p) => p.kind === 'invalid-version' && p.question === step.stateId,
  );
  const question = texts.questions[step.stateId];
  const versionError =
    typedHere !== null || serverVersionProblem ? (question?.input?.invalid ?? null) : null;

  const messages = problemMessages(problems, titleOf, ui);
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
          onAnswer={(value, click) => moveOnClick({ type: 'answer.select', value }, click)}
          onTicked={(ticked, submit) => {
            if (!step.checklist) return;
            submit.preventDefault();
            move({ type: 'answer.select', value: checklistAnswer(step.checklist, ticked) });
          }}
          onTyped={(value, submit) => {
            submit.preventDefault();
            if (move({ type: 'answer.version', value })) setTyped(null);
            else setTyped({ search, value });
          }}
        />
      ) : null}
      <StepNav
        backHref={step.backHref}
        restartHref={step.restartHref}
        shareHref={hrefFor('/share', step.answered, version)}
        newTabHint={newTabHint}
        onBack={back}
        onRestart={(click) => moveOnClick({ type: 'wizard.restart' }, click)}
        ui={ui}
      />
    </div>
  );
}
