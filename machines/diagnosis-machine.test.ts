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
const iosNewPhone = ['restore', 'personal', 'ios-ios', 'shows-accounts', 'empty'];
const iosLost = ['lost', 'personal', 'ios-ios', 'empty'];
const androidNewPhone = ['restore', 'personal', 'android-android', 'gone', 'yes-or-unsure'];
const androidWorking = ['restore', 'personal', 'android-android', 'shows-accounts'];
const legacyIphone = ['lost', 'personal', 'ios-ios', 'begin-recovery', 'same'];
const journeys: Record<string, string[]> = {
  'cross-platform': ['restore', 'personal', 'ios-android', 'shows-accounts'],
  'cross-platform-no-old-phone': ['lost', 'personal', 'android-ios'],
  'ios-update-required': [...iosLost, 'old-ios'],
  'ios-turn-on-icloud': ['prepare', 'personal', 'ios-ios', 'no-switch', 'drive'],
  'ios-keychain-off': ['prepare', 'personal', 'ios-ios', 'no-switch', 'keychain'],
  'ios-apple-two-factor': [...iosLost, 'will-not-turn-on'],
  'ios-keychain-approval': [...iosLost, 'cannot-approve'],
  'ios-saved-to-icloud-off': ['prepare', 'personal', 'ios-ios', 'no-switch', 'saved'],
  'ios-update-app': ['prepare', 'personal', 'ios-ios', 'no-switch', 'all-on', '6.8.32'],
  'ios-backup-ready': [
    'prepare',
    'personal',
    'ios-ios',
    'no-switch',
    'all-on',
    MIN_IOS_APP_VERSION,
  ],
  'ios-sync-then-reinstall': [...iosNewPhone, 'still-empty', 'all-on', '6.10.0'],
  'ios-same-apple-account': [...iosLost, 'different-apple-account'],
  'apple-account-recovery': [...iosLost, 'cannot-sign-in-apple'],
  'ios-legacy-turn-on': ['prepare', 'personal', 'ios-ios', 'in-app-switch', 'off'],
  'ios-legacy-ready': ['prepare', 'personal', 'ios-ios', 'in-app-switch', 'on'],
  'ios-legacy-restore': [
    'restore',
    'personal',
    'ios-ios',
    'shows-accounts',
    'begin-recovery',
    'same',
    'not-stored',
  ],
  'ios-no-icloud-backup': [...legacyIphone, 'no-icloud-backup'],
  'something-went-wrong': ['backup-error', 'android'],
  'android-turn-on-backup': ['prepare', 'personal', 'android-android', 'off'],
  'android-backup-ready': ['prepare', 'personal', 'android-android', 'on', 'yes'],
  'microsoft-account-recovery': ['prepare', 'personal', 'android-android', 'on', 'no'],
  'backup-overwritten': [...androidNewPhone, 'yes'],
  'backup-erase-prompt': [...androidNewPhone, 'erase-prompt'],
  'old-phone-fresh-backup': [...androidWorking, 'no', 'not-stored'],
  'restore-option-missing': [...androidNewPhone, 'no', 'not-shown'],
  'wrong-recovery-account': [...androidNewPhone, 'no', 'not-stored'],
  'restore-came-back-empty': [...androidNewPhone, 'no', 'restored-nothing'],
  'send-logs-support': [...androidNewPhone, 'no', 'send-logs'],
  'restore-sign-in-error': ['lost', 'personal', 'android-android', 'yes-or-unsure', 'no', 'error'],
  'restored-sign-in': [...androidNewPhone, 'no', 'restored'],
  'no-backup-android': ['lost', 'personal', 'android-android', 'no'],
  'work-school-account': ['not-working', 'work-school'],
  'work-scan-qr': ['not-working', 'work-qr'],
  'work-prompts-old-phone': ['not-working', 'prompts-old-phone'],
  'passkeys-not-restored': ['not-working', 'passkey'],
  'personal-account-sign-in': ['not-working', 'personal-microsoft'],
  'codes-rejected': ['locked-out', 'codes-refused', 'other-service'],
  'not-in-backup': ['not-working', 'missing'],
  'service-recovery': [...iosLost, 'still-empty', 'still-empty'],
  'deleted-accounts': ['same-phone', 'deleted', 'personal'],
  'rooted-device': ['same-phone', 'rooted'],
  'admin-another-admin': ['locked-out', 'work-account', 'other-admins'],
  'admin-support-case': ['restore', 'work-only', 'only-admin'],
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

  describe('situation first: the old phone, the accounts and the kind of phone decide', () => {
    it.each([
      ['ios-ios', 'old-phone'],
      ['android-android', 'old-phone'],
      ['ios-android', 'old-phone'],
      ['android-ios', 'old-phone'],
    ])('%s on a new phone asks about the old phone next', (platforms, next) => {
      expect(run('restore', 'personal', platforms).value).toBe(next);
    });

    it.each([
      ['ios-ios', 'ios-new-phone'],
      ['android-android', 'android-new-backup'],
      ['ios-android', 'cross-platform'],
      ['android-ios', 'cross-platform'],
    ])('%s with a working old phone leads to %s', (platforms, next) => {
      expect(run('restore', 'personal', platforms, 'shows-accounts').value).toBe(next);
    });

    it('asks the old phone checklist first when preparing', () => {
      expect(run('prepare', 'personal', 'ios-ios').value).toBe('ios-model');
      expect(run('prepare', 'personal', 'android-android').value).toBe('android-backup');
    });

    it('treats a lost phone as a restore without asking about it', () => {
      expect(run('lost', 'personal', 'ios-ios').value).toBe('ios-new-phone');
      expect(run('lost', 'personal', 'android-android').value).toBe('backup-ever');
    });

    it('sends only work or school accounts to their organization, skipping every restore question', () => {
      expect(run('restore', 'work-only').value).toBe('work-admin');
      expect(run('locked-out', 'work-account').value).toBe('work-admin');
      expect(run('restore', 'work-only', 'no').value).toBe('work-school-account');
    });

    it('asks which phone it is when the accounts vanished from the phone in hand', () => {
      expect(run('same-phone', 'reinstalled', 'personal').value).toBe('this-phone');
      expect(run('same-phone', 'reinstalled', 'personal', 'ios').value).toBe('ios-new-phone');
      expect(run('same-phone', 'org-wiped', 'personal', 'android').value).toBe('backup-ever');
    });

    it('reads "locked out" by where the codes went', () => {
      expect(run('locked-out', 'new-phone').value).toBe('platforms');
      expect(run('locked-out', 'new-phone', 'ios-ios').value).toBe('old-phone');
      expect(run('locked-out', 'phone-gone', 'ios-ios').value).toBe('ios-new-phone');
      expect(run('locked-out', 'same-phone').value).toBe('same-phone-how');
      expect(run('locked-out', 'codes-refused').value).toBe('account-type');
    });
  });

  describe('isOldPhoneWorking: a working old iPhone gets its settings checked, a gone one the retry', () => {
    it('checks the old iPhone when it still works', () => {
      expect(run(...iosNewPhone, 'still-empty').value).toBe('ios-settings');
    });

    it('goes straight to the retry when the old iPhone is gone', () => {
      expect(run(...iosLost, 'still-empty').value).toBe('ios-retry');
    });
  });

  describe('the older iPhone flow checks the Apple Account before the Microsoft sign-in', () => {
    it('asks about iCloud first, then the Microsoft sign-in', () => {
      expect(run('lost', 'personal', 'ios-ios', 'begin-recovery').value).toBe('ios-legacy-icloud');
      expect(run(...legacyIphone).value).toBe('recovery-signin');
    });

    it('offers the iCloud message only on an iPhone, and "not shown" only on Android', () => {
      const iphone = run(...legacyIphone);
      expect(iphone.can({ type: 'answer.select', value: 'no-icloud-backup' })).toBe(true);
      expect(iphone.can({ type: 'answer.select', value: 'not-shown' })).toBe(false);
      const android = run(...androidNewPhone, 'no');
      expect(android.can({ type: 'answer.select', value: 'no-icloud-backup' })).toBe(false);
      expect(android.can({ type: 'answer.select', value: 'not-shown' })).toBe(true);
    });
  });

  describe('the iPhone settings checklist leads to the first setting that is off', () => {
    const at = (value: string) => run('prepare', 'personal', 'ios-ios', 'no-switch', value).value;
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
    const checked = ['prepare', 'personal', 'ios-ios', 'no-switch', 'all-on'];
    const atVersion = (typed: string) => run(...checked, typed).value;

    it.each(['6.8.33', '6.8.34', '6.9', '6.10.0', '7.0.0', 'v6.8.33', ' 6.8.40 ', '6,8,40'])(
      '%j is ready',
      (v) => {
        expect(atVersion(v)).toBe('ios-backup-ready');
      },
    );

    it('sends a restore with a good version to sync and reinstall', () => {
      expect(run(...iosNewPhone, 'still-empty', 'all-on', '6.8.33').value).toBe(
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
      const [back] = transition(diagnosisMachine, run('lost', 'personal', 'ios-android'), {
        type: 'step.back',
      });
      expect(back.value).toBe('platforms');
      expect(back.context.answers).toEqual([
        { question: 'goal', value: 'lost' },
        { question: 'accounts', value: 'personal' },
      ]);
    });

    it('Back twice from a deep outcome walks back two questions', () => {
      let snapshot = run(...journeys['wrong-recovery-account']!);
      [snapshot] = transition(diagnosisMachine, snapshot, { type: 'step.back' });
      [snapshot] = transition(diagnosisMachine, snapshot, { type: 'step.back' });
      expect(snapshot.value).toBe('android-new-backup');
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
