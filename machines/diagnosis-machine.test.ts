import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { EDGES, OUTCOME_IDS } from '../lib/wizard/flow';
import {
  ALL_ON,
  CHECKLISTS,
  checklistAnswer,
  diagnosisMachine,
  MIN_IOS_APP_VERSION,
  type DiagnosisEvent,
} from './diagnosis-machine';

type Snapshot = ReturnType<typeof initialTransition<typeof diagnosisMachine>>[0];

function run(...answers: string[]): Snapshot {
  let [snapshot] = initialTransition(diagnosisMachine);
  for (const value of answers) {
    const select = { type: 'answer.select', value } as const;
    const event: DiagnosisEvent = snapshot.can(select) ? select : { type: 'answer.version', value };
    expect(snapshot.can(event), `"${value}" at ${String(snapshot.value)}`).toBe(true);
    [snapshot] = transition(diagnosisMachine, snapshot, event);
  }
  return snapshot;
}

/** One explicit answer sequence per outcome: if the tree changes, these say where. */
const iosRestore = ['restore', 'ios-ios', 'empty', 'same'];
const journeys: Record<string, string[]> = {
  'cross-platform': ['restore', 'ios-android'],
  'ios-update-required': [...iosRestore, 'old-ios'],
  'ios-turn-on-icloud': ['prepare', 'ios-ios', 'no-switch', 'drive'],
  'ios-keychain-off': ['prepare', 'ios-ios', 'no-switch', 'keychain'],
  'ios-apple-two-factor': [...iosRestore, 'will-not-turn-on'],
  'ios-keychain-approval': [...iosRestore, 'cannot-approve'],
  'ios-saved-to-icloud-off': ['prepare', 'ios-ios', 'no-switch', 'saved'],
  'ios-update-app': ['prepare', 'ios-ios', 'no-switch', 'all-on', '6.8.32'],
  'ios-backup-ready': ['prepare', 'ios-ios', 'no-switch', 'all-on', MIN_IOS_APP_VERSION],
  'ios-sync-then-reinstall': [...iosRestore, 'still-empty', 'yes', 'no-switch', 'all-on', '6.10.0'],
  'ios-same-apple-account': ['restore', 'ios-ios', 'empty', 'different'],
  'apple-account-recovery': ['restore', 'ios-ios', 'empty', 'cannot-sign-in'],
  'ios-legacy-turn-on': ['prepare', 'ios-ios', 'in-app-switch', 'off'],
  'ios-legacy-ready': ['prepare', 'ios-ios', 'in-app-switch', 'on'],
  'ios-legacy-restore': [...iosRestore, 'still-empty', 'yes', 'in-app-switch'],
  'something-went-wrong': ['backup-error', 'android'],
  'android-turn-on-backup': ['prepare', 'android-android', 'off'],
  'android-backup-ready': ['prepare', 'android-android', 'on', 'yes'],
  'microsoft-account-recovery': ['prepare', 'android-android', 'on', 'no'],
  'backup-overwritten': ['restore', 'android-android', 'yes'],
  'restore-option-missing': ['restore', 'android-android', 'no', 'not-shown'],
  'wrong-recovery-account': ['restore', 'android-android', 'no', 'restore-shown', 'not-stored'],
  'restore-sign-in-error': ['lost', 'android-android', 'no', 'restore-shown', 'error'],
  'restored-sign-in': ['restore', 'android-android', 'no', 'restore-shown', 'restored'],
  'work-school-account': ['not-working', 'work-school'],
  'personal-account-sign-in': ['not-working', 'personal-microsoft'],
  'codes-rejected': ['not-working', 'other-service'],
  'not-in-backup': ['not-working', 'missing'],
  'service-recovery': ['lost', 'ios-ios', 'empty', 'same', 'still-empty', 'still-empty'],
};

describe('diagnosis machine', () => {
  it('starts by asking what is going on', () => {
    const [snapshot] = initialTransition(diagnosisMachine);
    expect(snapshot.value).toBe('goal');
    expect(snapshot.context.answers).toEqual([]);
  });

  it('has a journey in this test for every outcome', () => {
    expect(Object.keys(journeys).sort()).toEqual([...OUTCOME_IDS].sort());
  });

  it.each(Object.entries(journeys))('reaches %s', (outcome, answers) => {
    const snapshot = run(...answers);
    expect(snapshot.value).toBe(outcome);
    expect(snapshot.hasTag('outcome')).toBe(true);
    expect(snapshot.status).toBe('active');
    expect(snapshot.context.answers.map((a) => a.value)).toEqual(answers);
  });

  describe('platformsMatch: only same-platform moves go on to the checklist', () => {
    it.each([
      ['ios-ios', 'ios-new-phone'],
      ['android-android', 'android-new-backup'],
      ['ios-android', 'cross-platform'],
      ['android-ios', 'cross-platform'],
    ])('%s on restore leads to %s', (platforms, next) => {
      expect(run('restore', platforms).value).toBe(next);
    });

    it('asks the old phone checklist first when preparing', () => {
      expect(run('prepare', 'ios-ios').value).toBe('ios-model');
      expect(run('prepare', 'android-android').value).toBe('android-backup');
    });

    it('treats a lost phone as a restore', () => {
      expect(run('lost', 'ios-ios').value).toBe('ios-new-phone');
      expect(run('lost', 'android-android').value).toBe('android-new-backup');
    });
  });

  describe('isOldPhoneGone: a lost old iPhone skips its settings, never the retry', () => {
    it('asks for the old iPhone when it may still be there', () => {
      expect(run(...iosRestore, 'still-empty').value).toBe('ios-old-phone');
    });

    it('goes straight to the retry when the old iPhone is gone', () => {
      expect(run('lost', 'ios-ios', 'empty', 'same', 'still-empty').value).toBe('ios-retry');
    });
  });

  describe('the iPhone settings checklist leads to the first setting that is off', () => {
    const at = (value: string) => run('prepare', 'ios-ios', 'no-switch', value).value;
    it.each([
      ['drive', 'ios-turn-on-icloud'],
      ['keychain', 'ios-keychain-off'],
      ['backup', 'ios-turn-on-icloud'],
      ['saved', 'ios-saved-to-icloud-off'],
      ['opened', 'ios-update-app'],
      ['all-on', 'app-version'],
    ])('%s first off leads to %s', (value, next) => {
      expect(at(value)).toBe(next);
    });

    it('reads the ticked items as the first one left unticked', () => {
      const items = CHECKLISTS['ios-settings']!;
      expect(checklistAnswer(items, [])).toBe('drive');
      expect(checklistAnswer(items, ['drive', 'backup'])).toBe('keychain');
      expect(checklistAnswer(items, ['opened', 'saved', 'backup', 'keychain', 'drive'])).toBe(
        ALL_ON,
      );
    });
  });

  describe('isAppVersionAtLeast', () => {
    const checked = ['prepare', 'ios-ios', 'no-switch', 'all-on'];
    const atVersion = (typed: string) => run(...checked, typed).value;

    it.each(['6.8.33', '6.8.34', '6.9', '6.10.0', '7.0.0', 'v6.8.33', ' 6.8.40 ', '6,8,40'])(
      '%j is ready',
      (v) => {
        expect(atVersion(v)).toBe('ios-backup-ready');
      },
    );

    it('sends a restore with a good version to sync and reinstall', () => {
      expect(run(...iosRestore, 'still-empty', 'yes', 'no-switch', 'all-on', '6.8.33').value).toBe(
        'ios-sync-then-reinstall',
      );
    });

    it.each(['6.8.32', '6.8.4', '6.8', '5.99.99', '0.0'])('%j needs an update first', (v) => {
      expect(atVersion(v)).toBe('ios-update-app');
    });

    // "6832" is 6.8.32 without its dots: read as one number it would pass as up to date.
    it.each(['', 'abc', '6..8', 'latest', '6.8.33; drop table', '6832', '6833', '7', '0'])(
      '%j is refused, staying on the question',
      (v) => {
        const snapshot = run(...checked);
        expect(snapshot.can({ type: 'answer.version', value: v })).toBe(false);
      },
    );

    it('offers "I can\'t find it", which leads to updating anyway', () => {
      expect(run(...checked, 'cannot-find').value).toBe('ios-update-app');
    });
  });

  it('refuses an answer a question does not offer', () => {
    const [snapshot] = initialTransition(diagnosisMachine);
    expect(snapshot.can({ type: 'answer.select', value: 'ios-ios' })).toBe(false);
    expect(snapshot.can({ type: 'answer.version', value: '6.8.33' })).toBe(false);
  });

  describe('Back and Start over', () => {
    it('Back from an outcome returns to the question that led there, forgetting that answer', () => {
      const [back] = transition(diagnosisMachine, run('restore', 'ios-android'), {
        type: 'step.back',
      });
      expect(back.value).toBe('platforms');
      expect(back.context.answers).toEqual([{ question: 'goal', value: 'restore' }]);
    });

    it('Back twice from a deep outcome walks back two questions', () => {
      let snapshot = run(...journeys['wrong-recovery-account']!);
      [snapshot] = transition(diagnosisMachine, snapshot, { type: 'step.back' });
      [snapshot] = transition(diagnosisMachine, snapshot, { type: 'step.back' });
      expect(snapshot.value).toBe('android-new-phone');
    });

    it('Back on the first question does nothing', () => {
      const [start] = initialTransition(diagnosisMachine);
      expect(start.can({ type: 'step.back' })).toBe(false);
    });

    it('Start over from an outcome goes to the first question with no answers', () => {
      const [again] = transition(diagnosisMachine, run(...journeys['service-recovery']!), {
        type: 'wizard.restart',
      });
      expect(again.value).toBe('goal');
      expect(again.context.answers).toEqual([]);
    });
  });

  const answerValuesEverywhere = [
    ...new Set(EDGES.map((e) => e.value).filter((v) => v !== undefined)),
  ];

  it('reaches every outcome in generated paths (xstate/graph), guards included', () => {
    const model = createTestModel(diagnosisMachine, {
      events: [
        // Every answer value the machine names, so each guarded branch has a payload to take it.
        ...answerValuesEverywhere.map((value) => ({ type: 'answer.select' as const, value })),
        { type: 'answer.version', value: '6.8.32' },
        { type: 'answer.version', value: MIN_IOS_APP_VERSION },
      ],
    });
    const reached = new Set(
      model.getShortestPaths({ allowDuplicatePaths: true }).map((p) => String(p.state.value)),
    );
    for (const outcome of OUTCOME_IDS) expect(reached, outcome).toContain(outcome);
  });
});
