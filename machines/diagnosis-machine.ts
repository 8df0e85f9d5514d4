import { assertEvent, assign, setup } from 'xstate';
import { compareVersions, parseVersion } from './version';

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

type Choice = { value: string; target: string; guard?: ContextGuard };

/** Questions answered by typing a version number rather than picking an answer. */
export const VERSION_QUESTIONS: readonly string[] = ['app-version'];

/** The answer to a checklist question when every item on it is on. */
export const ALL_ON = 'all-on';

/**
 * Checklist questions: the person ticks every item that is on, and the answer is the first
 * item in this order that is not ticked (or ALL_ON), because that is the one to fix first.
 */
export const CHECKLISTS: Readonly<Record<string, readonly string[] | undefined>> = {
  'ios-settings': ['drive', 'keychain', 'backup', 'saved', 'opened'],
};

/** The answer a checklist gives for the items ticked: the first one left unticked. */
export function checklistAnswer(items: readonly string[], ticked: readonly string[]): string {
  return items.find((item) => !ticked.includes(item)) ?? ALL_ON;
}

export function answerTo(answers: readonly Answer[], question: string): string | undefined {
  return answers.find((a) => a.question === question)?.value;
}

/** The situations the first questions tell apart, whichever way the person named theirs. */
export type Situation =
  'restore' | 'lost' | 'same-phone' | 'prepare' | 'backup-error' | 'not-working';

/** "Locked out now" is a way in, not a situation: what happened to the phone decides. */
const SITUATION_OF_LOCKED_OUT: Readonly<Record<string, Situation>> = {
  'new-phone': 'restore',
  'phone-gone': 'lost',
  'same-phone': 'same-phone',
  'codes-refused': 'not-working',
};

export function situationOf(answers: readonly Answer[]): Situation | undefined {
  const goal = answerTo(answers, 'goal');
  if (goal === 'locked-out') {
    const phone = answerTo(answers, 'locked-out-phone');
    return phone === undefined ? undefined : SITUATION_OF_LOCKED_OUT[phone];
  }
  const situations: readonly string[] = [
    'restore',
    'lost',
    'same-phone',
    'prepare',
    'backup-error',
    'not-working',
  ];
  return goal !== undefined && situations.includes(goal) ? (goal as Situation) : undefined;
}

/** Guards that read only what was answered earlier (no event payload). */
function isRestoring(answers: Answer[]): boolean {
  const situation = situationOf(answers);
  return (
    situation === 'restore' ||
    situation === 'lost' ||
    (situation === 'same-phone' && !wereAccountsDeleted(answers))
  );
}
/** Setting up a new phone while the old one may still be there: ask about the old one. */
function isMovingToNewPhone(answers: Answer[]): boolean {
  return situationOf(answers) === 'restore';
}
/** The accounts vanished from the phone in hand: it is both the old phone and the new. */
function isSamePhone(answers: Answer[]): boolean {
  return situationOf(answers) === 'same-phone';
}
/** Accounts deleted in the app: the backup follows the app, so it is no route back. */
function wereAccountsDeleted(answers: Answer[]): boolean {
  return isSamePhone(answers) && answerTo(answers, 'same-phone-how') === 'deleted';
}
/** Restoring onto an iPhone from an iPhone (or onto the same iPhone). */
function isIphone(answers: Answer[]): boolean {
  return restorePlatformOf(answers) === 'ios';
}
/** Restoring onto an Android phone from an Android phone (or onto the same one). */
function isAndroid(answers: Answer[]): boolean {
  return restorePlatformOf(answers) === 'android';
}
/** The old phone still works and still shows the accounts: the best way back. */
function isOldPhoneWorking(answers: Answer[]): boolean {
  return answerTo(answers, 'old-phone') === 'shows-accounts';
}
function isOldIphoneWorking(answers: Answer[]): boolean {
  return isOldPhoneWorking(answers) && isIphone(answers);
}
/** Whether the person is restoring (accounts still to bring back onto a phone). */
export function isRestoringOn(answers: readonly Answer[]): boolean {
  return isRestoring([...answers]);
}

const contextGuards = {
  isRestoring,
  isMovingToNewPhone,
  isSamePhone,
  wereAccountsDeleted,
  isIphone,
  isAndroid,
  isOldPhoneWorking,
  isOldIphoneWorking,
} satisfies Record<string, (answers: Answer[]) => boolean>;
type ContextGuard = keyof typeof contextGuards;

/** The names of the rules that read earlier answers, in the order they are explained. */
export const CONTEXT_GUARDS = Object.keys(contextGuards) as ContextGuard[];

function recordAnswer(id: string) {
  return { type: 'recordAnswer' as const, params: { question: id } };
}

function selectGuard(choice: Choice) {
  return choice.guard
    ? { type: 'isAnswerAnd' as const, params: { value: choice.value, also: choice.guard } }
    : { type: 'isAnswer' as const, params: { value: choice.value } };
}

/**
 * A question state: one `answer.select` transition per allowed answer. Where the next step
 * depends on an earlier answer, the same value appears more than once with a named guard in
 * front of the unguarded fallback; the first match wins.
 */
function question(id: string, choices: Choice[]) {
  return {
    on: {
      'answer.select': choices.map((choice) => ({
        guard: selectGuard(choice),
        target: choice.target,
        actions: recordAnswer(id),
      })),
    },
  };
}

/** A checklist question: where each first unticked item leads, and where all ticked leads. */
function checklist(id: string, firstOff: Record<string, string>, allOn: string) {
  const items = CHECKLISTS[id] ?? [];
  return question(id, [
    ...items.map((item) => ({ value: item, target: firstOff[item] ?? allOn })),
    { value: ALL_ON, target: allOn },
  ]);
}

/**
 * A version question: a version at least the minimum goes on (to `atLeast`, or to
 * `atLeastRestoring` on a restore), a readable lower version means "update first", and
 * anything unreadable is refused (the page says why).
 */
function versionQuestion(
  id: string,
  targets: { atLeast: string; atLeastRestoring: string; older: string },
  choices: Choice[],
) {
  return {
    on: {
      ...question(id, choices).on,
      'answer.version': [
        {
          guard: {
            type: 'isAppVersionAtLeastAnd' as const,
            params: { min: MIN_IOS_APP_VERSION, also: 'isRestoring' as const },
          },
          target: targets.atLeastRestoring,
          actions: recordAnswer(id),
        },
        {
          guard: { type: 'isAppVersionAtLeast' as const, params: { min: MIN_IOS_APP_VERSION } },
          target: targets.atLeast,
          actions: recordAnswer(id),
        },
        {
          guard: { type: 'isReadableVersion' as const },
          target: targets.older,
          actions: recordAnswer(id),
        },
      ],
    },
  };
}

/**
 * A result state. `plan` marks results where accounts are recovered one by one: they lead on
 * to the per-service recovery plan.
 */
function outcome(kind: 'fix' | 'referral', extra: { plan?: true } = {}) {
  return { tags: ['outcome', kind, ...(extra.plan ? ['plan'] : [])] };
}

/** The kind of phone the backup was made on, from whichever question named it. */
export function oldPhoneOf(answers: readonly Answer[]): 'ios' | 'android' | undefined {
  const platforms = answerTo(answers, 'platforms');
  if (platforms === 'ios-ios' || platforms === 'ios-android') return 'ios';
  if (platforms === 'android-android' || platforms === 'android-ios') return 'android';
  const phone = answerTo(answers, 'this-phone') ?? answerTo(answers, 'error-platform');
  return phone === 'ios' || phone === 'android' ? phone : undefined;
}

/**
 * The kind of phone a restore happens on, where it is the old phone's kind too: between two
 * phones of one kind, or on the same phone. Between kinds nothing restores ('cross').
 */
export function restorePlatformOf(
  answers: readonly Answer[],
): 'ios' | 'android' | 'cross' | undefined {
  const platforms = answerTo(answers, 'platforms');
  if (platforms === 'ios-ios') return 'ios';
  if (platforms === 'android-android') return 'android';
  if (platforms === 'ios-android' || platforms === 'android-ios') return 'cross';
  const phone = answerTo(answers, 'this-phone');
  return phone === 'ios' || phone === 'android' ? phone : undefined;
}

/**
 * Which account holds the Authenticator backup: a personal Microsoft account on Android and
 * with the older iPhone backup (an in-app "iCloud backup" switch, or a new iPhone that asks
 * to "Begin recovery"), the Apple Account's iCloud Keychain on a current iPhone.
 */
export function backupHolderOf(answers: readonly Answer[]): 'microsoft' | 'apple' | undefined {
  const phone = oldPhoneOf(answers);
  if (phone === 'android') return 'microsoft';
  if (phone !== 'ios') return undefined;
  const legacy =
    answerTo(answers, 'ios-model') === 'in-app-switch' ||
    answerTo(answers, 'ios-new-phone') === 'begin-recovery';
  return legacy ? 'microsoft' : 'apple';
}

function atLeast(value: string, min: string): boolean {
  const version = parseVersion(value);
  const minimum = parseVersion(min);
  return version !== null && minimum !== null && compareVersions(version, minimum) >= 0;
}

/** Every question of the checklist: the state ids are the list, nothing is kept beside it. */
const questionStates = {
  // ---- The person's situation, before any mechanics ------------------------------------
  goal: question('goal', [
    { value: 'locked-out', target: 'locked-out-phone' },
    { value: 'restore', target: 'accounts' },
    { value: 'same-phone', target: 'same-phone-how' },
    { value: 'lost', target: 'accounts' },
    { value: 'prepare', target: 'accounts' },
    { value: 'backup-error', target: 'error-platform' },
    { value: 'not-working', target: 'account-type' },
  ]),
  // Someone locked out names the one account asking: a work one goes to its organization.
  'locked-out-phone': question('locked-out-phone', [
    { value: 'work-account', target: 'work-admin' },
    { value: 'new-phone', target: 'platforms' },
    { value: 'phone-gone', target: 'platforms' },
    { value: 'same-phone', target: 'same-phone-how' },
    { value: 'codes-refused', target: 'account-type' },
  ]),
  'same-phone-how': question('same-phone-how', [
    { value: 'deleted', target: 'accounts' },
    { value: 'reinstalled', target: 'accounts' },
    { value: 'org-wiped', target: 'accounts' },
    { value: 'rooted', target: 'rooted-device' },
  ]),
  // Work or school accounts never come back from a backup with their sign-in: someone with
  // only those goes to their organisation's route and skips every restore question.
  accounts: question('accounts', [
    { value: 'work-only', target: 'work-admin' },
    { value: 'personal', target: 'deleted-accounts', guard: 'wereAccountsDeleted' },
    { value: 'personal', target: 'this-phone', guard: 'isSamePhone' },
    { value: 'personal', target: 'platforms' },
  ]),
  'work-admin': question('work-admin', [
    { value: 'no', target: 'work-school-account' },
    { value: 'other-admins', target: 'admin-another-admin' },
    { value: 'only-admin', target: 'admin-support-case' },
  ]),
  'this-phone': question('this-phone', [
    { value: 'ios', target: 'ios-new-phone' },
    { value: 'android', target: 'backup-ever' },
  ]),
  platforms: question('platforms', [
    { value: 'ios-ios', target: 'old-phone', guard: 'isMovingToNewPhone' },
    { value: 'ios-ios', target: 'ios-new-phone', guard: 'isRestoring' },
    { value: 'ios-ios', target: 'ios-model' },
    { value: 'android-android', target: 'old-phone', guard: 'isMovingToNewPhone' },
    { value: 'android-android', target: 'backup-ever', guard: 'isRestoring' },
    { value: 'android-android', target: 'android-backup' },
    { value: 'ios-android', target: 'old-phone', guard: 'isMovingToNewPhone' },
    { value: 'ios-android', target: 'cross-platform-no-old-phone', guard: 'isRestoring' },
    { value: 'ios-android', target: 'cross-platform' },
    { value: 'android-ios', target: 'old-phone', guard: 'isMovingToNewPhone' },
    { value: 'android-ios', target: 'cross-platform-no-old-phone', guard: 'isRestoring' },
    { value: 'android-ios', target: 'cross-platform' },
  ]),
  // Asked on every restore between phones: a working old phone changes every ending.
  'old-phone': question('old-phone', [
    { value: 'shows-accounts', target: 'ios-new-phone', guard: 'isIphone' },
    { value: 'shows-accounts', target: 'android-new-backup', guard: 'isAndroid' },
    { value: 'shows-accounts', target: 'cross-platform' },
    { value: 'gone', target: 'ios-new-phone', guard: 'isIphone' },
    { value: 'gone', target: 'backup-ever', guard: 'isAndroid' },
    { value: 'gone', target: 'cross-platform-no-old-phone' },
  ]),
  'backup-ever': question('backup-ever', [
    { value: 'yes-or-unsure', target: 'android-new-backup' },
    { value: 'no', target: 'no-backup-android' },
  ]),
  'error-platform': question('error-platform', [
    { value: 'ios', target: 'ios-error-screen' },
    { value: 'android', target: 'something-went-wrong' },
  ]),
  'ios-error-screen': question('ios-error-screen', [
    { value: 'switch-error', target: 'something-went-wrong' },
    { value: 'no-switch', target: 'ios-settings' },
  ]),

  // ---- iPhone, restoring on the new phone (or on the same one after a reset) -------------
  'ios-new-phone': question('ios-new-phone', [
    { value: 'names-shown', target: 'restored-sign-in' },
    { value: 'begin-recovery', target: 'ios-legacy-icloud' },
    { value: 'empty', target: 'ios-keychain-sync' },
  ]),
  // The older iPhone backup sits in iCloud too: the Apple Account comes before Microsoft's.
  'ios-legacy-icloud': question('ios-legacy-icloud', [
    { value: 'same', target: 'recovery-signin' },
    { value: 'different', target: 'ios-same-apple-account' },
    { value: 'cannot-sign-in', target: 'apple-account-recovery' },
  ]),
  // The backup lives in iCloud Keychain, not on the old phone: before anything is called
  // lost, the same Apple Account is checked, Keychain gets its chance to sync, with approval,
  // and the app its reinstall.
  'ios-keychain-sync': question('ios-keychain-sync', [
    { value: 'names-shown', target: 'restored-sign-in' },
    { value: 'still-empty', target: 'ios-settings', guard: 'isOldPhoneWorking' },
    { value: 'still-empty', target: 'ios-retry' },
    { value: 'different-apple-account', target: 'ios-same-apple-account' },
    { value: 'cannot-sign-in-apple', target: 'apple-account-recovery' },
    { value: 'cannot-approve', target: 'ios-keychain-approval' },
    { value: 'will-not-turn-on', target: 'ios-apple-two-factor' },
    { value: 'old-ios', target: 'ios-update-required' },
  ]),
  'ios-retry': question('ios-retry', [
    { value: 'names-shown', target: 'restored-sign-in' },
    { value: 'still-empty', target: 'service-recovery' },
  ]),

  // ---- iPhone, the old phone's settings ------------------------------------------------
  'ios-model': question('ios-model', [
    { value: 'in-app-switch', target: 'ios-legacy-switch' },
    { value: 'no-switch', target: 'ios-settings' },
  ]),
  'ios-settings': checklist(
    'ios-settings',
    {
      drive: 'ios-turn-on-icloud',
      keychain: 'ios-keychain-off',
      backup: 'ios-turn-on-icloud',
      saved: 'ios-saved-to-icloud-off',
      opened: 'ios-update-app',
    },
    'app-version',
  ),
  'app-version': versionQuestion(
    'app-version',
    {
      atLeast: 'ios-backup-ready',
      atLeastRestoring: 'ios-sync-then-reinstall',
      older: 'ios-update-app',
    },
    [{ value: 'cannot-find', target: 'ios-update-app' }],
  ),
  // Asked only when preparing: on a restore the old switch leads straight to its restore.
  'ios-legacy-switch': question('ios-legacy-switch', [
    { value: 'on', target: 'ios-legacy-ready' },
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
    { value: 'no', target: 'recovery-signin' },
    { value: 'yes', target: 'old-phone-fresh-backup', guard: 'isOldPhoneWorking' },
    { value: 'yes', target: 'backup-overwritten' },
    { value: 'erase-prompt', target: 'backup-erase-prompt' },
  ]),
  // Android, and an iPhone that found the older backup: the words on the screen decide.
  'recovery-signin': question('recovery-signin', [
    { value: 'restored', target: 'restored-sign-in' },
    { value: 'not-shown', target: 'restore-option-missing', guard: 'isAndroid' },
    ...(['not-stored', 'restored-nothing'] as const).flatMap((value) => [
      { value, target: 'ios-legacy-restore', guard: 'isOldIphoneWorking' as const },
      { value, target: 'old-phone-fresh-backup', guard: 'isOldPhoneWorking' as const },
      {
        value,
        target: value === 'not-stored' ? 'wrong-recovery-account' : 'restore-came-back-empty',
      },
    ]),
    { value: 'no-icloud-backup', target: 'ios-no-icloud-backup', guard: 'isIphone' },
    { value: 'send-logs', target: 'send-logs-support' },
    { value: 'error', target: 'restore-sign-in-error' },
    { value: 'cannot-sign-in', target: 'microsoft-account-recovery' },
  ]),

  // ---- Restored, but something does not work ---------------------------------------------
  'account-type': question('account-type', [
    { value: 'work-school', target: 'work-school-account' },
    { value: 'work-qr', target: 'work-scan-qr' },
    { value: 'prompts-old-phone', target: 'work-prompts-old-phone' },
    { value: 'personal-microsoft', target: 'personal-account-sign-in' },
    { value: 'other-service', target: 'codes-rejected' },
    { value: 'passkey', target: 'passkeys-not-restored' },
    { value: 'missing', target: 'not-in-backup' },
  ]),
};

/** Every result: tagged `outcome` plus `fix` or `referral`. */
const outcomeStates = {
  // ---- Outcomes: fixes -------------------------------------------------------------------
  'cross-platform': outcome('fix', { plan: true }),
  'ios-update-required': outcome('fix'),
  'ios-turn-on-icloud': outcome('fix'),
  'ios-keychain-off': outcome('fix'),
  'ios-apple-two-factor': outcome('fix'),
  'ios-keychain-approval': outcome('fix', { plan: true }),
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
  'wrong-recovery-account': outcome('fix', { plan: true }),
  'restore-sign-in-error': outcome('fix'),
  'restored-sign-in': outcome('fix'),
  'personal-account-sign-in': outcome('fix'),
  'codes-rejected': outcome('fix'),
  'not-in-backup': outcome('fix'),
  'old-phone-fresh-backup': outcome('fix'),
  'backup-erase-prompt': outcome('fix'),
  'ios-no-icloud-backup': outcome('fix'),
  'work-scan-qr': outcome('fix'),
  'work-prompts-old-phone': outcome('fix'),
  'passkeys-not-restored': outcome('fix'),
  'cross-platform-no-old-phone': outcome('fix', { plan: true }),

  // ---- Outcomes: recovery paths elsewhere --------------------------------------------------
  'backup-overwritten': outcome('referral', { plan: true }),
  'microsoft-account-recovery': outcome('referral'),
  'apple-account-recovery': outcome('referral'),
  'work-school-account': outcome('referral'),
  'service-recovery': outcome('referral', { plan: true }),
  'no-backup-android': outcome('referral', { plan: true }),
  'restore-came-back-empty': outcome('referral', { plan: true }),
  'deleted-accounts': outcome('referral', { plan: true }),
  'send-logs-support': outcome('referral'),
  'rooted-device': outcome('referral'),
  'admin-another-admin': outcome('referral'),
  'admin-support-case': outcome('referral'),
};

export type QuestionId = keyof typeof questionStates;

/** Question states, in the order they are defined; Back can return to any of them. */
export const QUESTION_IDS = Object.keys(questionStates) as QuestionId[];

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
      return atLeast(event.value, params.min);
    },
    isAppVersionAtLeastAnd: ({ context, event }, params: { min: string; also: ContextGuard }) => {
      assertEvent(event, 'answer.version');
      return atLeast(event.value, params.min) && contextGuards[params.also](context.answers);
    },
    isReadableVersion: ({ event }) => {
      assertEvent(event, 'answer.version');
      return parseVersion(event.value) !== null;
    },
    wasLastAnswerTo: ({ context }, params: { question: string }) =>
      context.answers.at(-1)?.question === params.question,
  },
  actions: {
    recordAnswer: assign(({ context, event }, params: { question: string }) => {
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
  states: { ...questionStates, ...outcomeStates },
});
