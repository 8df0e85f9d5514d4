import { describe, expect, it } from 'vitest';
import { wizardContent, type Outcome } from '../../content';
import { RISKY_ACTIONS } from '../../machines/safety';
import { adviceViolations, untaggedActions, type PageContent } from './advice-safety';
import { outcomeCategory } from './flow';
import { answerPaths } from './paths';
import { replayAnswers } from './replay';

const content: PageContent = wizardContent;
const paths = answerPaths();

function withOutcome(id: string, change: (outcome: Outcome) => Outcome): PageContent {
  return {
    questions: content.questions,
    outcomes: { ...content.outcomes, [id]: change(content.outcomes[id]!) },
  };
}

describe('no path advises what can cost a person their backup', () => {
  // One property per risky action, each over every path the machine can take.
  it.each(RISKY_ACTIONS)('%s is never advised where it harms, on any path', (action) => {
    const found = paths.flatMap((p) =>
      adviceViolations(p.answers, p.stateId, content).filter((v) => v.problem.includes(action)),
    );
    expect(found.map((v) => `${v.where} after ${JSON.stringify(v.answers)}`)).toEqual([]);
  });

  it('approving a device for iCloud Keychain always comes with the reset warning', () => {
    const found = paths.flatMap((p) =>
      adviceViolations(p.answers, p.stateId, content).filter((v) => v.problem.includes('without')),
    );
    expect(found).toEqual([]);
  });

  it('every sentence that speaks of a risky action is tagged with it', () => {
    expect(untaggedActions(content)).toEqual([]);
  });

  it('declares codes lost only at the end of paths that offered every restore route', () => {
    const lostEnds = paths.filter((p) =>
      content.outcomes[p.stateId]?.does.includes('declare-lost'),
    );
    expect(lostEnds.length).toBeGreaterThan(0);
    for (const p of lostEnds) {
      expect(adviceViolations(p.answers, p.stateId, content)).toEqual([]);
      expect(outcomeCategory(p.stateId)).toBe('referral');
    }
  });
});

describe('the checks catch what they are for', () => {
  const androidRestoring = paths.find((p) => p.stateId === 'restore-sign-in-error')!;

  it('catches "turn backup on" shown to someone restoring', () => {
    const unsafe = withOutcome('restore-sign-in-error', (o) => ({
      ...o,
      steps: [{ ...o.steps[0]!, does: ['enable-backup-before-restore'] }, ...o.steps],
    }));
    expect(
      adviceViolations(androidRestoring.answers, androidRestoring.stateId, unsafe),
    ).not.toEqual([]);
  });

  it('catches loss declared before the routes were offered', () => {
    const early = paths.find((p) => p.stateId === 'ios-keychain-sync')!;
    const unsafe = withOutcome('ios-same-apple-account', (o) => ({ ...o, does: ['declare-lost'] }));
    const [, ...rest] = early.answers;
    const atOutcome = [
      ...early.answers,
      { question: 'ios-keychain-sync', value: 'different-apple-account' },
    ];
    expect(rest.length).toBeGreaterThan(0);
    expect(adviceViolations(atOutcome, 'ios-same-apple-account', unsafe)).not.toEqual([]);
  });

  it('catches a related link that would harm from where it is offered', () => {
    const unsafe = withOutcome('restore-sign-in-error', (o) => ({
      ...o,
      related: [...o.related, 'service-recovery'],
    }));
    const found = adviceViolations(androidRestoring.answers, androidRestoring.stateId, unsafe);
    expect(found.some((v) => v.where.includes('linked from restore-sign-in-error'))).toBe(true);
  });

  it('catches a keychain approval without the reset warning', () => {
    const unsafe = withOutcome('apple-account-recovery', (o) => ({
      ...o,
      warns: [],
      steps: o.steps.map((s) => ({ ...s, warns: [] })),
    }));
    const p = paths.find((q) => q.stateId === 'apple-account-recovery')!;
    expect(adviceViolations(p.answers, p.stateId, unsafe)).not.toEqual([]);
  });

  it('catches an untagged sentence that advises a risky action', () => {
    const unsafe = withOutcome('restored-sign-in', (o) => ({
      ...o,
      steps: [...o.steps, { ...o.steps[0]!, text: 'Now reset end-to-end encrypted data.' }],
    }));
    expect(untaggedActions(unsafe)).toHaveLength(1);
  });
});

describe('the four paths that used to harm', () => {
  const stateAfter = (...values: string[]) => {
    const answers = [];
    let replay = replayAnswers([]);
    for (const value of values) {
      answers.push({ question: replay.stateId, value });
      replay = replayAnswers(answers);
    }
    return replay.stateId;
  };

  it('Android restore: "Something went wrong" at sign-in has its own answer and result', () => {
    const at = stateAfter(
      'restore',
      'personal',
      'android-android',
      'gone',
      'yes-or-unsure',
      'no',
      'error',
    );
    expect(at).toBe('restore-sign-in-error');
    expect(content.outcomes[at]!.steps.flatMap((s) => s.does)).not.toContain(
      'enable-backup-before-restore',
    );
  });

  it('iPhone with the old phone gone: Keychain sync, approval and a retry come before any loss', () => {
    expect(stateAfter('lost', 'personal', 'ios-ios')).toBe('ios-new-phone');
    expect(stateAfter('lost', 'personal', 'ios-ios', 'empty', 'still-empty')).toBe('ios-retry');
    expect(stateAfter('lost', 'personal', 'ios-ios', 'empty', 'cannot-approve')).toBe(
      'ios-keychain-approval',
    );
    expect(stateAfter('lost', 'personal', 'ios-ios', 'empty', 'still-empty', 'still-empty')).toBe(
      'service-recovery',
    );
  });

  it("Apple Account recovery carries Apple's warnings and never resets encrypted data", () => {
    const recovery = content.outcomes['apple-account-recovery']!;
    const text = recovery.steps.map((s) => s.text).join(' ');
    expect(text).toMatch(/avoid using the device you started recovery on/);
    expect(text).toMatch(/recovery key/);
    expect(recovery.warns).toContain('reset-encrypted-data');
  });

  it('Microsoft account recovery says what the form can and cannot do', () => {
    const text = content.outcomes['microsoft-account-recovery']!.steps.map((s) => s.text).join(' ');
    expect(text).toMatch(/recovery code/);
    expect(text).toMatch(/two proofs/);
    expect(text).toMatch(/within 24 hours/);
    expect(text).toMatch(/30 days/);
    expect(text).toMatch(/can't help if two-step verification is on/);
  });
});

describe('situation before mechanics', () => {
  it('with a working old phone, every path offers the old phone before any account-by-account recovery', () => {
    const withOldPhone = paths.filter((p) =>
      p.answers.some((a) => a.question === 'old-phone' && a.value === 'shows-accounts'),
    );
    expect(withOldPhone.length).toBeGreaterThan(10);
    for (const p of withOldPhone) {
      const found = adviceViolations(p.answers, p.stateId, content).filter((v) =>
        v.problem.includes('recover-each-account'),
      );
      expect(found, JSON.stringify(p.answers)).toEqual([]);
    }
  });

  it('catches a fallback to recovering each account offered before the working old phone', () => {
    const path = paths.find(
      (p) =>
        p.stateId === 'old-phone-fresh-backup' &&
        p.answers.some((a) => a.value === 'shows-accounts'),
    )!;
    const unsafe = withOutcome('old-phone-fresh-backup', (o) => ({
      ...o,
      steps: [{ ...o.steps[0]!, plan: true }, ...o.steps.slice(1)],
    }));
    expect(adviceViolations(path.answers, path.stateId, unsafe)).not.toEqual([]);
  });

  it('the older iPhone flow ("Begin recovery") checks the Apple Account before any Microsoft sign-in', () => {
    const legacy = paths.filter(
      (p) =>
        p.stateId === 'recovery-signin' &&
        p.answers.some((a) => a.question === 'ios-new-phone' && a.value === 'begin-recovery'),
    );
    expect(legacy.length).toBeGreaterThan(0);
    for (const p of legacy) {
      expect(p.answers.map((a) => a.question)).toContain('ios-legacy-icloud');
    }
  });

  it('someone with only work or school accounts never meets a restore question', () => {
    const restoreQuestions = ['platforms', 'old-phone', 'ios-new-phone', 'recovery-signin'];
    const workOnly = paths.filter((p) =>
      p.answers.some(
        (a) =>
          (a.question === 'accounts' && a.value === 'work-only') ||
          (a.question === 'locked-out-phone' && a.value === 'work-account'),
      ),
    );
    expect(workOnly.length).toBeGreaterThan(0);
    for (const p of workOnly) {
      expect(p.answers.map((a) => a.question).filter((q) => restoreQuestions.includes(q))).toEqual(
        [],
      );
    }
  });
});
