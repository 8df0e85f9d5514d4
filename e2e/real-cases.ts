/**
 * Real reports of Authenticator restores gone wrong, each walked through the wizard the way
 * its author would answer. The right ending was decided from the official pages first, then
 * the tree was walked: a case the tree gets wrong keeps its right outcome and says so in
 * `treeWrong` (its tests are expected to fail until the tree is fixed).
 *
 * Source: /work/research/cases.json (42 reports). Dropped: reports not written in the first
 * person (qa-2288414, gh-memdocs-2870, gh-azure-70970, gh-azure-69161, gh-austin-27988) and
 * reports read only on a mirror whose original address was derived, not read (qa-5918340,
 * qa-5818799, qa-5851837).
 *
 * The TAP and "require re-register MFA" pages were confirmed by path in entra-docs, the
 * support.microsoft.com and Apple pages as addresses cited by others; only the transfer page
 * was read in full (see /work/research/cases.md, notes).
 */

export type RealCase = {
  id: string;
  /** The address as read. */
  url: string;
  /** Where a mirror was read: the original address. */
  originalUrl?: string;
  /** Who wrote the report: a user, or an administrator locked out of their own tenant. */
  by: 'user' | 'admin';
  /** Verbatim, shortened from the report. */
  quote: string;
  situation: string;
  rightEnding: string;
  rightEndingSources: string[];
  harm: string;
  /** [questionId, value], in the order the wizard asks. */
  answers: [string, string][];
  /** Answers the report does not give, by question id: why this one was chosen. */
  assumed: Record<string, string>;
  /** The outcome the person should reach. */
  outcome: string;
  /** Words the result page must show (title, summary, expect or step text). */
  mustSay: string[];
  /** Words that would harm this person. */
  mustNotSay?: string[];
  /** What the tree does wrong for this case; set only while it is wrong. */
  treeWrong?: string;
};

const MS_BACKUP =
  'https://support.microsoft.com/en-us/account-billing/back-up-and-recover-account-credentials-in-the-authenticator-app-bb939936-7a8d-4e88-bc43-49bc1a700a40';
const MS_TRANSFER =
  'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-transfer-authenticator-new-phone';
const MS_TAP =
  'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-authentication-temporary-access-pass';
const MS_REREGISTER =
  'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-mfa-userdevicesettings';
const MS_RECOVERY_FORM =
  'https://support.microsoft.com/en-us/account-billing/help-with-the-microsoft-account-recovery-form-b19c02d1-a782-dee6-93c3-dc8113b20c42';
const MS_EMERGENCY =
  'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/security-emergency-access';
const MS_ENTRA_SUPPORT = 'https://learn.microsoft.com/en-us/entra/fundamentals/how-to-get-support';
const MS_GUEST_RESET =
  'https://learn.microsoft.com/en-us/entra/external-id/reset-redemption-status';
const MS_JAILBREAK =
  'https://support.microsoft.com/en-gb/account-billing/jailbreak-rooted-detection-in-microsoft-authenticator-9f0431bd-675a-4f2d-b8fb-7acd18deaadc';
const APPLE_KEYCHAIN = 'https://support.apple.com/en-us/109016';

/** Result words that would hurt anyone still restoring: backup on before the restore. */
const BACKUP_FIRST = 'Turn on "Cloud Backup" on the new phone';
/** Result words that would hurt a work or school user: consumer support can't reset MFA. */
const CONSUMER_SUPPORT = 'Microsoft support';

const ADMIN_RIGHT_ENDING =
  'A locked-out administrator needs another Global or Privileged Authentication Administrator to issue a Temporary Access Pass or require re-registration; with no other administrator (and no emergency access account), only a Microsoft support case restores access. Then register the new phone and add a second administrator.';
const WORK_RIGHT_ENDING =
  "A work or school account never comes back working from a backup; the organization's IT issues a Temporary Access Pass or requires re-registration, then the new phone is added at Security info.";

export const realCases: RealCase[] = [
  // ---- Restoring on a new phone, with and without the old phone ---------------------------
  {
    id: 'qa-5900450-not-stored-with-account',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5900450/personal-microsoft-authenticator-restore',
    by: 'user',
    quote:
      "I am unable to restore from backup. I have previously restored from backup in the past but now I'm receiving this error Unable to recover Your backup is not stored with (My 365 account).",
    situation:
      'Old phone died; on the new phone the restore says "Unable to recover / Your backup is not stored with" the account tried. Believes they have only one Microsoft account.',
    rightEnding:
      'Restore works only with the personal Microsoft account that turned backup on, on the same kind of phone, before any account is added; after "not stored with this account", try every other personal Microsoft address (a work "365" address cannot hold the backup).',
    rightEndingSources: [MS_BACKUP, MS_TRANSFER],
    harm: 'Giving up after one "not stored" message, or turning on backup on the new phone, which replaces the only backup.',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'android-android'],
      ['old-phone', 'gone'],
      ['backup-ever', 'yes-or-unsure'],
      ['android-new-backup', 'no'],
      ['recovery-signin', 'not-stored'],
    ],
    assumed: {
      accounts: 'Restored personal backups before; the "365 account" is what they tried.',
      platforms:
        'Not stated; "Unable to recover / not stored with" is the Android and older-iPhone message.',
      'android-new-backup': 'Not stated; nothing says backup was turned on on the new phone.',
    },
    outcome: 'wrong-recovery-account',
    mustSay: [
      'Try the other Microsoft accounts you may have used',
      'sign in with the next address',
    ],
    mustNotSay: [BACKUP_FIRST],
  },
  {
    id: 'qa-5819700-backup-on-old-not-restored',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5819700/cannot-restore-data-authenticator-from-old-device',
    by: 'user',
    quote:
      "I cannot restore data authenticator from old device to new device, although I've login account microsoft and backup data on old device",
    situation:
      'Backed up on the old phone with a Microsoft account; the new phone restores nothing. The old phone is still at hand.',
    rightEnding:
      'Keep the old phone untouched: check on it which personal Microsoft account holds the backup and that backup is on, then restore on an empty app on the new phone with that account; failing that, move each account while the old phone approves.',
    rightEndingSources: [MS_TRANSFER, MS_BACKUP],
    harm: 'Wiping the old phone or removing Authenticator from it before the new one works; turning on backup on the new phone first.',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'android-android'],
      ['old-phone', 'shows-accounts'],
      ['android-new-backup', 'no'],
      ['recovery-signin', 'restored-nothing'],
    ],
    assumed: {
      accounts: 'Not stated; they restore "data", personal accounts most likely.',
      platforms: 'Not stated; a backup "with a Microsoft account" is the Android one.',
      'old-phone': 'They speak of restoring "from old device", so it still has the accounts.',
      'android-new-backup': 'Not stated.',
      'recovery-signin': '"Cannot restore": the restore ran and brought nothing.',
    },
    outcome: 'old-phone-fresh-backup',
    mustSay: [
      'Your old phone still has your accounts: use it to move them',
      'Keep the old phone as it is until every account works on the new one.',
    ],
    mustNotSay: [BACKUP_FIRST],
  },
  {
    id: 'gh-azure-31347-new-android-many-accounts',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/31347',
    by: 'user',
    quote:
      'I got a new android phone. How can I get all the accounts connected to the app on the old phone, transferred or connected on the new phone?',
    situation:
      'New Android phone, old one still working with many accounts; wants them moved without re-adding each.',
    rightEnding:
      'Keep the old phone; turn on Cloud Backup there with a personal Microsoft account and restore on the empty new app with that account, or add the new phone from each account while the old phone approves.',
    rightEndingSources: [MS_TRANSFER, MS_BACKUP],
    harm: 'Wiping or resetting the old phone before the new one works.',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'android-android'],
      ['old-phone', 'shows-accounts'],
      ['android-new-backup', 'no'],
      ['recovery-signin', 'not-stored'],
    ],
    assumed: {
      accounts: 'Not stated; "all the accounts", personal ones among them.',
      'android-new-backup': 'Not stated; a fresh install.',
      'recovery-signin':
        'Backup was never on (2019), so a restore today finds no backup stored with the account.',
    },
    outcome: 'old-phone-fresh-backup',
    mustSay: [
      'Your old phone still has your accounts: use it to move them',
      'check "Cloud Backup" is on',
    ],
    mustNotSay: [BACKUP_FIRST],
  },
  {
    id: 'gh-azure-75363-erase-existing-backup-prompt',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/75363',
    by: 'user',
    quote:
      'When I opened the settings page to enable cloud save on the new phone it asked me if I wanted to erase the existing cloud backup',
    situation:
      'Set up the new phone with the Microsoft account, then opened backup settings: the app offered to erase the existing backup instead of restoring it.',
    rightEnding:
      'Don\'t accept the prompt; remove what was added on the new phone so "Restore from backup" appears, restore with the same personal Microsoft account, and turn on backup only afterwards.',
    rightEndingSources: [MS_TRANSFER, MS_BACKUP],
    harm: 'Confirming the erase/replace prompt, which destroys the only backup.',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'android-android'],
      ['old-phone', 'shows-accounts'],
      ['android-new-backup', 'erase-prompt'],
    ],
    assumed: {
      accounts: 'Not stated; "all my existing keys".',
      platforms: 'Not stated; "cloud save" with a Microsoft account in 2021 is Android.',
      'old-phone': 'Not stated; a phone switch, old phone most likely still at hand.',
    },
    outcome: 'backup-erase-prompt',
    mustSay: ["Don't confirm: the backup you need is still there", 'Tap "Cancel" or go back.'],
    mustNotSay: [BACKUP_FIRST],
  },
  {
    id: 'gh-azure-71693-android-to-iphone',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/71693',
    by: 'user',
    quote:
      'It would have saved a lot of time searching for a way to restore an android based backup when switching to an iPhone.',
    situation:
      'Moved from Android to iPhone and looked for a way to restore the Android backup there.',
    rightEnding:
      "Backups do not restore across platforms; with the old phone still working, add the new phone to each account (Security info, Microsoft account security, each site's QR code) while the old phone approves.",
    rightEndingSources: [MS_TRANSFER, MS_BACKUP],
    harm: 'Wiping the Android phone, the only place the accounts and the backup can still be used.',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'android-ios'],
      ['old-phone', 'shows-accounts'],
    ],
    assumed: {
      accounts: 'Not stated.',
      'old-phone': 'Not stated; someone switching phones usually still has the old one.',
    },
    outcome: 'cross-platform',
    mustSay: [
      'Add each account again on your new phone',
      "A backup made on an iPhone can't be restored on Android, and an Android backup can't be restored on an iPhone.",
    ],
  },
  {
    id: 'qa-5850262-uninstalled-device-change-no-backup',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5850262/authenticator-app',
    by: 'user',
    quote:
      'I am unable to access my account as the authenticator app was uninstalled due to a device change, and I do not have a backup of the authentication codes.',
    situation: 'Device change; Authenticator gone with the old phone; no backup; locked out now.',
    rightEnding:
      "With no backup nothing restores: recover each account through its own route (Microsoft account recovery, the organization's IT for work accounts, each site's recovery codes), then add them again and turn on backup.",
    rightEndingSources: [MS_BACKUP, MS_RECOVERY_FORM, MS_TAP],
    harm: 'Telling a work or school user that Microsoft consumer support can reset their MFA.',
    answers: [
      ['goal', 'locked-out'],
      ['locked-out-phone', 'new-phone'],
      ['platforms', 'android-android'],
      ['old-phone', 'gone'],
      ['backup-ever', 'no'],
    ],
    assumed: { platforms: 'Not stated.' },
    outcome: 'no-backup-android',
    mustSay: [
      'Check once, then recover each account through its own process',
      'For work or school accounts, ask your IT help desk.',
    ],
  },
  {
    id: 'tc-2786400-no-backup-in-icloud',
    url: 'https://techcommunity.microsoft.com/blog/microsoft-entra-blog/cloud-backup-and-recovery-for-the-microsoft-authenticator-app-on-android-now-ava/566369/replies/2786400',
    by: 'user',
    quote:
      'fired up the authenticator app and got "There is no backup stored in your iCloud account. Make sure that you\'re signed in to the same iCloud account you used to create a backup". Same apple id both times.',
    situation:
      'iPhone to iPhone with the older in-app backup (2021); checked the backup date on the old iPhone; the new iPhone says there is no backup in iCloud.',
    rightEnding:
      'The iPhone backup lives in iCloud: the new iPhone must use the same Apple Account with iCloud (Drive and Keychain) on, and restore before adding accounts; the working old iPhone can make a fresh backup. Never reset end-to-end encrypted data.',
    rightEndingSources: [MS_TRANSFER, APPLE_KEYCHAIN, MS_BACKUP],
    harm: 'Resetting iCloud end-to-end encrypted data, or wiping the old iPhone before the new one works.',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'ios-ios'],
      ['old-phone', 'shows-accounts'],
      ['ios-new-phone', 'begin-recovery'],
      ['ios-legacy-icloud', 'same'],
      ['recovery-signin', 'no-icloud-backup'],
    ],
    assumed: {
      accounts: 'Not stated.',
      'ios-legacy-icloud': 'Same Apple ID is stated; iCloud Drive on is assumed.',
    },
    outcome: 'ios-no-icloud-backup',
    mustSay: [
      '"No backup stored in your iCloud account": check iCloud, not your Microsoft account',
      'check it is the Apple Account the old iPhone used',
    ],
  },
  {
    id: 'gh-azure-72733-unable-to-recover-iphone',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/72733',
    by: 'user',
    quote:
      'I am trying to recover from my account backup, but it tells me Authenticator is "Unable to Recover"! Why. I checked on my iPhone that iCloud backup is enabled.',
    situation:
      'iPhone, older backup ("Begin recovery", 2021); the restore says "Unable to Recover".',
    rightEnding:
      "Restore works only with the personal Microsoft account that held the backup, in the same Apple Account's iCloud, before adding accounts: try every other personal Microsoft address.",
    rightEndingSources: [MS_BACKUP, MS_TRANSFER, APPLE_KEYCHAIN],
    harm: 'Giving up after one "Unable to recover"; resetting iCloud encrypted data.',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'ios-ios'],
      ['old-phone', 'gone'],
      ['ios-new-phone', 'begin-recovery'],
      ['ios-legacy-icloud', 'same'],
      ['recovery-signin', 'not-stored'],
    ],
    assumed: {
      accounts: 'Not stated.',
      'old-phone': 'Not stated; they rely on the backup alone.',
      'ios-legacy-icloud': 'They checked iCloud backup is on; same Apple Account assumed.',
    },
    outcome: 'wrong-recovery-account',
    mustSay: [
      'Try the other Microsoft accounts you may have used',
      'It may be with another personal Microsoft address you used when you turned backup on.',
    ],
    mustNotSay: [BACKUP_FIRST],
  },
  {
    id: 'gh-azure-19102-iphone-to-iphone-old-still-shows',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/19102',
    by: 'user',
    quote:
      "I followed the Recover procedure listed above. Authenticator app on new phone doesn't show up on my new iPhone. They still show up on my old one.",
    situation:
      'iPhone to iPhone (2018, older backup); "Begin recovery" brought nothing; the accounts are still on the old iPhone.',
    rightEnding:
      'Keep the old iPhone untouched; let it make a fresh backup (update the app, iCloud settings on) and restore on an empty app in the same Apple Account, or add each account on the new iPhone while the old one approves.',
    rightEndingSources: [MS_TRANSFER, MS_BACKUP, APPLE_KEYCHAIN],
    harm: 'Erasing or trading in the old iPhone before the new one works.',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'personal'],
      ['platforms', 'ios-ios'],
      ['old-phone', 'shows-accounts'],
      ['ios-new-phone', 'begin-recovery'],
      ['ios-legacy-icloud', 'same'],
      ['recovery-signin', 'restored-nothing'],
    ],
    assumed: {
      accounts: 'Not stated.',
      'ios-legacy-icloud': 'Not stated; the same Apple Account on both iPhones is the usual case.',
    },
    outcome: 'ios-legacy-restore',
    mustSay: [
      'Restore from the older iPhone backup',
      'while it works, your accounts are safe on it',
    ],
  },
  {
    id: 'qa-5820335-planning-new-iphone',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5820335/how-to-transfer-to-a-new-iphone-with-backups-in-th',
    by: 'user',
    quote: 'How to transfer to a new iPhone with backups in the iCloud?',
    situation: 'About to move to a new iPhone through iCloud; old iPhone still working.',
    rightEnding:
      'With iCloud Drive, Keychain, Backup and Authenticator in "Saved to iCloud" on, restore on the new iPhone in the same Apple Account and keep the old iPhone until every account works; work accounts come back as a name only and need signing in again.',
    rightEndingSources: [MS_TRANSFER, MS_BACKUP, APPLE_KEYCHAIN],
    harm: 'Erasing the old iPhone before the new one works; expecting work accounts to work after a whole-phone restore.',
    answers: [
      ['goal', 'prepare'],
      ['accounts', 'personal'],
      ['platforms', 'ios-ios'],
      ['ios-model', 'no-switch'],
      ['ios-settings', 'all-on'],
      ['app-version', '6.8.40'],
    ],
    assumed: {
      'ios-model': 'Current app in 2026: no in-app switch.',
      'ios-settings': 'Not stated; they already back up to iCloud.',
      'app-version': 'Not stated; any current version.',
    },
    outcome: 'ios-backup-ready',
    mustSay: [
      'Move to your new iPhone',
      'come back as a name only',
      'Keep the old iPhone, with Authenticator on it, until you can sign in to every account from the new one.',
    ],
  },

  // ---- Lost phone, same phone, overwritten backup -------------------------------------------
  {
    id: 'qa-5915038-overwrote-backup-after-lost-phone',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5915038/retrieve-backpup-codes-from-my-authenticator',
    by: 'user',
    quote:
      'I lost my phone on a accident and when I installed the authenticator on the new devide, by mistake I overwrote my backup for a blank new one with no codes at all.',
    situation: 'Phone lost; on the new phone the real backup was overwritten by an empty one.',
    rightEnding:
      'A replaced backup cannot be swapped back: stop changing anything, check other personal Microsoft accounts once, then recover each account through its own route.',
    rightEndingSources: [MS_BACKUP, MS_RECOVERY_FORM, MS_TAP],
    harm: 'Promising Microsoft can roll back to an older backup; toggling backup again.',
    answers: [
      ['goal', 'lost'],
      ['accounts', 'personal'],
      ['platforms', 'android-android'],
      ['backup-ever', 'yes-or-unsure'],
      ['android-new-backup', 'yes'],
    ],
    assumed: {
      accounts: 'Not stated; "codes".',
      platforms: 'Not stated; overwriting a backup by signing in is the Microsoft-account backup.',
    },
    outcome: 'backup-overwritten',
    mustSay: [
      'Stop: your old backup may have been replaced',
      'the old backup is gone. Recover each account through its own process.',
    ],
    mustNotSay: [BACKUP_FIRST],
  },
  {
    id: 'gh-azure-57045-replaced-previous-backup',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/57045',
    by: 'user',
    quote:
      'I installed the microsoft authentication application on my cell phone and logged in with my outlook account, with this I inadvertently replaced my previous backup that I had with that email.',
    situation:
      'New install on a new phone; signing in with the Outlook account replaced the backup; locked out of most 2FA accounts.',
    rightEnding:
      'A replaced backup cannot be brought back: recover each account through its own route, then add them again and turn on backup only when all are there.',
    rightEndingSources: [MS_BACKUP, MS_RECOVERY_FORM, MS_TAP],
    harm: 'False hope of swapping backups; more backup toggling.',
    answers: [
      ['goal', 'locked-out'],
      ['locked-out-phone', 'new-phone'],
      ['platforms', 'android-android'],
      ['old-phone', 'gone'],
      ['backup-ever', 'yes-or-unsure'],
      ['android-new-backup', 'yes'],
    ],
    assumed: {
      'locked-out-phone': '"installed ... on my cell phone": a new install, read as a new phone.',
      platforms: 'Not stated; the Outlook-account backup of 2020 is Android.',
    },
    outcome: 'backup-overwritten',
    mustSay: [
      'Stop: your old backup may have been replaced',
      'Recover each account through its own process.',
    ],
    mustNotSay: [BACKUP_FIRST],
  },
  {
    id: 'qa-5841682-samsung-reset-overwrote-backup',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5841682/restore-previous-authenticator-backup',
    by: 'user',
    quote:
      'When the app logged me in it created a new backup, which has overridden the previous backup made just before.',
    situation:
      'Samsung phone reset after a backup; after reinstalling, signed in instead of tapping restore, and the app saved an empty backup over the real one.',
    rightEnding:
      'The overwritten backup cannot be restored: recover each of the 6-7 accounts through its own route and turn on backup only once they are all back.',
    rightEndingSources: [MS_BACKUP, MS_RECOVERY_FORM],
    harm: 'Telling them to keep retrying restores or toggling backup (each save replaces it again).',
    answers: [
      ['goal', 'same-phone'],
      ['same-phone-how', 'reinstalled'],
      ['accounts', 'personal'],
      ['this-phone', 'android'],
      ['backup-ever', 'yes-or-unsure'],
      ['android-new-backup', 'yes'],
    ],
    assumed: { accounts: 'Not stated; 6-7 accounts, personal ones among them.' },
    outcome: 'backup-overwritten',
    mustSay: [
      'Stop: your old backup may have been replaced',
      'the old backup is gone. Recover each account through its own process.',
    ],
    mustNotSay: [BACKUP_FIRST],
  },
  {
    id: 'qa-5618127-android-factory-reset-same-phone',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5618127/unable-to-restore-authenticator-backup',
    by: 'user',
    quote:
      'Had to factory reset device, authenticator to personal account was on and working. Unable to recover in new app, have attached message. Android , in fact same device.',
    situation:
      'Android phone factory-reset; backup to a personal account was on; restore in the reinstalled app fails (message in a screenshot).',
    rightEnding:
      'Restore on the empty app with the exact personal Microsoft account that held the backup; if it is "not stored" there, try the other personal addresses, and never turn on backup before restoring.',
    rightEndingSources: [MS_BACKUP, MS_TRANSFER],
    harm: 'Turning on backup on the reset phone before restoring; clearing app data repeatedly.',
    answers: [
      ['goal', 'same-phone'],
      ['same-phone-how', 'reinstalled'],
      ['accounts', 'personal'],
      ['this-phone', 'android'],
      ['backup-ever', 'yes-or-unsure'],
      ['android-new-backup', 'no'],
      ['recovery-signin', 'not-stored'],
    ],
    assumed: {
      'android-new-backup': 'Not stated.',
      'recovery-signin':
        'The screenshot is not in the text; "Unable to recover" is their own word.',
    },
    outcome: 'wrong-recovery-account',
    mustSay: [
      'Try the other Microsoft accounts you may have used',
      'Trying other accounts is safe, as long as you don\'t turn on "Cloud Backup" on the new phone while you try.',
    ],
    mustNotSay: [BACKUP_FIRST],
  },
  {
    id: 'gh-pypi-7069-factory-reset-lost-totp',
    url: 'https://github.com/pypi/support/issues/7069',
    by: 'user',
    quote: "that app didn't keep the tokens when I had to do a factory reset",
    situation:
      'Factory-reset phone; the PyPI code in Authenticator is gone; no recovery codes; filed PyPI account recovery.',
    rightEnding:
      "Third-party codes come back only from a backup made before the reset, restored on the empty app with the same recovery account; otherwise the service's own recovery (as filed), then add it again.",
    rightEndingSources: [MS_BACKUP, MS_TRANSFER],
    harm: 'Turning on backup on the reset phone before checking for an older backup.',
    answers: [
      ['goal', 'locked-out'],
      ['locked-out-phone', 'same-phone'],
      ['same-phone-how', 'reinstalled'],
      ['accounts', 'personal'],
      ['this-phone', 'android'],
      ['backup-ever', 'yes-or-unsure'],
      ['android-new-backup', 'no'],
      ['recovery-signin', 'restored-nothing'],
    ],
    assumed: {
      'this-phone': 'Not stated.',
      'backup-ever': 'Not stated; "Yes, or I don\'t know" is the answer for not knowing.',
      'android-new-backup': 'Not stated.',
      'recovery-signin': '"Didn\'t keep the tokens": nothing came back.',
    },
    outcome: 'restore-came-back-empty',
    mustSay: [
      'The restore ran but brought nothing back',
      'recover each account through its own process',
    ],
    mustNotSay: [BACKUP_FIRST],
  },
  {
    id: 'qa-5813443-deleted-accounts-admin-iphone',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5813443/how-can-i-recover-the-deleted-account-information',
    by: 'admin',
    quote:
      'I deleted two of the accounts because I needed to switch to a new device, and no backup was enabled on my old iPhone. I am the administrator of these accounts.',
    situation:
      'Deleted two work accounts from Authenticator on the old iPhone, no backup; administrator of those accounts; asks whether a backup made now helps.',
    rightEnding:
      'Deleted entries cannot come back from a backup made afterwards; as administrator, use another admin (or a Temporary Access Pass) to require re-registration, then add them on the new phone at Security info.',
    rightEndingSources: [MS_TAP, MS_REREGISTER, MS_TRANSFER],
    harm: 'Telling them a backup taken now will recover the deleted accounts.',
    answers: [
      ['goal', 'same-phone'],
      ['same-phone-how', 'deleted'],
      ['accounts', 'work-only'],
      ['work-admin', 'other-admins'],
    ],
    assumed: {
      'work-admin':
        'Not stated; they administer several accounts and keep a third one working, read as another admin.',
    },
    outcome: 'admin-another-admin',
    mustSay: [
      'Ask another administrator to reset your sign-in methods',
      'Require re-register multifactor authentication',
    ],
  },
  {
    id: 'gh-azure-25880-android-reset-reenable-each',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/25880',
    by: 'user',
    quote:
      'Every time, I change my phone or reset my phone, I had to disable and re-enable two-factor authentication of each account',
    situation:
      'Android user, many 2FA accounts, no backup; re-enrols each after every reset or phone change.',
    rightEnding:
      'Turn on Cloud Backup with a personal Microsoft account once all accounts are in the app; on the next phone, restore on the empty app (same kind of phone) before adding anything.',
    rightEndingSources: [MS_TRANSFER, MS_BACKUP],
    harm: 'Turning on backup on a new or reset phone before restoring.',
    answers: [
      ['goal', 'prepare'],
      ['accounts', 'personal'],
      ['platforms', 'android-android'],
      ['android-backup', 'off'],
    ],
    assumed: {},
    outcome: 'android-turn-on-backup',
    mustSay: [
      'Turn on Cloud Backup on your old Android phone',
      'Note which account you chose: you need it on the new phone.',
    ],
  },
  {
    id: 'gh-azure-17283-android-migrate-both-in-hand',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/17283',
    by: 'user',
    quote:
      'As an Android user, I expect to be able to buy a new device and smoothly migrate when I have both in hand (not lost or such).',
    situation: 'Android, both phones in hand, backup off.',
    rightEnding:
      'Keep the old phone; turn on Cloud Backup there with a personal Microsoft account and restore on the new Android phone before adding accounts.',
    rightEndingSources: [MS_TRANSFER, MS_BACKUP],
    harm: 'Wiping the old phone before the new one works.',
    answers: [
      ['goal', 'prepare'],
      ['accounts', 'personal'],
      ['platforms', 'android-android'],
      ['android-backup', 'off'],
    ],
    assumed: {},
    outcome: 'android-turn-on-backup',
    mustSay: [
      'Turn on Cloud Backup on your old Android phone',
      'Microsoft says to keep the old phone until you can sign in to your accounts on the new one',
    ],
  },

  // ---- Backup errors ----------------------------------------------------------------------
  {
    id: 'qa-5894535-cant-cloud-save-new-phone',
    url: 'https://learn.microsoft.com/en-ca/answers/questions/5894535/i-cant-cloud-save-my-authenticator',
    by: 'user',
    quote:
      "I have a new phone and cause I can't cloudsave my Authenticator I can't switch my phone",
    situation: 'Backup will not turn on on the old phone, so the move to the new phone is stuck.',
    rightEnding:
      'Keep the old phone untouched; turn on backup there with a personal Microsoft account (a work account cannot hold it), then restore on the new phone, or move each account while the old phone approves.',
    rightEndingSources: [MS_TRANSFER, MS_BACKUP],
    harm: 'Removing accounts or the app from the old phone, its only copy.',
    answers: [
      ['goal', 'backup-error'],
      ['error-platform', 'android'],
    ],
    assumed: { 'error-platform': 'Not stated; "cloudsave" is the Android wording.' },
    outcome: 'something-went-wrong',
    mustSay: [
      'Sign in to the backup account to fix "Something went wrong"',
      "Don't remove them or delete Authenticator: this phone may hold your only copy.",
    ],
  },
  {
    id: 'qa-5894047-backup-stopped-restore-broken',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5894047/authenticator-backup',
    by: 'user',
    quote: 'My authenticator stopped backing up and restore in non functional',
    situation:
      'Backup stopped working on the phone with the accounts (May 2026); restore does nothing.',
    rightEnding:
      'Backup needs a personal Microsoft account as recovery account; fix it on the phone that has the accounts, and on a new phone never turn backup on before restoring.',
    rightEndingSources: [MS_BACKUP, MS_TRANSFER],
    harm: 'Turning on backup on a new phone before restoring, replacing the only backup.',
    answers: [
      ['goal', 'backup-error'],
      ['error-platform', 'android'],
    ],
    assumed: { 'error-platform': 'Not stated.' },
    outcome: 'something-went-wrong',
    mustSay: [
      'Sign in to the backup account to fix "Something went wrong"',
      "don't turn on backup there: it can replace the backup you want to restore",
    ],
  },

  // ---- Came back, but does not work ----------------------------------------------------------
  {
    id: 'gh-azure-48719-scan-qr-to-recover-work',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/48719',
    by: 'user',
    quote:
      'When you have restored your iCloud backup to a new iPhone you need to scan a QR code to recover work Azure accounts. Where can I find information about how to accomplish this?',
    situation:
      'Restored on a new iPhone; the work account asks for a QR code; every sign-in option needs the app.',
    rightEnding:
      "Expected: only the work account's name is restored. Get a new QR code from Security info (approving with the old phone if it works); otherwise the organization's admin issues a Temporary Access Pass.",
    rightEndingSources: [MS_TRANSFER, MS_TAP, MS_REREGISTER],
    harm: 'Wiping the old phone before the new one is registered.',
    answers: [
      ['goal', 'not-working'],
      ['account-type', 'work-qr'],
    ],
    assumed: {},
    outcome: 'work-scan-qr',
    mustSay: [
      'Get a new QR code from your organization\'s "Security info" page',
      'Temporary Access Pass',
    ],
    mustNotSay: [CONSUMER_SUPPORT],
  },
  {
    id: 'gh-azure-64929-guest-accounts-reverify',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/64929',
    by: 'user',
    quote:
      "I didn't find any information though on how to do this for external tenant where my work account is a Guest user",
    situation:
      'After restoring on a new phone, had to re-verify as a guest in several other organizations; found no instructions.',
    rightEnding:
      "Guest accounts are registered separately in each host organization: update Security info there after switching organization; if blocked, the host organization's admin (not your own IT) resets it.",
    rightEndingSources: [MS_TRANSFER, MS_GUEST_RESET, MS_TAP],
    harm: "Asking only the home organization's IT to reset MFA for guest access elsewhere.",
    answers: [
      ['goal', 'not-working'],
      ['account-type', 'work-school'],
    ],
    assumed: {},
    outcome: 'work-school-account',
    mustSay: [
      'Set up your work or school account again',
      'Guest accounts in other organizations are separate',
    ],
  },

  // ---- Work or school accounts, not administrators ----------------------------------------------
  {
    id: 'qa-5849254-uni-account-new-phone',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5849254/deleted-microsoft-authenticator-app',
    by: 'user',
    quote:
      'my microsoft authenticator is no longer logged into my microsoft uni account so i can no longer accept the 2 digit code',
    situation:
      'Student moved to a new phone and erased the old one; the university account cannot be approved.',
    rightEnding: WORK_RIGHT_ENDING,
    rightEndingSources: [MS_TRANSFER, MS_TAP, MS_REREGISTER],
    harm: 'Sending a student to Microsoft consumer support, which cannot reset a university account.',
    answers: [
      ['goal', 'locked-out'],
      ['locked-out-phone', 'work-account'],
      ['work-admin', 'no'],
    ],
    assumed: {},
    outcome: 'work-school-account',
    mustSay: ['Set up your work or school account again', 'Temporary Access Pass'],
    mustNotSay: [CONSUMER_SUPPORT],
  },
  {
    id: 'gh-azure-24783-it-wont-reset-anymore',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/24783',
    by: 'user',
    quote:
      'Every time I have changed phones, I have to call my IT department to reset my account so the I can get the QR code again.',
    situation: 'Work account; each phone change needed an IT reset.',
    rightEnding:
      'Now only IT can issue a Temporary Access Pass or require re-registration; next time add the new phone at Security info while the old one still approves.',
    rightEndingSources: [MS_TRANSFER, MS_TAP, MS_REREGISTER],
    harm: 'Telling a work user Microsoft consumer support can reset their MFA.',
    answers: [
      ['goal', 'locked-out'],
      ['locked-out-phone', 'work-account'],
      ['work-admin', 'no'],
    ],
    assumed: {},
    outcome: 'work-school-account',
    mustSay: [
      'Set up your work or school account again',
      'If the old phone still works, use it to approve that sign-in.',
    ],
    mustNotSay: [CONSUMER_SUPPORT],
  },
  {
    id: 'gh-azure-58123-need-app-to-set-up-app',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/58123',
    by: 'user',
    quote:
      'the app wants me to perform a two-step verification before I can add my account. And the two-step verification wants me to use the authenticator app which I am trying to set up.',
    situation:
      'Adding the work account to Authenticator needs MFA, which needs Authenticator: a loop.',
    rightEnding: WORK_RIGHT_ENDING,
    rightEndingSources: [MS_TRANSFER, MS_TAP, MS_REREGISTER],
    harm: 'Telling a work user Microsoft consumer support can reset their MFA.',
    answers: [
      ['goal', 'locked-out'],
      ['locked-out-phone', 'work-account'],
      ['work-admin', 'no'],
    ],
    assumed: {},
    outcome: 'work-school-account',
    mustSay: ['Set up your work or school account again', 'Temporary Access Pass'],
    mustNotSay: [CONSUMER_SUPPORT],
  },
  {
    id: 'gh-austin-29056-new-phone-work-daily',
    url: 'https://github.com/cityofaustin/atd-data-tech/issues/29056',
    by: 'user',
    quote: 'I have recently changed a phone and authenticator is not working on it.',
    situation:
      'City employee changed phone; the work Authenticator does not work; needs it every morning.',
    rightEnding:
      "Sign in another way if one is registered and add the new phone at Security info; otherwise the organization's IT issues a Temporary Access Pass or requires re-registration.",
    rightEndingSources: [MS_TRANSFER, MS_TAP, MS_REREGISTER],
    harm: 'Telling a work user Microsoft consumer support can reset their MFA.',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'work-only'],
      ['work-admin', 'no'],
    ],
    assumed: { accounts: 'A work ticket about the work Authenticator.' },
    outcome: 'work-school-account',
    mustSay: ['Set up your work or school account again', 'choose "Add sign-in method"'],
    mustNotSay: [CONSUMER_SUPPORT],
  },
  {
    id: 'gh-azure-36327-android-new-phone-work',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/36327',
    by: 'user',
    quote:
      "mfa is required for my work, we use office products so I want with a Microsoft solution. I'm not getting a new phone (another android) and need to move the app over, how do I do this?",
    situation: 'About to move from Android to Android; only a work account; old phone works.',
    rightEnding:
      'A backup brings a work account back as a name only: keep the old phone and, while it still approves, add Authenticator on the new phone at Security info (or sign in again after a restore).',
    rightEndingSources: [MS_TRANSFER],
    harm: 'Wiping the old phone before the new one is registered.',
    answers: [
      ['goal', 'prepare'],
      ['accounts', 'work-only'],
      ['work-admin', 'no'],
    ],
    assumed: { 'work-admin': 'Not stated; a user asking how to move the app.' },
    outcome: 'work-school-account',
    mustSay: ['"Security info"', 'If the old phone still works, use it to approve that sign-in.'],
  },

  // ---- Administrators -------------------------------------------------------------------------
  {
    id: 'gh-azure-54490-admin-azure-id-not-restored',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/54490',
    by: 'admin',
    quote:
      'When I switched phones this week, everything backed up except my azure ID! So now I cannot login anywhere except the mail app on my MacBook',
    situation:
      'Administrator switched phones; everything restored but the work (Azure AD) account; locked out apart from a signed-in Mac mail app.',
    rightEnding: ADMIN_RIGHT_ENDING,
    rightEndingSources: [MS_TAP, MS_REREGISTER, MS_TRANSFER],
    harm: 'Signing out of the still-working Mac session; wiping the old phone.',
    answers: [
      ['goal', 'locked-out'],
      ['locked-out-phone', 'work-account'],
      ['work-admin', 'other-admins'],
    ],
    assumed: { 'work-admin': 'Not stated whether another administrator exists.' },
    outcome: 'admin-another-admin',
    mustSay: [
      'Ask another administrator to reset your sign-in methods',
      'Privileged Authentication Administrator or Global Administrator',
    ],
  },
  {
    id: 'qa-5809994-only-global-admin-new-phone',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5809994/severity-a-situation-locked-out-of-global-admin-ac',
    by: 'admin',
    quote:
      "Got a new phone, and can't access my Microsoft Authenticator app from the old phone. Locked out of the account. Business down. There is only one global admin on the account.",
    situation: 'Sole Global Administrator, new phone, old one unusable; tenant locked.',
    rightEnding: ADMIN_RIGHT_ENDING,
    rightEndingSources: [MS_TAP, MS_REREGISTER, MS_EMERGENCY, MS_ENTRA_SUPPORT],
    harm: 'Creating a new tenant or deleting the old one.',
    answers: [
      ['goal', 'locked-out'],
      ['locked-out-phone', 'work-account'],
      ['work-admin', 'only-admin'],
    ],
    assumed: {},
    outcome: 'admin-support-case',
    mustSay: [
      "You're the only administrator: use an emergency access account, or open a Microsoft support case",
      'say you are the only Global Administrator and are locked out by multifactor authentication',
      'choose "Other verification options"',
    ],
  },
  {
    id: 'qa-5872451-only-ga-changed-phone',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5872451/cannot-complete-mfa-admin-account-locked',
    by: 'admin',
    quote:
      'I recently changed my phone and no longer have access to Microsoft Authenticator. I am the only Global Admin of my tenant and cannot complete MFA verification.',
    situation:
      'Only Global Administrator changed phones; Authenticator and phone number both unusable.',
    rightEnding: ADMIN_RIGHT_ENDING,
    rightEndingSources: [MS_TAP, MS_REREGISTER, MS_EMERGENCY, MS_ENTRA_SUPPORT],
    harm: 'Signing out of the still-active Power BI session.',
    answers: [
      ['goal', 'restore'],
      ['accounts', 'work-only'],
      ['work-admin', 'only-admin'],
    ],
    assumed: {},
    outcome: 'admin-support-case',
    mustSay: [
      "You're the only administrator: use an emergency access account, or open a Microsoft support case",
      'create two emergency access accounts',
    ],
  },
  {
    id: 'qa-5842353-only-ga-iphone-repair',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5842353/urgent-cannot-access-global-admin-account-mfa-devi',
    by: 'admin',
    quote:
      'Recently, I sent my iPhone for repair and I have been informed that it will be replaced with a new device. The Microsoft Authenticator app and all related certificates are installed only on the old iPhone.',
    situation:
      'Sole Global Administrator; the only iPhone with Authenticator went for repair and will be replaced.',
    rightEnding: ADMIN_RIGHT_ENDING,
    rightEndingSources: [MS_TAP, MS_REREGISTER, MS_EMERGENCY, MS_ENTRA_SUPPORT],
    harm: 'Expecting an iCloud whole-phone restore to make the admin approvals work again.',
    answers: [
      ['goal', 'lost'],
      ['accounts', 'work-only'],
      ['work-admin', 'only-admin'],
    ],
    assumed: {},
    outcome: 'admin-support-case',
    mustSay: [
      "You're the only administrator: use an emergency access account, or open a Microsoft support case",
      'open a support request with Microsoft',
    ],
  },
  {
    id: 'qa-5786909-admin-authenticator-defunct',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5786909/locked-out-of-360-admin-account',
    by: 'admin',
    quote:
      'Both the phone number and authenticator associated with our 360 admin account is defunct.',
    situation:
      "Small business: the admin account's phone number and Authenticator are both gone; subscription expired.",
    rightEnding: ADMIN_RIGHT_ENDING,
    rightEndingSources: [MS_TAP, MS_REREGISTER, MS_EMERGENCY, MS_ENTRA_SUPPORT],
    harm: 'Letting the expired tenant be deleted while waiting.',
    answers: [
      ['goal', 'locked-out'],
      ['locked-out-phone', 'work-account'],
      ['work-admin', 'only-admin'],
    ],
    assumed: { 'work-admin': '"Our admin account": the one administrator of a small business.' },
    outcome: 'admin-support-case',
    mustSay: [
      "You're the only administrator: use an emergency access account, or open a Microsoft support case",
      'open a support request with Microsoft',
    ],
  },
  {
    id: 'gh-azure-47197-uninstalled-dev-tenant',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/47197',
    by: 'admin',
    quote:
      "I accidentally uninstalled the Authenticator app and now couldn't log-in my developer tenant user account now as it is asking code from app every time.",
    situation:
      'Uninstalled Authenticator on the same phone; the developer tenant account now asks for a code.',
    rightEnding: ADMIN_RIGHT_ENDING,
    rightEndingSources: [MS_TAP, MS_REREGISTER, MS_EMERGENCY, MS_ENTRA_SUPPORT],
    harm: 'Deleting and recreating the developer tenant before trying admin recovery.',
    answers: [
      ['goal', 'same-phone'],
      ['same-phone-how', 'reinstalled'],
      ['accounts', 'work-only'],
      ['work-admin', 'only-admin'],
    ],
    assumed: { 'work-admin': 'A developer tenant usually has its creator as only administrator.' },
    outcome: 'admin-support-case',
    mustSay: [
      "You're the only administrator: use an emergency access account, or open a Microsoft support case",
      'If your organization has an emergency access account',
    ],
  },

  // ---- Jailbreak ------------------------------------------------------------------------------
  {
    id: 'gh-roothide-127-jailbreak-detection-work',
    url: 'https://github.com/roothide/Dopamine2-roothide/issues/127',
    by: 'user',
    quote:
      "I want Microsoft Authenticator not to detect the jailbreak, otherwise I won't be able to generate codes for my work account soon",
    situation:
      'Jailbroken iPhone; Authenticator warns and will soon stop codes for the work account.',
    rightEnding:
      'Authenticator blocks work accounts on jailbroken phones: use an unmodified phone, add it at Security info while the current app still works, or ask IT for a Temporary Access Pass.',
    rightEndingSources: [MS_JAILBREAK, MS_TRANSFER, MS_TAP],
    harm: 'Advising ways to hide the jailbreak; deleting the app before another method is registered.',
    answers: [
      ['goal', 'same-phone'],
      ['same-phone-how', 'rooted'],
    ],
    assumed: {},
    outcome: 'rooted-device',
    mustSay: [
      'Authenticator blocks work accounts on a jailbroken or rooted phone',
      'Use a phone that is not jailbroken or rooted',
    ],
    mustNotSay: ['hide'],
  },
];
