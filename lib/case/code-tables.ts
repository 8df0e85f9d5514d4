/**
 * What a case code's digits mean, per content version. A code stores each answer as its
 * place in its question's list below, so these lists are frozen once shipped: when the machine
 * changes what a question offers, CONTENT_VERSION goes up and a new table is added here, and
 * the old table stays so codes already read out on a call can still be decoded.
 * `case-code.test.ts` fails when the current table no longer matches the machine.
 */

export type CodecTable = {
  /** Each question's answers in the machine's order; `typed` where a version may be typed. */
  questions: Readonly<Record<string, { answers: readonly string[]; typed?: boolean }>>;
};

const v1: CodecTable = {
  questions: {
    goal: { answers: ['prepare', 'restore', 'backup-error', 'not-working', 'lost'] },
    'lost-situation': { answers: ['had-backup', 'not-sure', 'no-backup'] },
    platforms: { answers: ['ios-ios', 'android-android', 'ios-android', 'android-ios'] },
    'error-platform': { answers: ['ios', 'android'] },
    'ios-error-screen': { answers: ['switch-error', 'no-switch'] },
    'ios-new-phone': { answers: ['names-shown', 'begin-recovery', 'empty'] },
    'ios-apple-account': { answers: ['same', 'different', 'cannot-sign-in'] },
    'ios-reinstall': { answers: ['names-shown', 'still-empty'] },
    'ios-old-phone': { answers: ['yes', 'no'] },
    'ios-model': { answers: ['in-app-switch', 'no-switch'] },
    'ios-version': { answers: ['yes', 'no'] },
    'icloud-drive': { answers: ['yes', 'no'] },
    'icloud-keychain': { answers: ['yes', 'no', 'will-not-turn-on'] },
    'icloud-backup': { answers: ['yes', 'no'] },
    'saved-to-icloud': { answers: ['yes', 'no', 'not-listed'] },
    'app-version': { answers: ['unknown'], typed: true },
    'app-version-help': { answers: ['cannot-find'], typed: true },
    'app-opened': { answers: ['yes', 'no'] },
    'ios-legacy-switch': { answers: ['on', 'off', 'error'] },
    'android-backup': { answers: ['on', 'off', 'error'] },
    'android-recovery-access': { answers: ['yes', 'no'] },
    'android-new-backup': { answers: ['no', 'yes'] },
    'android-new-phone': { answers: ['restore-shown', 'not-shown'] },
    'recovery-signin': { answers: ['restored', 'not-stored', 'cannot-sign-in'] },
    'account-type': {
      answers: ['work-school', 'personal-microsoft', 'other-service', 'missing'],
    },
  },
};

/** Version 2: the shorter tree, the iPhone settings checklist and the restore error answer. */
const v2: CodecTable = {
  questions: {
    goal: { answers: ['prepare', 'restore', 'lost', 'backup-error', 'not-working'] },
    platforms: { answers: ['ios-ios', 'android-android', 'ios-android', 'android-ios'] },
    'error-platform': { answers: ['ios', 'android'] },
    'ios-error-screen': { answers: ['switch-error', 'no-switch'] },
    'ios-new-phone': { answers: ['names-shown', 'begin-recovery', 'empty'] },
    'ios-apple-account': { answers: ['same', 'different', 'cannot-sign-in'] },
    'ios-keychain-sync': {
      answers: ['names-shown', 'still-empty', 'cannot-approve', 'will-not-turn-on', 'old-ios'],
    },
    'ios-old-phone': { answers: ['yes', 'no'] },
    'ios-retry': { answers: ['names-shown', 'still-empty'] },
    'ios-model': { answers: ['in-app-switch', 'no-switch'] },
    'ios-settings': { answers: ['drive', 'keychain', 'backup', 'saved', 'opened', 'all-on'] },
    'app-version': { answers: ['cannot-find'], typed: true },
    'ios-legacy-switch': { answers: ['on', 'off', 'error'] },
    'android-backup': { answers: ['on', 'off', 'error'] },
    'android-recovery-access': { answers: ['yes', 'no'] },
    'android-new-backup': { answers: ['no', 'yes'] },
    'android-new-phone': { answers: ['restore-shown', 'not-shown'] },
    'recovery-signin': { answers: ['restored', 'not-stored', 'error', 'cannot-sign-in'] },
    'account-type': {
      answers: ['work-school', 'personal-microsoft', 'other-service', 'missing'],
    },
  },
};

/**
 * Version 3: the person's situation first (locked out, same phone, which accounts, an
 * administrator, the old phone), and the messages people see as answers.
 */
const v3: CodecTable = {
  questions: {
    goal: {
      answers: [
        'locked-out',
        'restore',
        'same-phone',
        'lost',
        'prepare',
        'backup-error',
        'not-working',
      ],
    },
    'locked-out-phone': {
      answers: ['work-account', 'new-phone', 'phone-gone', 'same-phone', 'codes-refused'],
    },
    'same-phone-how': { answers: ['deleted', 'reinstalled', 'org-wiped', 'rooted'] },
    accounts: { answers: ['work-only', 'personal'] },
    'work-admin': { answers: ['no', 'other-admins', 'only-admin'] },
    'this-phone': { answers: ['ios', 'android'] },
    platforms: { answers: ['ios-ios', 'android-android', 'ios-android', 'android-ios'] },
    'old-phone': { answers: ['shows-accounts', 'gone'] },
    'backup-ever': { answers: ['yes-or-unsure', 'no'] },
    'error-platform': { answers: ['ios', 'android'] },
    'ios-error-screen': { answers: ['switch-error', 'no-switch'] },
    'ios-new-phone': { answers: ['names-shown', 'begin-recovery', 'empty'] },
    'ios-legacy-icloud': { answers: ['same', 'different', 'cannot-sign-in'] },
    'ios-keychain-sync': {
      answers: [
        'names-shown',
        'still-empty',
        'different-apple-account',
        'cannot-sign-in-apple',
        'cannot-approve',
        'will-not-turn-on',
        'old-ios',
      ],
    },
    'ios-retry': { answers: ['names-shown', 'still-empty'] },
    'ios-model': { answers: ['in-app-switch', 'no-switch'] },
    'ios-settings': { answers: ['drive', 'keychain', 'backup', 'saved', 'opened', 'all-on'] },
    'app-version': { answers: ['cannot-find'], typed: true },
    'ios-legacy-switch': { answers: ['on', 'off', 'error'] },
    'android-backup': { answers: ['on', 'off', 'error'] },
    'android-recovery-access': { answers: ['yes', 'no'] },
    'android-new-backup': { answers: ['no', 'yes', 'erase-prompt'] },
    'recovery-signin': {
      answers: [
        'restored',
        'not-shown',
        'not-stored',
        'restored-nothing',
        'no-icloud-backup',
        'send-logs',
        'error',
        'cannot-sign-in',
      ],
    },
    'account-type': {
      answers: [
        'work-school',
        'work-qr',
        'prompts-old-phone',
        'personal-microsoft',
        'other-service',
        'passkey',
        'missing',
      ],
    },
  },
};

/** Every content version whose codes can still be read. */
export const CODEC_TABLES: Readonly<Record<number, CodecTable>> = { 1: v1, 2: v2, 3: v3 };

export type TableChange =
  | { kind: 'question-gone'; question: string }
  | { kind: 'answer-gone'; question: string; value: string }
  | { kind: 'answer-added'; question: string; value: string };

/** What differs between two tables, for the questions given (all of them by default). */
export function tableChanges(
  from: CodecTable,
  to: CodecTable,
  questions: readonly string[] = Object.keys(from.questions),
): TableChange[] {
  return questions.flatMap((question): TableChange[] => {
    const before = from.questions[question];
    const after = to.questions[question];
    if (!before) return [];
    if (!after) return [{ kind: 'question-gone', question }];
    return [
      ...before.answers
        .filter((v) => !after.answers.includes(v))
        .map((value) => ({ kind: 'answer-gone' as const, question, value })),
      ...after.answers
        .filter((v) => !before.answers.includes(v))
        .map((value) => ({ kind: 'answer-added' as const, question, value })),
    ];
  });
}
