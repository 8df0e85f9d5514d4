import { describe, expect, it } from 'vitest';
import { parseSearch, toSearch } from './answers-url';
import { parseLink } from './link-params';
import { replayAnswers, replayLink } from './replay';
import { stepModel } from './step-model';

const V = 3;

describe('links', () => {
  it('round-trips answers through the query string, in order', () => {
    const answers = [
      { question: 'goal', value: 'lost' },
      { question: 'accounts', value: 'personal' },
      { question: 'platforms', value: 'ios-ios' },
    ];
    const search = toSearch(answers, V);
    expect(search).toBe('v=3&goal=lost&accounts=personal&platforms=ios-ios');
    const replay = replayLink(parseSearch(search), V);
    expect(replay.answers).toEqual(answers);
    expect(replay.stateId).toBe('ios-new-phone');
    expect(replay.problems).toEqual([]);
  });

  it('replays in the machine’s order, whatever order the link has', () => {
    const replay = replayLink(
      parseSearch('?platforms=ios-android&v=3&accounts=personal&goal=lost'),
      V,
    );
    expect(replay.stateId).toBe('cross-platform-no-old-phone');
    expect(replay.isOutcome).toBe(true);
  });

  it('stops at the first refused answer and reports it, keeping what came before', () => {
    const replay = replayLink(
      parseSearch('v=3&goal=lost&accounts=personal&platforms=nokia&ios-new-phone=empty'),
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
      'v=3&goal=prepare&accounts=personal&platforms=ios-ios&ios-model=no-switch&ios-settings=all-on';
    expect(replayLink(parseSearch(`${base}&app-version=6.x`), V).problems).toContainEqual({
      kind: 'invalid-version',
      question: 'app-version',
      value: '6.x',
    });
    expect(replayLink(parseSearch(`${base}&app-version=abc`), V).problems).toContainEqual({
      kind: 'invalid-version',
      question: 'app-version',
      value: 'abc',
    });
    expect(replayLink(parseSearch(`${base}&app-version=6.8.33`), V).stateId).toBe(
      'ios-backup-ready',
    );
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
      replayLink(parseSearch('v=3&goal=lost&accounts=personal'), V),
      '/check',
      V,
    );
    expect(model.options.map((o) => o.value)).toEqual([
      'ios-ios',
      'android-android',
      'ios-android',
      'android-ios',
    ]);
    expect(model.options[0]!.href).toBe('/check?v=3&goal=lost&accounts=personal&platforms=ios-ios');
    expect(model.backHref).toBe('/check?v=3&goal=lost');
    expect(model.progress.current).toBe(3);
  });

  it('starts progress empty with the longest way still ahead, and is complete at an outcome', () => {
    const start = stepModel(replayLink(parseSearch(''), V), '/check', V);
    expect(start.progress.fraction).toBe(0);
    expect(start.progress.atMostAfter).toBeGreaterThan(5);
    const end = stepModel(
      replayLink(parseSearch('v=3&goal=lost&accounts=personal&platforms=ios-android'), V),
      '/check',
      V,
    );
    expect(end.progress.fraction).toBe(1);
    expect(end.options).toEqual([]);
  });

  it('carries earlier answers as hidden fields for the no-JavaScript version form', () => {
    const model = stepModel(replayLink(parseSearch('v=3&goal=restore'), V), '/check', V);
    expect(model.carried).toEqual([
      { name: 'v', value: '3' },
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
  const base = 'v=3&goal=prepare&accounts=personal&platforms=ios-ios&ios-model=no-switch';

  it('reads the ticked items of the plain form as the first item left unticked', () => {
    const ticked = replayLink(
      parseSearch(`${base}&ios-settings.on=&ios-settings.on=drive&ios-settings.on=backup`),
      V,
    );
    expect(ticked.answers.at(-1)).toEqual({ question: 'ios-settings', value: 'keychain' });
    expect(ticked.stateId).toBe('ios-keychain-off');
    expect(ticked.problems).toEqual([]);
  });

  it('reads none ticked as the first item off, and all ticked as all on', () => {
    expect(replayLink(parseSearch(`${base}&ios-settings.on=`), V).stateId).toBe(
      'ios-turn-on-icloud',
    );
    const all = ['drive', 'keychain', 'backup', 'saved', 'opened']
      .map((item) => `ios-settings.on=${item}`)
      .join('&');
    expect(replayLink(parseSearch(`${base}&${all}`), V).stateId).toBe('app-version');
  });

  it('ignores ticked values that are not items', () => {
    const odd = replayLink(parseSearch(`${base}&ios-settings.on=drive&ios-settings.on=<x>`), V);
    expect(odd.stateId).toBe('ios-keychain-off');
  });
});
