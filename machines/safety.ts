import { answerTo, isRestoringOn, restorePlatformOf, type Answer } from './diagnosis-machine';

/**
 * The safety rules of the checklist, apart from the tree they judge. Advice that can cost a
 * person their backup for good is named here as a risky action; every step of content that
 * gives such advice, or warns against it, says so with these names, and
 * `machines/safety.test.ts` proves over every path the machine can take that none is
 * advised where it harms.
 */

/** Advice that can lose someone their codes, or give up on them too early. */
export const RISKY_ACTIONS = [
  /** Turning on Authenticator's backup on the phone being restored to, before the restore. */
  'enable-backup-before-restore',
  /** Turning backup off or deleting it (an older Microsoft article says off deletes it). */
  'delete-backup',
  /** Adding accounts to the new phone by hand, which stops a restore from being offered. */
  'add-accounts-before-restore',
  /** Apple's "reset end-to-end encrypted data": it wipes iCloud Keychain, backup included. */
  'reset-encrypted-data',
  /** Deleting Authenticator from the old phone, which may hold the only copy. */
  'delete-app-on-old-phone',
  /** Saying the old codes cannot come back. */
  'declare-lost',
  /**
   * Falling back to recovering each account through its own process (the recovery plan). A
   * step with `plan` does this unless it is itself the way through the working old phone.
   */
  'recover-each-account',
] as const;
export type RiskyAction = (typeof RISKY_ACTIONS)[number];

/**
 * Advice that is safe as given, named so that the rules can tell it from its risky twin:
 * approving a device for iCloud Keychain (safe only with the reset warning beside it),
 * turning backup on once every account works on the new phone, and turning it on on the old
 * phone, which holds the accounts.
 */
export const GUARDED_ACTIONS = [
  'approve-keychain',
  'enable-backup-after-restore',
  'enable-backup-on-old-phone',
] as const;
export type GuardedAction = (typeof GUARDED_ACTIONS)[number];

/** Guarded actions that need a warning in the same step or before it on the page. */
export const WARNING_FOR: Readonly<Partial<Record<GuardedAction, RiskyAction>>> = {
  'approve-keychain': 'reset-encrypted-data',
};

/** Ways a backup can still come back. Loss may be declared only once all that apply were offered. */
export const RESTORE_ROUTES = [
  // iPhone, current iCloud Keychain backup
  'legacy-recovery',
  'same-apple-account',
  'keychain-sync',
  'reinstall',
  'wait-and-retry',
  // Android, and the older iPhone backup tied to a Microsoft account
  'restore-on-empty-app',
  'same-microsoft-account',
  'other-microsoft-accounts',
  'microsoft-account-recovery',
  // Moving between iPhone and Android: the backup restores only on its own kind of phone
  'device-of-the-old-kind',
  // Accounts deleted in the app: another phone or tablet with Authenticator may still have them
  'other-device',
  // The old phone still works: a fresh backup from it, or moving each account by hand while
  // it can still approve the sign-ins
  'old-phone',
] as const;
export type RestoreRoute = (typeof RESTORE_ROUTES)[number];

/**
 * What the backup was, as far as the rules are concerned: the current iPhone backup in
 * iCloud Keychain, the older iPhone backup (found by "Begin recovery": in iCloud, tied to a
 * personal Microsoft account), Android's, none that restores here (between kinds of phone),
 * accounts deleted in the app, or not known.
 */
export type Platform = 'ios' | 'ios-legacy' | 'android' | 'cross' | 'deleted' | 'unknown';

/** The routes that must all have been offered before loss is declared, per old phone. */
const ROUTES_BEFORE_LOSS: Readonly<Record<Platform, readonly RestoreRoute[]>> = {
  ios: ['legacy-recovery', 'same-apple-account', 'keychain-sync', 'reinstall', 'wait-and-retry'],
  // The older iPhone backup is in iCloud as well: the Apple Account first, then Microsoft's.
  'ios-legacy': [
    'same-apple-account',
    'restore-on-empty-app',
    'same-microsoft-account',
    'other-microsoft-accounts',
    'microsoft-account-recovery',
  ],
  android: [
    'restore-on-empty-app',
    'same-microsoft-account',
    'other-microsoft-accounts',
    'microsoft-account-recovery',
  ],
  cross: ['device-of-the-old-kind'],
  deleted: ['other-device'],
  // Nothing tells us what the backup was, so nothing may call it lost.
  unknown: [...RESTORE_ROUTES],
};

/** Answers that mean a restore route was tried and did not bring the accounts back. */
const ROUTES_BY_ANSWER: readonly { question: string; value: string; routes: RestoreRoute[] }[] = [
  { question: 'ios-new-phone', value: 'empty', routes: ['legacy-recovery'] },
  { question: 'ios-new-phone', value: 'begin-recovery', routes: ['restore-on-empty-app'] },
  { question: 'ios-legacy-icloud', value: 'same', routes: ['same-apple-account'] },
  {
    question: 'ios-keychain-sync',
    value: 'still-empty',
    routes: ['same-apple-account', 'keychain-sync', 'reinstall'],
  },
  // Stuck further along the Keychain step: the Apple Account, its first check, was the same.
  ...['cannot-approve', 'will-not-turn-on', 'old-ios'].map((value) => ({
    question: 'ios-keychain-sync',
    value,
    routes: ['same-apple-account' as const],
  })),
  { question: 'ios-retry', value: 'still-empty', routes: ['wait-and-retry', 'reinstall'] },
  // Any answer about what the restore did means it was offered on an empty app.
  ...['restored', 'not-stored', 'no-icloud-backup', 'restored-nothing', 'send-logs', 'error'].map(
    (value) => ({
      question: 'recovery-signin',
      value,
      routes: ['restore-on-empty-app' as const],
    }),
  ),
  { question: 'recovery-signin', value: 'not-stored', routes: ['same-microsoft-account'] },
  { question: 'recovery-signin', value: 'restored-nothing', routes: ['same-microsoft-account'] },
];

/** Answers that mean the accounts came back: from then on, nothing is waiting to restore. */
const RESTORED_BY_ANSWER: readonly { question: string; value: string }[] = [
  { question: 'goal', value: 'not-working' },
  { question: 'locked-out-phone', value: 'codes-refused' },
  { question: 'ios-new-phone', value: 'names-shown' },
  { question: 'ios-keychain-sync', value: 'names-shown' },
  { question: 'ios-retry', value: 'names-shown' },
  { question: 'recovery-signin', value: 'restored' },
];

export type PathFacts = {
  /** Setting up a new phone (or the old one is gone) with accounts still to bring back. */
  restoring: boolean;
  restored: boolean;
  platform: Platform;
  /** The old phone still works and shows the accounts. */
  oldPhoneWorks: boolean;
  routesOffered: ReadonlySet<RestoreRoute>;
};

function platformOf(answers: readonly Answer[]): Platform {
  if (answerTo(answers, 'same-phone-how') === 'deleted') return 'deleted';
  const platform = restorePlatformOf(answers);
  if (platform === 'ios' && answerTo(answers, 'ios-new-phone') === 'begin-recovery') {
    return 'ios-legacy';
  }
  return platform ?? 'unknown';
}

/** What a path's answers say, for the safety rules. */
export function pathFacts(answers: readonly Answer[]): PathFacts {
  const given = (question: string, value: string) => answerTo(answers, question) === value;
  return {
    restoring: isRestoringOn(answers),
    restored: RESTORED_BY_ANSWER.some((r) => given(r.question, r.value)),
    platform: platformOf(answers),
    oldPhoneWorks: given('old-phone', 'shows-accounts'),
    routesOffered: new Set(
      ROUTES_BY_ANSWER.filter((r) => given(r.question, r.value)).flatMap((r) => r.routes),
    ),
  };
}

/** Whether every restore route that applies was offered, by the answers or by earlier steps. */
function everyRouteOffered(facts: PathFacts, offeredHere: Iterable<RestoreRoute>): boolean {
  const offered = new Set([...facts.routesOffered, ...offeredHere]);
  const routes = [
    ...ROUTES_BEFORE_LOSS[facts.platform],
    ...(facts.oldPhoneWorks ? ['old-phone' as const] : []),
  ];
  return routes.every((route) => offered.has(route));
}

/**
 * Whether advising an action harms the person on this path, given the routes the page has
 * offered before the step that advises it.
 */
export function harms(
  action: RiskyAction,
  facts: PathFacts,
  offeredHere: Iterable<RestoreRoute>,
): boolean {
  const waitingToRestore = facts.restoring && !facts.restored;
  switch (action) {
    case 'enable-backup-before-restore':
    case 'delete-backup':
      return waitingToRestore;
    case 'add-accounts-before-restore':
      // Moving accounts by hand from a working old phone loses nothing: it still has them all.
      if (new Set(offeredHere).has('old-phone')) return false;
      // Between iPhone and Android nothing can restore on the new phone, so nothing is blocked.
      return (
        waitingToRestore && facts.platform !== 'cross' && !everyRouteOffered(facts, offeredHere)
      );
    case 'declare-lost':
      return !everyRouteOffered(facts, offeredHere);
    case 'recover-each-account':
      // With the old phone working, it is the way back: offered before any account-by-account.
      return facts.oldPhoneWorks && !new Set(offeredHere).has('old-phone');
    case 'reset-encrypted-data':
    case 'delete-app-on-old-phone':
      return true;
  }
}
