import { describe, expect, it } from 'vitest';
import { MIN_IOS_APP_VERSION, QUESTION_IDS } from '../../machines/diagnosis-machine';
import { OUTCOME_IDS } from './flow';
import { compareVersions, parseVersion } from '../../machines/version';
import { answerPaths, reachableStates, shortestPathTo } from './paths';
import { replayAnswers } from './replay';

describe('answer paths read off the machine', () => {
  it('reaches every question and every outcome', () => {
    expect(reachableStates().sort()).toEqual([...QUESTION_IDS, ...OUTCOME_IDS].sort());
  });

  it('replays every path to the state it claims, with no problem', () => {
    const paths = answerPaths();
    expect(paths.length).toBeGreaterThan(OUTCOME_IDS.length);
    for (const path of paths) {
      const replay = replayAnswers(path.answers);
      expect(replay.problems, JSON.stringify(path.answers)).toEqual([]);
      expect(replay.stateId).toBe(path.stateId);
    }
  });

  it('asks at most 10 questions on any way to a result, and 6 on average', () => {
    const lengths = answerPaths()
      .filter((p) => OUTCOME_IDS.includes(p.stateId))
      .map((p) => p.answers.length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(10);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeLessThanOrEqual(6);
  });

  it('starts with the empty path at the first question and lists no path twice', () => {
    const paths = answerPaths();
    expect(paths[0]).toEqual({ answers: [], stateId: 'goal' });
    const keys = paths.map((p) => JSON.stringify(p.answers));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('walks both sides of the version rule', () => {
    const min = parseVersion(MIN_IOS_APP_VERSION)!;
    const typed = answerPaths().flatMap((p) =>
      p.answers.filter((a) => a.question === 'app-version' && /\d/.test(a.value)),
    );
    const sides = typed.map((a) => Math.sign(compareVersions(parseVersion(a.value)!, min)));
    expect(sides).toContain(-1);
    expect(sides).toContain(0);
  });

  it('finds the shortest answers to a state', () => {
    expect(shortestPathTo('goal')).toEqual([]);
    expect(shortestPathTo('cross-platform')).toEqual([
      { question: 'goal', value: 'prepare' },
      { question: 'accounts', value: 'personal' },
      { question: 'platforms', value: 'ios-android' },
    ]);
    expect(shortestPathTo('ios-new-phone')).toHaveLength(3);
    expect(shortestPathTo('no-such-state')).toBeNull();
  });

  it('gives each shortest path no longer than any other path to the same state', () => {
    for (const path of answerPaths()) {
      expect(shortestPathTo(path.stateId)!.length).toBeLessThanOrEqual(path.answers.length);
    }
  });
});
