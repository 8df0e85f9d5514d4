import { describe, expect, it } from 'vitest';
import { agentContent } from '../../content';
import { conditionOf, explainJourney, ruleNames } from './journey';
import { EDGES } from './flow';
import { answerPaths } from './paths';
import { ruleText } from '../case/text';

const rules = agentContent.rules as Record<string, { when: string; unless?: string }>;
const labels = { titleOf: (id: string) => id, answerLabel: (_q: string, v: string) => v };

describe('the rule behind each step', () => {
  it('has a sentence for every rule the machine uses, derived from its transitions', () => {
    const { all, passable } = ruleNames();
    expect(all).toEqual(
      expect.arrayContaining([
        'isAnswer',
        'isRestoring',
        'isOldPhoneWorking',
        'isAppVersionAtLeast',
      ]),
    );
    for (const name of all) expect(rules[name]?.when, name).toBeTruthy();
    for (const name of passable) expect(rules[name]?.unless, `${name} (passed over)`).toBeTruthy();
    expect(Object.keys(rules).sort()).toEqual([...all].sort());
  });

  it('names the rule that chose the branch, and the one passed over', () => {
    const prepare = explainJourney([
      { question: 'goal', value: 'prepare' },
      { question: 'accounts', value: 'personal' },
      { question: 'platforms', value: 'ios-ios' },
    ]);
    expect(prepare[2]).toEqual({
      question: 'platforms',
      value: 'ios-ios',
      typed: false,
      next: 'ios-model',
      rule: 'isAnswer',
      notApplied: ['isMovingToNewPhone', 'isRestoring'],
    });
    const lost = explainJourney([
      { question: 'goal', value: 'lost' },
      { question: 'accounts', value: 'personal' },
      { question: 'platforms', value: 'ios-ios' },
    ]);
    expect(lost[2]).toMatchObject({
      next: 'ios-new-phone',
      rule: 'isRestoring',
      notApplied: ['isMovingToNewPhone'],
    });
  });

  it('explains typed versions on both sides of the minimum', () => {
    const start = answerPaths().find((p) => p.stateId === 'app-version')!.answers;
    const old = explainJourney([...start, { question: 'app-version', value: '6.8.32' }]).at(-1)!;
    expect(old).toMatchObject({
      typed: true,
      rule: 'isReadableVersion',
      notApplied: ['isAppVersionAtLeast'],
    });
    expect(ruleText(old, agentContent.rules, labels)).toBe(
      'Version 6.8.32 is older than 6.8.33. Version 6.8.32 is a version number we can read, so the next step is “ios-update-app”.',
    );
    const ok = explainJourney([...start, { question: 'app-version', value: '6.8.33' }]).at(-1)!;
    expect(ok).toMatchObject({ rule: 'isAppVersionAtLeast', next: 'ios-backup-ready' });
  });

  it('explains every step of every path, in words with no placeholder left', () => {
    for (const path of answerPaths()) {
      const steps = explainJourney(path.answers);
      expect(steps).toHaveLength(path.answers.length);
      for (const step of steps)
        expect(ruleText(step, agentContent.rules, labels)).not.toMatch(/[{}]/);
    }
  });

  it('stops at an answer the machine refuses', () => {
    expect(
      explainJourney([
        { question: 'goal', value: 'lost' },
        { question: 'accounts', value: 'personal' },
        { question: 'platforms', value: 'nokia' },
      ]),
    ).toHaveLength(2);
  });

  it('draws a version rule that also asks about the situation with both conditions', () => {
    const typed = EDGES.filter((e) => e.from === 'app-version' && e.event === 'answer.version');
    expect(typed.map((e) => conditionOf(e).rules)).toEqual([
      ['isAppVersionAtLeast', 'isRestoring'],
      ['isAppVersionAtLeast'],
      ['isReadableVersion'],
    ]);
  });
});
