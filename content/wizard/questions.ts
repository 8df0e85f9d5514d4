/**
 * The words for each question in machines/diagnosis-machine.ts, keyed by state id and answer
 * value. `{minVersion}` is the machine's MIN_IOS_APP_VERSION, filled in at the content door.
 */

export const questions = {
  goal: {
    title: "What's happening with Microsoft Authenticator?",
    help: ['Pick the one closest to where you are now. You can go back at any time.'],
    why: "Each situation has a different way back: a working old phone, a backup, or each account's own recovery.",
    answers: {
      'locked-out': {
        label: "A sign-in wants a code or approval from Authenticator, and I can't give it",
        hint: "The account used to be in the app, and now it isn't, or its code is refused.",
      },
      restore: {
        label: "I'm setting up a new phone and my accounts aren't there",
      },
      'same-phone': {
        label: 'My accounts disappeared from the phone I still use',
        hint: 'I deleted them, reinstalled Authenticator, reset the phone, or my organization wiped it.',
      },
      lost: {
        label: 'My old phone is lost, broken or stolen',
      },
      prepare: {
        label: "I'm about to switch phones",
        hint: 'I want to be sure my backup will work.',
      },
      'backup-error': {
        label: "Backup won't turn on, or shows an error",
        hint: 'On the phone that still has my accounts. An error while restoring on a new phone? Choose "I\'m setting up a new phone".',
      },
      'not-working': {
        label: "My accounts came back, but codes or sign-in don't work",
      },
    },
    sources: [],
  },
  'locked-out-phone': {
    title: 'What happened to the codes?',
    help: [
      'Your accounts still exist, and each one has a way back. This tells us which way is quickest.',
    ],
    why: 'The way back depends on the account and on where its codes went: a new phone, a phone that is gone, or the same phone.',
    answers: {
      'work-account': {
        label: "It's a work or school account",
        hint: 'Your organization can let you back in, whatever happened to the phone.',
      },
      'new-phone': { label: "I moved to a new phone, and they didn't come with me" },
      'phone-gone': { label: 'The phone that had them is lost, broken, stolen or erased' },
      'same-phone': {
        label: 'They disappeared from the app on the phone I still use',
        hint: 'I deleted an account, reinstalled Authenticator, or the phone was reset or wiped.',
      },
      'codes-refused': {
        label: "The app still shows the account, but its code or approval doesn't work",
      },
    },
    sources: [],
  },
  'same-phone-how': {
    title: 'What happened on this phone?',
    help: ['Pick the closest one.'],
    why: 'Deleted accounts, a reinstall and a wipe by your organization each leave the backup in a different state.',
    answers: {
      deleted: { label: 'I deleted one or more accounts in Authenticator' },
      reinstalled: {
        label: 'I deleted and reinstalled Authenticator, or reset or erased the phone',
      },
      'org-wiped': {
        label: 'My organization wiped or reset the phone',
        hint: 'For example after leaving a job, or after a device management app removed work data.',
      },
      rooted: {
        label: 'Authenticator says the phone is jailbroken or rooted',
        hint: "Its work or school accounts were removed, or it won't let me add them.",
      },
    },
    sources: [
      {
        source: 'ms-authenticator-app',
        says: 'Microsoft Authenticator provides another level of security to your Microsoft Entra work or school account or your Microsoft account',
      },
    ],
  },
  accounts: {
    title: 'Which accounts do you need back?',
    help: [
      'Work or school accounts are the ones your employer or school gave you. Personal ones are your own: a Microsoft account (Outlook.com, Hotmail, Xbox), Google, Amazon, Facebook and the like.',
    ],
    why: 'Work or school accounts come back through your organization, never from the backup alone; personal ones can come back from the backup.',
    answers: {
      'work-only': { label: 'Only work or school accounts' },
      personal: {
        label: 'Personal accounts too, or only personal ones',
        hint: 'Any account that is not from your work or school.',
      },
    },
    sources: [
      {
        source: 'ms-transfer',
        says: 'Work or school accounts require additional sign-in and setup steps after restore.',
      },
    ],
  },
  'work-admin': {
    title: "Are you an administrator of your organization's Microsoft 365 or Microsoft Entra ID?",
    help: ['Most people are not: if you are not sure, you are probably not an administrator.'],
    why: "Your organization's administrators can let you register a new phone; an administrator who is locked out needs another administrator or Microsoft.",
    answers: {
      no: { label: "No, or I'm not sure" },
      'other-admins': {
        label: 'Yes, and there is another administrator',
      },
      'only-admin': {
        label: "Yes, and I'm the only Global Administrator",
      },
    },
    sources: [
      {
        source: 'ms-mfa-reregister',
        says: "If you're assigned the Authentication Administrator role, you can require users to reset their password, re-register for MFA, or revoke existing MFA sessions from their user object.",
      },
      {
        source: 'ms-tap',
        says: 'Global Administrators can create, delete, and view a Temporary Access Pass on any user (except themselves)',
      },
    ],
  },
  'this-phone': {
    title: 'Is this phone an iPhone or an Android phone?',
    help: [],
    why: 'An iPhone keeps the backup in iCloud Keychain; an Android phone keeps it with a personal Microsoft account.',
    answers: {
      ios: { label: 'iPhone' },
      android: { label: 'Android phone' },
    },
    sources: [
      { source: 'ms-backup', says: 'You can only backup and restore on the same device type' },
      {
        source: 'ms-transfer',
        says: 'To back up Authenticator on an iOS device, enable iCloud Drive, Keychain, and Backup for Authenticator.',
      },
    ],
  },
  'old-phone': {
    title: 'Does your old phone still work, with your accounts in Authenticator?',
    help: ["It needs to turn on and connect to Wi-Fi. Don't erase it or hand it in yet."],
    warns: ['delete-app-on-old-phone'],
    why: 'A working old phone is the surest way back: it can make a fresh backup, or approve each account as you move it.',
    answers: {
      'shows-accounts': { label: 'Yes, it works and Authenticator still shows my accounts' },
      gone: {
        label: 'No',
        hint: "It's lost, broken, erased or handed in, or Authenticator on it is empty.",
      },
    },
    sources: [
      {
        source: 'ms-transfer',
        says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
      },
    ],
  },
  'backup-ever': {
    title: 'Was "Cloud Backup" ever on in Authenticator on the old phone?',
    help: [
      'It was in Authenticator > menu > "Settings" > "Backup", and used a personal Microsoft account. Not sure? Choose "Yes, or I don\'t know": we will check.',
    ],
    why: 'On Android, nothing is backed up unless "Cloud Backup" was on.',
    answers: {
      'yes-or-unsure': { label: "Yes, or I don't know" },
      no: { label: 'No, it was never on' },
    },
    sources: [{ source: 'ms-transfer', says: 'Verify backup was enabled on the old phone' }],
  },
  platforms: {
    title: 'Which phones are you moving between?',
    help: [
      'A backup only restores to the same kind of phone: iPhone to iPhone, or Android to Android.',
      'If your old phone is gone, pick what it was.',
    ],
    why: 'An Authenticator backup only restores on the same kind of phone: iPhone backups live in iCloud, Android backups with a Microsoft account.',
    answers: {
      'ios-ios': { label: 'iPhone to iPhone' },
      'android-android': { label: 'Android to Android' },
      'ios-android': { label: 'iPhone to Android' },
      'android-ios': { label: 'Android to iPhone' },
    },
    sources: [
      {
        source: 'ms-backup',
        says: 'accounts backed up using an iOS device cannot be restored on an Android device',
      },
      { source: 'ms-transfer', says: "you're restoring to the same device type" },
    ],
  },
  'error-platform': {
    title: 'Which phone shows the problem?',
    help: ["Choose the phone where backup won't turn on or shows an error."],
    why: 'Backup is set in a different place on each kind of phone.',
    answers: {
      ios: { label: 'iPhone' },
      android: { label: 'Android phone' },
    },
    sources: [],
  },
  'ios-error-screen': {
    title: "What do you see in Authenticator's settings?",
    help: [
      'On the iPhone, open Authenticator. Tap the menu, then "Settings".',
      'Look for a "Backup" section with an "iCloud backup" switch. Current versions of Authenticator don\'t have this switch: backup is set in the iPhone\'s own iCloud settings instead.',
    ],
    why: 'Older versions of the app have their own backup switch tied to a Microsoft account; current ones back up through iCloud settings.',
    answers: {
      'switch-error': {
        label: 'There\'s an "iCloud backup" switch, and it shows an error',
        hint: 'For example "Something went wrong", or "Sign in to update your backup" keeps coming back.',
      },
      'no-switch': {
        label: "There's no backup switch",
        hint: 'This is normal on current versions.',
      },
    },
    sources: [
      {
        source: 'ms-backup',
        says: 'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator and then enable backup in Authenticator.',
      },
      {
        source: 'ms-backup-2019',
        says: 'On your iOS device, select Settings, select Backup, and then turn on iCloud backup.',
      },
    ],
  },
  'ios-new-phone': {
    title: 'What do you see in Authenticator on the iPhone you are setting up?',
    help: [
      "Open Authenticator on the new iPhone (or on this one, after a reinstall or reset). Don't add any accounts yet: accounts added by hand can get in the way of the restore.",
      'With the current iCloud backup, your account names appear and ask you to sign in. Older versions of the app showed "Begin recovery" and asked for a Microsoft account instead.',
    ],
    warns: ['add-accounts-before-restore'],
    why: 'What the iPhone shows tells which backup it found: the current iCloud one, the older one tied to a Microsoft account, or none yet.',
    answers: {
      'names-shown': {
        label: 'My account names are there, asking me to sign in',
        hint: 'For example "Sign in to restore your account" or "Action required".',
      },
      'begin-recovery': {
        label: 'I see "Begin recovery" or a restore option asking for a Microsoft account',
      },
      empty: {
        label: 'Nothing: no accounts and no restore option',
      },
    },
    sources: [
      {
        source: 'qa-restore-option',
        says: 'Before signing into any account in Authenticator, choose Restore from backup or Begin recovery.',
      },
      { source: 'ms-backup-2019', says: 'select Begin recovery from the bottom of the screen' },
      {
        source: 'ms-message-center',
        says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
      },
    ],
  },
  'ios-legacy-icloud': {
    title: 'First, check the iPhone is in the same iCloud as the old one',
    help: [
      '"Begin recovery" looks for the older backup, which is kept in iCloud and locked with a personal Microsoft account. It can find it only in the iCloud of the Apple Account the old iPhone used.',
      'On this iPhone, open Settings and tap your name at the top: check the email address is the old iPhone\'s. Then tap "iCloud" > "iCloud Drive" and check "Sync this iPhone" is on.',
    ],
    why: 'The older iPhone backup is stored in iCloud, so the Apple Account is checked before any Microsoft sign-in.',
    answers: {
      same: { label: 'Yes: the same Apple Account, and iCloud Drive is on' },
      different: { label: "No, it's a different Apple Account" },
      'cannot-sign-in': { label: "I can't sign in to my Apple Account" },
    },
    sources: [
      {
        source: 'ms-backup-2019',
        says: 'For iOS this means that you must be signed into iCloud using the same AppleID account as your iPhone.',
      },
    ],
  },
  'ios-keychain-sync': {
    title: 'Let iCloud Keychain bring the backup to this iPhone',
    help: [
      'The backup is in iCloud Keychain, not on your old iPhone, so it can reach the new one even if the old one is gone.',
      'First, open Settings and tap your name at the top: it must be the Apple Account your old iPhone used.',
      'On the new iPhone, go to Settings > [your name] > iCloud > "Passwords" ("Passwords and Keychain" on iOS 17 or earlier) and turn on "Sync this iPhone".',
      'If it asks you to approve this iPhone, use another device signed in to your Apple Account, or enter the passcode of another device you used with it (an old iPhone or iPad). Never choose "reset end-to-end encrypted data": it deletes the Keychain copy of your backup.',
      'Keep the new iPhone on Wi-Fi and charging for a while. Then delete Authenticator, install it again from the App Store, and open it.',
      'Do your account names appear?',
    ],
    does: ['approve-keychain'],
    warns: ['reset-encrypted-data'],
    why: 'Only the Apple Account the old iPhone used holds the backup, and Keychain has to sync to the new iPhone, sometimes after approval from another device, before Authenticator can find the backup; reinstalling makes it look again.',
    answers: {
      'names-shown': { label: 'Yes, my account names appear now' },
      'still-empty': {
        label: "No, it's still empty",
        hint: 'Same Apple Account, "Sync this iPhone" on, and reinstalled.',
      },
      'different-apple-account': {
        label: "It's signed in to a different Apple Account",
        hint: 'For example, the old iPhone was a company phone with a work (Managed) Apple Account.',
      },
      'cannot-sign-in-apple': { label: "I can't sign in to my Apple Account" },
      'cannot-approve': {
        label: "It asks me to approve, and I can't",
        hint: 'Or it offers to reset end-to-end encrypted data.',
      },
      'will-not-turn-on': {
        label: '"Sync this iPhone" won\'t turn on',
        hint: 'For example, it asks for two-factor authentication.',
      },
      'old-ios': {
        label: 'The new iPhone is on iOS 15 or earlier',
        hint: 'Settings > General > About > "iOS Version".',
      },
    },
    sources: [
      {
        source: 'apple-keychain',
        says: 'Tap Sync this [Device] to turn on iCloud Passwords & Keychain.',
      },
      { source: 'ms-transfer', says: 'Enable iCloud Keychain on your iOS device.' },
      {
        source: 'qa-restore-option',
        says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
      },
      {
        source: 'ms-message-center',
        says: 'Users with iCloud and iCloud Keychain enabled will automatically benefit from this enhanced backup experience.',
      },
    ],
  },
  'ios-retry': {
    title: 'Give iCloud Keychain more time, then try once more',
    help: [
      "Microsoft doesn't say how long the backup takes to reach a new iPhone. Leave the new iPhone on Wi-Fi and charging, for example overnight.",
      'On the new iPhone, check Settings > [your name] > iCloud: iCloud Drive is on, "Sync this iPhone" is on under "Passwords", and Authenticator is on under "Saved to iCloud" (tap "See All").',
      'If you have an iPad or Mac signed in to the same Apple Account, turn it on and connect it to Wi-Fi: it can approve the new iPhone.',
      'Then delete Authenticator from the new iPhone, install it again, and open it. Do your account names appear?',
    ],
    does: ['approve-keychain'],
    warns: ['reset-encrypted-data'],
    why: 'Keychain sync can take time and another signed-in device can approve it, so the restore gets one more try before anything is called lost.',
    answers: {
      'names-shown': { label: 'Yes, my account names appear now' },
      'still-empty': { label: "No, it's still empty" },
    },
    sources: [
      {
        source: 'apple-keychain',
        says: 'Tap Sync this [Device] to turn on iCloud Passwords & Keychain.',
      },
      {
        source: 'apple-saved-to-icloud',
        says: 'När du aktiverar iCloud för en app lagras informationen säkert på iCloud och synkroniseras automatiskt på alla dina enheter.',
      },
      {
        source: 'qa-restore-option',
        says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
      },
      {
        source: 'ms-transfer',
        says: 'Go to Apple Account > iCloud > Saved to iCloud and search for Authenticator.',
      },
    ],
  },
  'ios-model': {
    title: 'Is there an "iCloud backup" switch in Authenticator on the old iPhone?',
    help: [
      'On the old iPhone, open Authenticator. Tap the menu, then "Settings".',
      'Look for a "Backup" section with an "iCloud backup" switch. Older versions of the app had it. Current versions don\'t: backup is set in the iPhone\'s iCloud settings.',
    ],
    why: 'Older versions of the app back up with a Microsoft account through their own switch; current ones back up through iCloud Keychain.',
    answers: {
      'in-app-switch': { label: 'Yes, there\'s an "iCloud backup" switch' },
      'no-switch': { label: "No, there's no backup switch" },
    },
    sources: [
      {
        source: 'ms-backup',
        says: 'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator and then enable backup in Authenticator.',
      },
      {
        source: 'ms-backup-2019',
        says: 'On your iOS device, select Settings, select Backup, and then turn on iCloud backup.',
      },
    ],
  },
  'ios-settings': {
    title: 'Which of these are on, on the old iPhone?',
    help: [
      "Microsoft's iPhone backup needs all of them. Open Settings > [your name] > iCloud on the old iPhone, and tick each one that is on.",
    ],
    why: 'The iPhone backup needs iCloud Drive, iCloud Keychain, iCloud Backup and Authenticator\'s switch under "Saved to iCloud", and the app opened after updating; the first one that is off is the one to fix.',
    checklist: {
      legend: 'Tick each one that is on',
      submit: 'Continue',
      items: {
        drive: {
          label: 'iCloud Drive',
          hint: 'Tap "iCloud Drive": "Sync this iPhone" is on.',
        },
        keychain: {
          label: 'iCloud Keychain',
          hint: 'Tap "Passwords" ("Passwords and Keychain" on iOS 17 or earlier): "Sync this iPhone" is on.',
        },
        backup: {
          label: 'iCloud Backup',
          hint: 'Tap "iCloud Backup": "Back Up This iPhone" is on.',
        },
        saved: {
          label: 'Authenticator under "Saved to iCloud"',
          hint: 'Next to "Saved to iCloud", tap "See All" ("Apps Using iCloud" on iOS 17 or earlier): Authenticator\'s switch is on.',
        },
        opened: {
          label: 'Authenticator opened since its last update',
          hint: 'Not sure? Open it on the old iPhone now and wait until your accounts show, then tick this.',
        },
      },
    },
    answers: {
      drive: { label: 'iCloud Drive is off' },
      keychain: { label: 'iCloud Drive is on; iCloud Keychain is off' },
      backup: { label: 'iCloud Drive and Keychain are on; iCloud Backup is off' },
      saved: {
        label:
          'iCloud Drive, Keychain and Backup are on; Authenticator is off in "Saved to iCloud"',
      },
      opened: { label: 'All four iCloud settings are on; Authenticator not opened since updating' },
      'all-on': { label: 'All of them are on' },
    },
    sources: [
      {
        source: 'ms-backup',
        says: 'Go to your Saved to iCloud list and search for Authenticator.',
      },
      {
        source: 'ms-transfer',
        says: 'To back up Authenticator on an iOS device, enable iCloud Drive, Keychain, and Backup for Authenticator.',
      },
      { source: 'apple-keychain', says: 'Under Saved to iCloud, tap Passwords.' },
      { source: 'apple-saved-to-icloud', says: 'Tryck på Visa alla bredvid Sparad till iCloud.' },
      {
        source: 'qa-restore-option',
        says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
      },
    ],
  },
  'app-version': {
    title: 'Which Authenticator version is on the old iPhone?',
    help: [
      "An AI-written answer on Microsoft Q&A, quoting Microsoft's restore troubleshooting, says the iPhone backup needs Authenticator {minVersion} or later. We couldn't read Microsoft's article itself.",
    ],
    why: "Microsoft's restore troubleshooting, as quoted on Microsoft Q&A, says the iPhone backup needs Authenticator {minVersion} or later.",
    answers: {
      'cannot-find': {
        label: "I can't find it",
        hint: 'Updating the app works either way.',
      },
    },
    input: {
      label: 'Authenticator version on the old iPhone',
      hint: 'For example {minVersion}',
      submit: 'Check this version',
      invalid: 'Type two to four numbers with dots between them, like {minVersion}.',
      whereToFind: [
        'On the old iPhone, go to Settings > General > iPhone Storage. Wait for the list to load, then tap Authenticator. The version number is shown under the app name.',
        'Or open the App Store, search for "Microsoft Authenticator" and open its page. If the button says "Update", your version is older than the newest one.',
      ],
    },
    sources: [
      {
        source: 'qa-restore-option',
        says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
      },
    ],
  },
  'ios-legacy-switch': {
    title: 'Is the "iCloud backup" switch on?',
    help: [
      'On the old iPhone, open Authenticator > menu > "Settings". Under "Backup", look at the "iCloud backup" switch.',
      'When it is on, it uses a personal Microsoft account to hold the backup, such as an Outlook.com, Hotmail or Live address.',
    ],
    why: 'The older switch keeps its backup with a personal Microsoft account, which the new iPhone will ask for.',
    answers: {
      on: { label: "It's on, with a personal Microsoft account" },
      off: { label: "It's off" },
      error: { label: 'Turning it on shows "Something went wrong" or another error' },
    },
    sources: [
      {
        source: 'ms-backup-2019',
        says: 'On your iOS device, select Settings, select Backup, and then turn on iCloud backup.',
      },
    ],
  },
  'android-backup': {
    title: 'Is "Cloud Backup" on in Authenticator on the old phone?',
    help: [
      'On the old Android phone, open Authenticator. Tap the menu, then "Settings".',
      'Look at the "Cloud Backup" switch. The backup is stored with the personal Microsoft account chosen when it was turned on.',
    ],
    why: 'On Android nothing is backed up until "Cloud Backup" is on in the app.',
    answers: {
      on: { label: "It's on" },
      off: { label: "It's off" },
      error: { label: 'Turning it on shows "Something went wrong" or another error' },
    },
    sources: [{ source: 'ms-transfer', says: 'Turn on Cloud Backup.' }],
  },
  'android-recovery-access': {
    title: 'Can you sign in to the backup account now?',
    help: [
      'The backup is stored with a personal Microsoft account, such as an Outlook.com, Hotmail or Live address. You will sign in to it on the new phone.',
      'Test it now: in a web browser on another device, sign in to your Microsoft account with that address.',
    ],
    why: 'The new phone restores only after signing in to the Microsoft account that holds the backup; better to find out now, while the old phone works.',
    answers: {
      yes: { label: 'Yes, I can sign in' },
      no: { label: "No, I can't sign in to it" },
    },
    sources: [
      { source: 'ms-transfer', says: "you're using the same recovery account" },
      {
        source: 'qa-restore-option',
        says: 'Sign in with the same personal Microsoft account that was used for backup on the old device.',
      },
    ],
  },
  'android-new-backup': {
    title: 'Is "Cloud Backup" on in Authenticator on the phone you are setting up?',
    help: [
      'Open Authenticator > menu > "Settings" and look at "Cloud Backup". Don\'t change anything yet.',
      'Turning it on before you restore can replace the backup from your old phone.',
    ],
    warns: ['enable-backup-before-restore'],
    why: 'Turning on "Cloud Backup" on a new phone before restoring can replace the old backup, so this is checked before anything else.',
    answers: {
      no: { label: "No, it's off", hint: 'Good. Leave it off for now.' },
      yes: { label: 'Yes, I already turned it on' },
      'erase-prompt': {
        label: 'It asks whether to replace or erase the backup that is already there',
        hint: "Don't confirm it.",
      },
    },
    sources: [
      {
        source: 'gh-overwrite-2021',
        says: 'it asked me if I wanted to erase the existing cloud backup',
      },
      { source: 'gh-overwrite-2020', says: 'I inadvertently replaced my previous backup' },
    ],
  },
  'recovery-signin': {
    title: 'Restore your backup, and tell us what happens',
    help: [
      "Open Authenticator on the phone you are setting up. Don't add or sign in to any account first.",
      'Tap "Restore from backup" or "Begin recovery", near the bottom of the first screen, and sign in with the personal Microsoft account that held the backup. What happens?',
    ],
    warns: ['add-accounts-before-restore'],
    why: 'Authenticator offers to restore only while it holds no accounts, and the backup is stored with one personal Microsoft account: what the app says after signing in shows which step failed.',
    answers: {
      restored: { label: 'My accounts came back' },
      'not-shown': {
        label: 'I don\'t see "Restore from backup" or "Begin recovery"',
      },
      'not-stored': {
        label: 'It says "Unable to recover", or that my backup is not stored with this account',
      },
      'no-icloud-backup': {
        label: 'It says "There is no backup stored in your iCloud account"',
      },
      'restored-nothing': {
        label: 'It finished, but no accounts came back',
      },
      'send-logs': {
        label: 'An error asks me to send logs, and shows a reference or incident ID',
      },
      error: {
        label: 'It says "Something went wrong", or another error',
        hint: 'At sign-in, or while restoring.',
      },
      'cannot-sign-in': { label: "I can't sign in to that Microsoft account" },
    },
    sources: [
      {
        source: 'qa-restore-option',
        says: 'Before signing into any account in Authenticator, choose Restore from backup or Begin recovery.',
      },
      {
        source: 'ms-transfer',
        says: "Verify backup was enabled on the old phone, you're using the same recovery account, and you're restoring to the same device type.",
      },
      {
        source: 'ms-backup-2019',
        says: 'Sign in to your recovery account, using the same personal Microsoft account you used during the backup process.',
      },
    ],
  },
  'account-type': {
    title: 'Which account is not working, and what does it say?',
    help: [
      'Pick the one that matches. If several accounts have problems, start with one, then come back.',
    ],
    why: 'Each kind of account comes back from a backup differently.',
    answers: {
      'work-school': {
        label: 'A work or school account',
        hint: 'It says "Sign in to add your account", or approval requests don\'t arrive.',
      },
      'work-qr': {
        label:
          'A work or school account says "Scan the QR code provided by your organization to finish recovering the account"',
      },
      'prompts-old-phone': {
        label: 'Work approvals still go to my old phone',
        hint: 'For example after moving everything with Quick Start or a whole-phone restore.',
      },
      'personal-microsoft': {
        label: 'My personal Microsoft account',
        hint: 'It says "Action required" or "Sign in to restore your account".',
      },
      'other-service': {
        label: 'Another service, like Google or Amazon',
        hint: 'Its codes are rejected.',
      },
      passkey: {
        label: 'A passkey I kept in Authenticator is gone',
      },
      missing: { label: 'Some accounts or items did not come back at all' },
    },
    sources: [
      {
        source: 'ms-transfer',
        says: 'Expected for work or school accounts after restore. Open the account and sign in again.',
      },
      {
        source: 'qa-restore-option',
        says: 'If seeing “Sign in to restore your account” in Authenticator',
      },
    ],
  },
};
