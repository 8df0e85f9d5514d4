/** The words for each question in machines/diagnosis-machine.ts, keyed by state id and answer value. */

/** Both version questions take the version the same way. */
const versionInput = {
  label: 'Authenticator version on the old iPhone',
  hint: 'Numbers with dots, for example 6.8.33',
  submit: 'Check this version',
  invalid: 'Type the version as numbers with dots, like 6.8.33.',
  whereToFind: [
    'On the old iPhone, go to Settings > General > iPhone Storage. Wait for the list to load, then tap Authenticator. The version number is shown under the app name.',
    'Or open the App Store, search for "Microsoft Authenticator" and open its page. If the button says "Update", your version is older than the newest one. If it says "Open", you have the newest version, shown under "Version History".',
  ],
};

export const questions = {
  goal: {
    title: "What's happening with Microsoft Authenticator?",
    help: ['Pick the one closest to where you are now. You can go back at any time.'],
    answers: {
      prepare: {
        label: "I'm about to switch phones",
        hint: 'I want to be sure my backup will work.',
      },
      restore: {
        label: "I'm setting up a new phone and my accounts aren't there",
      },
      'backup-error': {
        label: "Backup won't turn on, or shows an error",
      },
      'not-working': {
        label: "My accounts came back, but codes or sign-in don't work",
      },
      lost: {
        label: 'My phone is lost, broken or reset, or I never had a backup',
      },
    },
    sources: [],
  },
  'lost-situation': {
    title: 'Was backup on before this happened?',
    help: [
      'On an iPhone with a recent version of Authenticator, backup runs through iCloud. It may have been on without you doing anything in the app.',
      'On Android, backup was on only if "Cloud Backup" was switched on in Authenticator\'s settings.',
    ],
    answers: {
      'had-backup': {
        label: 'Yes, backup was on',
      },
      'not-sure': {
        label: "I'm not sure",
        hint: "That's fine. We'll check together.",
      },
      'no-backup': {
        label: 'No, there was no backup',
      },
    },
    sources: ['ms-backup', 'ms-transfer'],
  },
  platforms: {
    title: 'Which phones are you moving between?',
    help: [
      'A backup only restores to the same kind of phone: iPhone to iPhone, or Android to Android.',
      'If your old phone is gone, pick what it was.',
    ],
    answers: {
      'ios-ios': {
        label: 'iPhone to iPhone',
      },
      'android-android': {
        label: 'Android to Android',
      },
      'ios-android': {
        label: 'iPhone to Android',
      },
      'android-ios': {
        label: 'Android to iPhone',
      },
    },
    sources: ['ms-backup', 'ms-transfer'],
  },
  'error-platform': {
    title: 'Which phone shows the problem?',
    help: ["Choose the phone where backup won't turn on or shows an error."],
    answers: {
      ios: {
        label: 'iPhone',
      },
      android: {
        label: 'Android phone',
      },
    },
    sources: [],
  },
  'ios-error-screen': {
    title: "What do you see in Authenticator's settings?",
    help: [
      'On the iPhone, open Authenticator. Tap the menu, then "Settings".',
      'Look for a "Backup" section with an "iCloud backup" switch. Current versions of Authenticator don\'t have this switch: backup is set in the iPhone\'s own iCloud settings instead.',
    ],
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
    sources: ['ms-backup', 'ms-backup-2019'],
  },
  'ios-new-phone': {
    title: 'What do you see in Authenticator on the new iPhone?',
    help: [
      "Open Authenticator on the new iPhone. Don't add any accounts yet.",
      'With the current iCloud backup, your account names appear and ask you to sign in. Older versions of the app showed "Begin recovery" and asked for a Microsoft account instead.',
    ],
    answers: {
      'names-shown': {
        label: 'My account names are there, asking me to sign in',
      },
      'begin-recovery': {
        label: 'I see "Begin recovery" or a restore option asking for a Microsoft account',
      },
      empty: {
        label: 'Nothing: no accounts and no restore option',
      },
    },
    sources: ['ms-restore', 'ms-backup-2019'],
  },
  'ios-apple-account': {
    title: 'Is the new iPhone on the same Apple Account?',
    help: [
      'On the new iPhone, open Settings and tap your name at the top. Check it is the same Apple Account your old iPhone used.',
      'Then go to Settings > [your name] > iCloud > "Passwords" (on iOS 17 or earlier, "Passwords and Keychain"). Check that "Sync this iPhone" is on. The Authenticator backup lives in iCloud Keychain.',
    ],
    answers: {
      same: {
        label: 'Yes, same Apple Account, and sync is on',
        hint: 'If sync was off, turn it on now, then choose this.',
      },
      different: {
        label: "No, it's a different Apple Account",
      },
      'cannot-sign-in': {
        label: "I can't sign in to my Apple Account",
      },
    },
    sources: ['apple-keychain', 'ms-backup-2025', 'ms-backup-2019'],
  },
  'ios-reinstall': {
    title: 'Reinstall Authenticator on the new iPhone',
    help: [
      "When the backup doesn't show up, Microsoft's fix is to reinstall the app on the new iPhone. This only removes accounts you added on this iPhone yourself.",
      'Touch and hold the Authenticator icon, tap "Remove App", then "Delete App". Install Microsoft Authenticator again from the App Store and open it.',
      'Do your account names appear now?',
    ],
    answers: {
      'names-shown': {
        label: 'Yes, my account names appear now',
      },
      'still-empty': {
        label: "No, it's still empty",
      },
    },
    sources: ['ms-restore', 'qa-restore-option'],
  },
  'ios-old-phone': {
    title: 'Do you still have the old iPhone?',
    help: [
      "It needs to turn on and connect to Wi-Fi. It doesn't need a SIM card.",
      'If it still works, we can check its settings. That may let the backup reach the new iPhone, or let you move accounts by hand.',
    ],
    answers: {
      yes: {
        label: 'Yes, it still works',
      },
      no: {
        label: "No, it's lost, broken or erased",
      },
    },
    sources: ['ms-transfer'],
  },
  'ios-model': {
    title: 'Is there an "iCloud backup" switch in Authenticator?',
    help: [
      'On the old iPhone, open Authenticator. Tap the menu, then "Settings".',
      'Look for a "Backup" section with an "iCloud backup" switch. Older versions of the app had it. Current versions don\'t: backup is set in the iPhone\'s iCloud settings.',
    ],
    answers: {
      'in-app-switch': {
        label: 'Yes, there\'s an "iCloud backup" switch',
      },
      'no-switch': {
        label: "No, there's no backup switch",
      },
    },
    sources: ['ms-backup', 'ms-backup-2019'],
  },
  'ios-version': {
    title: 'Is the old iPhone on iOS 16 or later?',
    help: [
      'On the old iPhone, go to Settings > General > About and look at "iOS Version".',
      "Authenticator's iCloud backup needs iOS 16 or later.",
    ],
    answers: {
      yes: {
        label: 'Yes, iOS 16 or later',
      },
      no: {
        label: "No, it's older than iOS 16",
      },
    },
    sources: [],
  },
  'icloud-drive': {
    title: 'Is iCloud Drive on?',
    help: [
      'On the old iPhone, go to Settings > [your name] > iCloud > "iCloud Drive".',
      'Check that "Sync this iPhone" is on. On some iOS versions it is a single "iCloud Drive" switch.',
    ],
    answers: {
      yes: {
        label: "Yes, it's on",
      },
      no: {
        label: "No, it's off",
      },
    },
    sources: ['ms-backup', 'apple-icloud-drive'],
  },
  'icloud-keychain': {
    title: 'Is iCloud Keychain on?',
    help: [
      'On the old iPhone, go to Settings > [your name] > iCloud > "Passwords". On iOS 17 or earlier, it is called "Passwords and Keychain".',
      'Check that "Sync this iPhone" is on.',
    ],
    answers: {
      yes: {
        label: 'Yes, "Sync this iPhone" is on',
      },
      no: {
        label: "No, it's off",
      },
      'will-not-turn-on': {
        label: "It won't turn on",
        hint: 'For example, it asks for two-factor authentication.',
      },
    },
    sources: ['apple-keychain', 'ms-backup'],
  },
  'icloud-backup': {
    title: 'Is iCloud Backup on?',
    help: [
      'On the old iPhone, go to Settings > [your name] > iCloud > "iCloud Backup".',
      'Check that "Back Up This iPhone" is on.',
    ],
    answers: {
      yes: {
        label: "Yes, it's on",
      },
      no: {
        label: "No, it's off",
      },
    },
    sources: ['ms-backup', 'ms-backup-2025', 'apple-icloud-backup'],
  },
  'saved-to-icloud': {
    title: 'Is Authenticator on in "Saved to iCloud"?',
    help: [
      'On the old iPhone, go to Settings > [your name] > iCloud. Next to "Saved to iCloud", tap "See All". On iOS 17 or earlier, tap "See All" under "Apps Using iCloud".',
      'Find Authenticator in the list and look at its switch.',
    ],
    answers: {
      yes: {
        label: "Yes, Authenticator's switch is on",
      },
      no: {
        label: "No, it's off",
      },
      'not-listed': {
        label: "Authenticator isn't in the list",
      },
    },
    sources: ['apple-saved-to-icloud', 'ms-backup', 'ms-transfer'],
  },
  'app-version': {
    title: 'Which Authenticator version is on the old iPhone?',
    help: [
      "Microsoft's restore troubleshooting says the iPhone backup needs Authenticator 6.8.33 or later.",
    ],
    answers: {
      unknown: {
        label: "I don't know",
      },
    },
    input: versionInput,
    sources: ['ms-restore'],
  },
  'app-version-help': {
    title: 'Find the Authenticator version',
    help: [
      'The quickest place is Settings > General > iPhone Storage > Authenticator on the old iPhone. The version is under the app name.',
      "If you can't find it, that's fine. Updating the app works either way.",
    ],
    answers: {
      'cannot-find': {
        label: "I can't find it",
      },
    },
    input: versionInput,
    sources: ['ms-restore'],
  },
  'app-opened': {
    title: 'Have you opened Authenticator since it last updated?',
    help: [
      'Microsoft says the app must be opened at least once on the old iPhone after updating, so it can save its backup.',
      'Not sure? Open Authenticator on the old iPhone now, wait until your accounts show, then choose "Yes".',
    ],
    answers: {
      yes: {
        label: 'Yes, I have opened it',
      },
      no: {
        label: 'No, not yet',
      },
    },
    sources: ['ms-restore'],
  },
  'ios-legacy-switch': {
    title: 'Is the "iCloud backup" switch on?',
    help: [
      'On the old iPhone, open Authenticator > menu > "Settings". Under "Backup", look at the "iCloud backup" switch.',
      'When it is on, it uses a personal Microsoft account to hold the backup, such as an Outlook.com, Hotmail or Live address.',
    ],
    answers: {
      on: {
        label: "It's on, with a personal Microsoft account",
      },
      off: {
        label: "It's off",
      },
      error: {
        label: 'Turning it on shows "Something went wrong" or another error',
      },
    },
    sources: ['ms-backup-2019'],
  },
  'android-backup': {
    title: 'Is "Cloud Backup" on in Authenticator?',
    help: [
      'On the old Android phone, open Authenticator. Tap the menu, then "Settings".',
      'Look at the "Cloud Backup" switch. The backup is stored with the personal Microsoft account chosen when it was turned on.',
    ],
    answers: {
      on: {
        label: "It's on",
      },
      off: {
        label: "It's off",
      },
      error: {
        label: 'Turning it on shows "Something went wrong" or another error',
      },
    },
    sources: ['ms-transfer'],
  },
  'android-recovery-access': {
    title: 'Can you sign in to the backup account now?',
    help: [
      'The backup is stored with a personal Microsoft account, such as an Outlook.com, Hotmail or Live address. You will sign in to it on the new phone.',
      'Test it now: in a web browser on another device, sign in to your Microsoft account with that address.',
    ],
    answers: {
      yes: {
        label: 'Yes, I can sign in',
      },
      no: {
        label: "No, I can't sign in to it",
      },
    },
    sources: ['ms-transfer', 'ms-restore'],
  },
  'android-new-backup': {
    title: 'Is "Cloud Backup" on in the new phone\'s Authenticator?',
    help: [
      'On the new phone, open Authenticator > menu > "Settings" and look at "Cloud Backup". Don\'t change anything yet.',
      'Turning it on before you restore can replace the backup from your old phone.',
    ],
    answers: {
      no: {
        label: "No, it's off",
        hint: 'Good. Leave it off for now.',
      },
      yes: {
        label: 'Yes, I already turned it on',
      },
    },
    sources: ['gh-overwrite-2021', 'gh-overwrite-2020'],
  },
  'android-new-phone': {
    title: 'Do you see "Restore from backup" or "Begin recovery"?',
    help: [
      "Open Authenticator on the new phone. Don't add or sign in to any account first.",
      'Look for "Restore from backup" or "Begin recovery", near the bottom of the first screen.',
    ],
    answers: {
      'restore-shown': {
        label: 'Yes, I see one of them',
      },
      'not-shown': {
        label: "No, I don't see either",
      },
    },
    sources: ['ms-restore', 'ms-backup-2019'],
  },
  'recovery-signin': {
    title: 'Sign in to restore your backup',
    help: [
      'Tap "Restore from backup" or "Begin recovery".',
      'Sign in with the personal Microsoft account that held the backup on your old phone. What happens?',
    ],
    answers: {
      restored: {
        label: 'My accounts came back',
      },
      'not-stored': {
        label: 'It says my backup is not stored with this account, or finds no backup',
      },
      'cannot-sign-in': {
        label: "I can't sign in to that Microsoft account",
      },
    },
    sources: ['ms-restore', 'ms-transfer'],
  },
  'account-type': {
    title: 'Which account is not working?',
    help: [
      'Pick the one that matches. If several accounts have problems, start with one, then come back.',
    ],
    answers: {
      'work-school': {
        label: 'A work or school account',
        hint: 'It says "Sign in to add your account", or approval requests don\'t arrive.',
      },
      'personal-microsoft': {
        label: 'My personal Microsoft account',
        hint: 'It says "Action required" or "Sign in to restore your account".',
      },
      'other-service': {
        label: 'Another service, like Google or Amazon',
        hint: 'Its codes are rejected.',
      },
      missing: {
        label: 'Some accounts or items did not come back at all',
      },
    },
    sources: ['ms-transfer', 'ms-restore'],
  },
};
