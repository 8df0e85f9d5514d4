import { createActor, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION as V } from '../../content';
import { diagnosisMachine, type Answer } from '../../machines/diagnosis-machine';
import { parseSearch, toSearch } from './answers-url';
import { parseLink } from './link-params';
import { answerPaths } from './paths';
import { movesTo, replayAnswers, replayLink, stateIdOf, type DiagnosisSnapshot } from './replay';
import { hrefFor, stepModel } from './step-model';

/** A link of the content version served, with these parameters after its version mark. */
const link = (params: string) => parseSearch(`v=${V}&${params}`);

describe('links', () => {
  it('round-trips answers through the query string, in order', () => {
    const answers = [
      { question: 'goal', value: 'lost' },
      { question: 'accounts', value: 'personal' },
      { question: 'platforms', value: 'ios-ios' },
    ];
    const search = toSearch(answers, V);
    expect(search).toBe(`v=${V}&goal=lost&accounts=personal&platforms=ios-ios`);
    const replay = replayLink(parseSearch(search), V);
    expect(replay.answers).toEqual(answers);
    expect(replay.stateId).toBe('ios-new-phone');
    expect(replay.problems).toEqual([]);
  });

  it('replays in the machine’s order, whatever order the link has', () => {
    const replay = replayLink(
      parseSearch(`?platforms=ios-android&v=${V}&accounts=personal&goal=lost`),
      V,
    );
    expect(replay.stateId).toBe('cross-platform-no-old-phone');
    expect(replay.isOutcome).toBe(true);
  });

  it('stops at the first refused answer and reports it, keeping what came before', () => {
    const replay = replayLink(
      link('goal=lost&accounts=personal&platforms=nokia&ios-new-phone=empty'),
      V,
    );
    expect(replay.stateId).toBe('platforms');
    expect(replay.answers).toEqual([
      { question: 'goal', value: 'lost' },
      { question: 'accounts', value: 'personal' },
    ]);
    expect(replay.problems).toContainEqual({
      kind: 'invalid-answer',
      question: 'platforms',
      value: 'nokia',
    });
    expect(replay.problems).toContainEqual({ kind: 'unused', questions: ['ios-new-phone'] });
  });

  it('tells an unreadable typed version apart from a wrong answer', () => {
    const base =
      'goal=prepare&accounts=personal&platforms=ios-ios&ios-model=no-switch&ios-settings=all-on';
    expect(replayLink(link(`${base}&app-version=6.x`), V).problems).toContainEqual({
      kind: 'invalid-version',
      question: 'app-version',
      value: '6.x',
    });
    expect(replayLink(link(`${base}&app-version=abc`), V).problems).toContainEqual({
      kind: 'invalid-version',
      question: 'app-version',
      value: 'abc',
    });
    expect(replayLink(link(`${base}&app-version=6.8.33`), V).stateId).toBe('ios-backup-ready');
  });

  it('reports repeated keys, unknown keys, oversize values and a bad version mark', () => {
    const link = parseLink({
      goal: ['restore', 'lost'],
      utm: 'x',
      platforms: 'a'.repeat(500),
      v: 'two',
    });
    expect(link.answers.get('goal')).toBe('restore');
    expect(link.problems).toEqual(
      expect.arrayContaining([
        { kind: 'repeated', key: 'goal' },
        { kind: 'unknown-param', key: 'utm' },
        { kind: 'too-long', key: 'platforms' },
        { kind: 'bad-version', value: 'two' },
      ]),
    );
  });

  it('reads a link made for another content version, and says so', () => {
    const replay = replayLink(parseSearch('v=0&goal=restore'), V);
    expect(replay.stateId).toBe('accounts');
    expect(replay.problems).toContainEqual({
      kind: 'other-version',
      linkVersion: 0,
      currentVersion: V,
    });
  });

  it.each([undefined, null, 42, 'goal=restore', { goal: 7 }, { goal: { a: 1 } }])(
    'never throws on %j',
    (input) => {
      expect(() => replayLink(parseLink(input), V)).not.toThrow();
    },
  );

  it('caps the number of parameters it reads', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, 'x']));
    const link = parseLink(many);
    expect(link.problems).toContainEqual({ kind: 'too-many' });
    expect(link.problems.length).toBeLessThanOrEqual(61);
  });
});

describe('replayAnswers', () => {
  it('refuses answers out of order', () => {
    const replay = replayAnswers([{ question: 'platforms', value: 'ios-ios' }]);
    expect(replay.stateId).toBe('goal');
    expect(replay.problems).toHaveLength(1);
  });
});

describe('stepModel', () => {
  it('offers each answer once, as a link that adds it to the current ones', () => {
    const model = stepModel(
      replayLink(link('goal=lost&accounts=personal'), V).snapshot,
      '/check',
      V,
    );
    expect(model.options.map((o) => o.value)).toEqual([
      'ios-ios',
      'android-android',
      'ios-android',
      'android-ios',
    ]);
    expect(model.options[0]!.href).toBe(
      hrefFor('/check', [...model.answered, { question: 'platforms', value: 'ios-ios' }], V),
    );
    expect(model.options[0]!.href).toContain(toSearch(model.answered, V));
    expect(model.backHref).toBe(hrefFor('/check', [{ question: 'goal', value: 'lost' }], V));
    expect(model.progress.current).toBe(3);
  });

  it('starts progress empty with the longest way still ahead, and is complete at an outcome', () => {
    const start = stepModel(replayLink(parseSearch(''), V).snapshot, '/check', V);
    expect(start.progress.fraction).toBe(0);
    expect(start.progress.atMostAfter).toBeGreaterThan(5);
    const end = stepModel(
      replayLink(link('goal=lost&accounts=personal&platforms=ios-android'), V).snapshot,
      '/check',
      V,
    );
    expect(end.progress.fraction).toBe(1);
    expect(end.options).toEqual([]);
  });

  it('carries earlier answers as hidden fields for the no-JavaScript version form', () => {
    const model = stepModel(replayLink(link('goal=restore'), V).snapshot, '/check', V);
    expect(model.carried).toEqual([
      { name: 'v', value: String(V) },
      { name: 'goal', value: 'restore' },
    ]);
  });
});

describe('problemMessages for the version mark', () => {
  it('tells a link with no version mark apart from one made for an earlier version', async () => {
    const { problemMessages } = await import('./problem-text');
    const { ui } = await import('../../content');
    const title = (id: string) => id;
    const none = replayLink(parseSearch('goal=restore'), V);
    const old = replayLink(parseSearch('v=0&goal=restore'), V);
    expect(problemMessages(none.problems, title, ui)).toEqual([ui.problems.noVersion]);
    expect(problemMessages(old.problems, title, ui)).toEqual([ui.problems.otherVersion]);
  });
});

describe('checklist questions', () => {
  const base = 'goal=prepare&accounts=personal&platforms=ios-ios&ios-model=no-switch';

  it('reads the ticked items of the plain form as the first item left unticked', () => {
    const ticked = replayLink(
      link(`${base}&ios-settings.on=&ios-settings.on=drive&ios-settings.on=backup`),
      V,
    );
    expect(ticked.answers.at(-1)).toEqual({ question: 'ios-settings', value: 'keychain' });
    expect(ticked.stateId).toBe('ios-keychain-off');
    expect(ticked.problems).toEqual([]);
  });

  it('reads none ticked as the first item off, and all ticked as all on', () => {
    expect(replayLink(link(`${base}&ios-settings.on=`), V).stateId).toBe('ios-turn-on-icloud');
    const all = ['drive', 'keychain', 'backup', 'saved', 'opened']
      .map((item) => `ios-settings.on=${item}`)
      .join('&');
    expect(replayLink(link(`${base}&${all}`), V).stateId).toBe('app-version');
  });

  it('ignores ticked values that are not items', () => {
    const odd = replayLink(link(`${base}&ios-settings.on=drive&ios-settings.on=<x>`), V);
    expect(odd.stateId).toBe('ios-keychain-off');
  });
});

describe('movesTo: the events that bring a live wizard to an address', () => {
  /** Where the machine ends after the events, as the live wizard's actor would. */
  const after = (from: DiagnosisSnapshot, events: ReturnType<typeof movesTo>) =>
    events.reduce((at, event) => transition(diagnosisMachine, at, event)[0], from);
  const at = (answers: readonly Answer[]) => replayAnswers(answers);
  const walk = answerPaths().find((path) => path.answers.length >= 4)!.answers;

  it('sends nothing when the address is the step shown', () => {
    const here = at(walk);
    expect(movesTo(here.snapshot, here)).toEqual([]);
  });

  it('sends Back when the address is the step before, and lands where that link replays to', () => {
    const from = at(walk).snapshot;
    const to = at(walk.slice(0, -1));
    expect(movesTo(from, to)).toEqual([{ type: 'step.back' }]);
    const landed = after(from, movesTo(from, to));
    expect(stateIdOf(landed)).toBe(to.stateId);
    expect(landed.context.answers).toEqual(to.answers);
  });

  it('starts over and gives the answers for any other address: forward, two back, elsewhere', () => {
    const from = at(walk.slice(0, 3)).snapshot;
    const other = answerPaths().find(
      (path) => path.answers.length > 0 && path.answers[0]!.value !== walk[0]!.value,
    )!;
    for (const target of [walk, walk.slice(0, 1), [], other.answers]) {
      const to = at(target);
      const events = movesTo(from, to);
      expect(events[0]).toEqual({ type: 'wizard.restart' });
      const landed = after(from, events);
      expect(stateIdOf(landed)).toBe(to.stateId);
      expect(landed.context.answers).toEqual(to.answers);
    }
  });

  it('brings one long-lived actor along every step of every way through, and back again', () => {
    for (const path of answerPaths()) {
      const actor = createActor(diagnosisMachine).start();
      const steps = path.answers.map((_, i) => at(path.answers.slice(0, i + 1)));
      for (const to of [...steps, ...steps.slice(0, -1).reverse(), at([])]) {
        for (const event of movesTo(actor.getSnapshot(), to)) actor.send(event);
        expect(stateIdOf(actor.getSnapshot())).toBe(to.stateId);
        expect(actor.getSnapshot().context.answers).toEqual(to.answers);
      }
      actor.stop();
    }
  });

  it('reaches a typed version through the event the machine takes for it', () => {
    const typed = replayLink(
      link(
        'goal=prepare&accounts=personal&platforms=ios-ios&ios-model=no-switch&ios-settings=all-on&app-version=6.8.40',
      ),
      V,
    );
    expect(typed.events.at(-1)).toEqual({ type: 'answer.version', value: '6.8.40' });
    const landed = after(replayAnswers([]).snapshot, movesTo(replayAnswers([]).snapshot, typed));
    expect(stateIdOf(landed)).toBe(typed.stateId);
  });
});
