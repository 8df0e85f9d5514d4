import { assertEvent, assign, setup } from 'xstate';
import { compareVersions, parseVersion } from '../lib/version';

/** The lowest Authenticator version whose iOS backup Microsoft's restore troubleshooting accepts. */
export const MIN_IOS_APP_VERSION = '6.8.33';

export type Answer = { question: string; value: string };

export type DiagnosisContext = {
  /** Every answer given so far, oldest first: the journey, and what Back unwinds. */
  answers: Answer[];
};

export type DiagnosisEvent =
  | { type: 'answer.select'; value: string }
  | { type: 'answer.version'; value: string }
  | { type: 'step.back' }
  | { type: 'wizard.restart' };

type Choice = { value: string; target: string; guard?: string };

/**
 * A question state: one `answer.select` transition per allowed answer, each behind the
 * `isAnswer` guard. Where the next step depends on an earlier answer, the same value appears
 * more than once with an extra named guard, the first match wins.
 */
function question(id: QuestionId, choices: Choice[]) {
  const recordAnswer = { type: 'recordAnswer' as const, params: { question: id } };
  return {
    on: {
      'answer.select': choices.map((choice) => ({
        guard: choice.guard
          ? {
              type: 'isAnswerAnd' as const,
              params: { value: choice.value, also: choice.guard as ContextGuard },
            }
          : { type: 'isAnswer' as const, params: { value: choice.value } },
        target: choice.target,
        actions: recordAnswer,
      })),
    },
  };
}

function outcome(kind: 'fix' | 'referral') {
  return { tags: ['outcome', kind] };
}

/** Guards that read only what was answered earlier (no event payload). */
function isRestoring(answers: Answer[]): boolean {
  const goal = answerTo(answers, 'goal');
  return goal === 'restore' || goal === 'lost';
}
const contextGuards = {
  isRestoring,
  isNotRestoring: (answers: Answer[]) => !isRestoring(answers),
} satisfies Record<string, (answers: Answer[]) => boolean>;
type ContextGuard = keyof typeof contextGuards;

export function answerTo(answers: readonly Answer[], question: string): string | undefined {
  return answers.find((a) => a.question === question)?.value;
}

/** Question states, in no particular order; Back can return to any of them. */
export const QUESTION_IDS = [
  'goal',
  'lost-situation',
  'platforms',
  'error-platform',
  'ios-error-screen',
  'ios-new-phone',
  'ios-apple-account',
  'ios-reinstall',
  'ios-old-phone',
  'ios-model',
  'ios-version',
  'icloud-drive',
  'icloud-keychain',
  'icloud-backup',
  'saved-to-icloud',
  'app-version',
  'app-version-help',
  'app-opened',
  'ios-legacy-switch',
  'android-backup',
  'android-recovery-access',
  'android-new-backup',
  'android-new-phone',
  'recovery-signin',
  'account-type',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Questions answered by typing a version number rather than picking an answer. */
export const VERSION_QUESTIONS: readonly QuestionId[] = ['app-version', 'app-version-help'];

// The version questions share one rule: at least the minimum goes on, a readable lower
// version means "update first", and anything unreadable is refused (the page says why).
function versionQuestion(id: QuestionId, extra: Choice[]) {
  const base = question(id, extra);
  const recordAnswer = { type: 'recordAnswer' as const, params: { question: id } };
  return {
    on: {
      ...base.on,
      'answer.version': [
        {
          guard: { type: 'isAppVersionAtLeast' as const, params: { min: MIN_IOS_APP_VERSION } },
          target: 'app-opened',
          actions: recordAnswer,
        },
        {
          guard: { type: 'isReadableVersion' as const },
          target: 'ios-update-app',
          actions: recordAnswer,
        },
      ],
    },
  };
}

export const diagnosisMachine = setup({
  types: {
    context: {} as DiagnosisContext,
    events: {} as DiagnosisEvent,
  },
  guards: {
    isAnswer: ({ event }, params: { value: string }) => {
      assertEvent(event, 'answer.select');
      return event.value === params.value;
    },
    isAnswerAnd: ({ context, event }, params: { value: string; also: ContextGuard }) => {
      assertEvent(event, 'answer.select');
      return event.value === params.value && contextGuards[params.also](context.answers);
    },
    isAppVersionAtLeast: ({ event }, params: { min: string }) => {
      assertEvent(event, 'answer.version');
      const version = parseVersion(event.value);
      const min = parseVersion(params.min);
      return version !== null && min !== null && compareVersions(version, min) >= 0;
    },
    isReadableVersion: ({ event }) => {
      assertEvent(event, 'answer.version');
      return parseVersion(event.value) !== null;
    },
    wasLastAnswerTo: ({ context }, params: { question: QuestionId }) =>
      context.answers.at(-1)?.question === params.question,
  },
  actions: {
    recordAnswer: assign(({ context, event }, params: { question: QuestionId }) => {
      assertEvent(event, ['answer.select', 'answer.version']);
      return { answers: [...context.answers, { question: params.question, value: event.value }] };
    }),
    forgetLastAnswer: assign({ answers: ({ context }) => context.answers.slice(0, -1) }),
    forgetAllAnswers: assign({ answers: () => [] }),
  },
}).createMachine({
  id: 'diagnosis',
  initial: 'goal',
  context: { answers: [] },
  on: {
    'wizard.restart': { target: '.goal', actions: 'forgetAllAnswers' },
    'step.back': QUESTION_IDS.map((id) => ({
      guard: { type: 'wasLastAnswerTo' as const, params: { question: id } },
      target: `.${id}`,
      actions: 'forgetLastAnswer' as const,
    })),
  },
  states: {
    // ---- Where the person stands --------------------------------------------------------
    goal: question('goal', [
      { value: 'prepare', target: 'platforms' },
      { value: 'restore', target: 'platforms' },
      { value: 'backup-error', target: 'error-platform' },
      { value: 'not-working', target: 'account-type' },
      { value: 'lost', target: 'lost-situation' },
    ]),
    'lost-situation': question('lost-situation', [
      { value: 'had-backup', target: 'platforms' },
      { value: 'not-sure', target: 'platforms' },
      { value: 'no-backup', target: 'service-recovery' },
    ]),
    platforms: question('platforms', [
      { value: 'ios-ios', target: 'ios-new-phone', guard: 'isRestoring' },
      { value: 'ios-ios', target: 'ios-model' },
      { value: 'android-android', target: 'android-new-backup', guard: 'isRestoring' },
      { value: 'android-android', target: 'android-backup' },
      { value: 'ios-android', target: 'cross-platform' },
      { value: 'android-ios', target: 'cross-platform' },
    ]),
    'error-platform': question('error-platform', [
      { value: 'ios', target: 'ios-error-screen' },
      { value: 'android', target: 'something-went-wrong' },
    ]),
    'ios-error-screen': question('ios-error-screen', [
      { value: 'switch-error', target: 'something-went-wrong' },
      { value: 'no-switch', target: 'ios-version' },
    ]),

    // ---- iPhone, restoring on the new phone ----------------------------------------------
    'ios-new-phone': question('ios-new-phone', [
      { value: 'names-shown', target: 'restored-sign-in' },
      { value: 'begin-recovery', target: 'recovery-signin' },
      { value: 'empty', target: 'ios-apple-account' },
    ]),
    'ios-apple-account': question('ios-apple-account', [
      { value: 'same', target: 'ios-reinstall' },
      { value: 'different', target: 'ios-same-apple-account' },
      { value: 'cannot-sign-in', target: 'apple-account-recovery' },
    ]),
    'ios-reinstall': question('ios-reinstall', [
      { value: 'names-shown', target: 'restored-sign-in' },
      { value: 'still-empty', target: 'ios-old-phone' },
    ]),
    'ios-old-phone': question('ios-old-phone', [
      { value: 'yes', target: 'ios-model' },
      { value: 'no', target: 'service-recovery' },
    ]),

    // ---- iPhone, the old phone's settings (the checklist) ----------------------------------
    'ios-model': question('ios-model', [
      { value: 'in-app-switch', target: 'ios-legacy-switch' },
      { value: 'no-switch', target: 'ios-version' },
    ]),
    'ios-version': question('ios-version', [
      { value: 'yes', target: 'icloud-drive' },
      { value: 'no', target: 'ios-update-required' },
    ]),
    'icloud-drive': question('icloud-drive', [
      { value: 'yes', target: 'icloud-keychain' },
      { value: 'no', target: 'ios-turn-on-icloud' },
    ]),
    'icloud-keychain': question('icloud-keychain', [
      { value: 'yes', target: 'icloud-backup' },
      { value: 'no', target: 'ios-keychain-off' },
      { value: 'will-not-turn-on', target: 'ios-apple-two-factor' },
    ]),
    'icloud-backup': question('icloud-backup', [
      { value: 'yes', target: 'saved-to-icloud' },
      { value: 'no', target: 'ios-turn-on-icloud' },
    ]),
    'saved-to-icloud': question('saved-to-icloud', [
      { value: 'yes', target: 'app-version' },
      { value: 'no', target: 'ios-saved-to-icloud-off' },
      { value: 'not-listed', target: 'ios-update-app' },
    ]),
    'app-version': versionQuestion('app-version', [
      { value: 'unknown', target: 'app-version-help' },
    ]),
    'app-version-help': versionQuestion('app-version-help', [
      { value: 'cannot-find', target: 'ios-update-app' },
    ]),
    'app-opened': question('app-opened', [
      { value: 'yes', target: 'ios-sync-then-reinstall', guard: 'isRestoring' },
      { value: 'yes', target: 'ios-backup-ready' },
      { value: 'no', target: 'ios-update-app' },
    ]),
    'ios-legacy-switch': question('ios-legacy-switch', [
      { value: 'on', target: 'ios-legacy-ready', guard: 'isNotRestoring' },
      { value: 'on', target: 'ios-legacy-restore' },
      { value: 'off', target: 'ios-legacy-turn-on' },
      { value: 'error', target: 'something-went-wrong' },
    ]),

    // ---- Android -------------------------------------------------------------------------
    'android-backup': question('android-backup', [
      { value: 'on', target: 'android-recovery-access' },
      { value: 'off', target: 'android-turn-on-backup' },
      { value: 'error', target: 'something-went-wrong' },
    ]),
    'android-recovery-access': question('android-recovery-access', [
      { value: 'yes', target: 'android-backup-ready' },
      { value: 'no', target: 'microsoft-account-recovery' },
    ]),
    'android-new-backup': question('android-new-backup', [
      { value: 'no', target: 'android-new-phone' },
      { value: 'yes', target: 'backup-overwritten' },
    ]),
    'android-new-phone': question('android-new-phone', [
      { value: 'restore-shown', target: 'recovery-signin' },
      { value: 'not-shown', target: 'restore-option-missing' },
    ]),
    'recovery-signin': question('recovery-signin', [
      { value: 'restored', target: 'restored-sign-in' },
      { value: 'not-stored', target: 'wrong-recovery-account' },
      { value: 'cannot-sign-in', target: 'microsoft-account-recovery' },
    ]),

    // ---- Restored, but something does not work ---------------------------------------------
    'account-type': question('account-type', [
      { value: 'work-school', target: 'work-school-account' },
      { value: 'personal-microsoft', target: 'personal-account-sign-in' },
      { value: 'other-service', target: 'codes-rejected' },
      { value: 'missing', target: 'not-in-backup' },
    ]),

    // ---- Outcomes: fixes -------------------------------------------------------------------
    'cross-platform': outcome('fix'),
    'ios-update-required': outcome('fix'),
    'ios-turn-on-icloud': outcome('fix'),
    'ios-keychain-off': outcome('fix'),
    'ios-apple-two-factor': outcome('fix'),
    'ios-saved-to-icloud-off': outcome('fix'),
    'ios-update-app': outcome('fix'),
    'ios-backup-ready': outcome('fix'),
    'ios-sync-then-reinstall': outcome('fix'),
    'ios-same-apple-account': outcome('fix'),
    'ios-legacy-turn-on': outcome('fix'),
    'ios-legacy-ready': outcome('fix'),
    'ios-legacy-restore': outcome('fix'),
    'something-went-wrong': outcome('fix'),
    'android-turn-on-backup': outcome('fix'),
    'android-backup-ready': outcome('fix'),
    'restore-option-missing': outcome('fix'),
    'wrong-recovery-account': outcome('fix'),
    'restored-sign-in': outcome('fix'),
    'personal-account-sign-in': outcome('fix'),
    'codes-rejected': outcome('fix'),
    'not-in-backup': outcome('fix'),

    // ---- Outcomes: recovery paths elsewhere --------------------------------------------------
    'backup-overwritten': outcome('referral'),
    'microsoft-account-recovery': outcome('referral'),
    'apple-account-recovery': outcome('referral'),
    'work-school-account': outcome('referral'),
    'service-recovery': outcome('referral'),
  },
});
