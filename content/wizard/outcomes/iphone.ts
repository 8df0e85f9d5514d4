/** Results for an iPhone: the old phone's iCloud settings, and the new phone's restore. */
export const iphoneOutcomes = {
  'ios-update-required': {
    title: 'Update the new iPhone to iOS 16 or later',
    summary:
      "Microsoft says setting up Authenticator's iCloud backup on a new iPhone needs iOS 16 or later. On an older iOS version, the backup can't appear there.",
    expect:
      "Updating iOS doesn't touch your backup: it stays in iCloud Keychain. Don't erase or reset the old iPhone if you still have it.",
    steps: [
      {
        text: 'On the new iPhone, go to Settings > General > Software Update, and install the update it offers. Keep it charging and on Wi-Fi.',
        sources: [
          { source: 'apple-keychain', says: 'update your device to the latest iOS or iPadOS' },
          {
            source: 'ms-message-center',
            says: 'This experience requires iOS version 16.0 or later.',
          },
        ],
      },
      {
        text: 'Check the version in Settings > General > About > "iOS Version": it should be 16 or later.',
        sources: [
          {
            source: 'ms-message-center',
            says: 'This experience requires iOS version 16.0 or later.',
          },
        ],
      },
      {
        text: 'Go to Settings > [your name] > iCloud > "Passwords" and turn on "Sync this iPhone". If it asks you to approve this iPhone, use another of your Apple devices or the old iPhone\'s passcode. Never choose "reset end-to-end encrypted data".',
        does: ['approve-keychain'],
        warns: ['reset-encrypted-data'],
        offers: ['keychain-sync'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
        ],
      },
      {
        text: 'Leave the iPhone on Wi-Fi for a while, then delete Authenticator, install it again and open it. Your account names should appear.',
        offers: ['wait-and-retry', 'reinstall'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
          {
            source: 'apple-keychain',
            says: 'Tap Sync this [Device] to turn on iCloud Passwords & Keychain.',
          },
        ],
      },
      {
        text: "If this iPhone can't update to iOS 16, restore on an iPhone that can. Or, while the old iPhone still works, move your accounts by hand: add each one to Authenticator on the new phone and use the old phone to sign in.",
        does: ['add-accounts-before-restore'],
        plan: true,
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your accounts within the Microsoft Authenticator app',
          },
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
        offers: ['old-phone'],
      },
    ],
    uncertain: [
      {
        text: "The iOS 16 minimum comes from Microsoft's 2025 notice to IT admins, which ties it to setting up a new device. We could read that notice only as copied on another site. Microsoft's public help pages don't state a minimum iOS version.",
        sources: [
          {
            source: 'ms-message-center',
            says: 'When setting up a new iOS device, users will see their account names automatically appear in the Authenticator app and can sign in to complete setup—without needing a Microsoft account. This experience requires iOS version 16.0 or later.',
          },
          {
            source: 'ms-backup',
            says: 'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator',
          },
        ],
      },
    ],
    related: ['ios-sync-then-reinstall', 'ios-keychain-approval'],
  },
  'ios-turn-on-icloud': {
    title: 'Turn on iCloud Drive and iCloud Backup on your old iPhone',
    summary:
      "Microsoft's iPhone backup needs iCloud Drive, iCloud Keychain and iCloud Backup all turned on. At least one of them is off on your old iPhone.",
    steps: [
      {
        text: 'On the old iPhone, go to Settings > [your name] > iCloud.',
        sources: [
          {
            source: 'ms-backup',
            says: 'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator',
          },
        ],
      },
      {
        text: 'Tap "iCloud Drive" and turn on "Sync this iPhone".',
        sources: [{ source: 'ms-backup', says: 'Enable iCloud Drive on your iOS device.' }],
      },
      {
        text: 'Go back, tap "iCloud Backup" and turn on "Back Up This iPhone". Connect to Wi-Fi, then tap "Back Up Now".',
        sources: [{ source: 'ms-transfer', says: 'Enable iCloud Backup on your iOS device.' }],
      },
      {
        text: 'Check the rest: "Sync this iPhone" is on under "Passwords", and Authenticator is on under "Saved to iCloud".',
        sources: [
          { source: 'ms-backup', says: 'Turn on the toggle for Authenticator.' },
          { source: 'apple-keychain', says: 'Under Saved to iCloud, tap Passwords.' },
          {
            source: 'apple-saved-to-icloud',
            says: 'Tryck på Visa alla bredvid Sparad till iCloud.',
          },
        ],
      },
      {
        text: 'If you are already setting up a new iPhone: open Authenticator on the old iPhone, keep both phones on Wi-Fi for a while, then delete and reinstall Authenticator on the new iPhone.',
        offers: ['wait-and-retry', 'reinstall'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: "Microsoft doesn't say how long the backup takes to reach a new iPhone after you change these settings. Give it time on Wi-Fi before you reinstall.",
        sources: [
          {
            source: 'ms-message-center',
            says: 'Users with iCloud and iCloud Keychain enabled will automatically benefit from this enhanced backup experience.',
          },
        ],
      },
    ],
    related: ['ios-sync-then-reinstall', 'ios-backup-ready'],
  },
  'ios-keychain-off': {
    title: 'Turn on iCloud Keychain on your old iPhone',
    summary:
      'Authenticator keeps its iPhone backup in iCloud Keychain. While Keychain sync is off, your accounts stay only on the old iPhone.',
    steps: [
      {
        text: 'On the old iPhone, go to Settings > [your name] > iCloud > "Passwords" ("Passwords and Keychain" on iOS 17 or earlier).',
        sources: [
          {
            source: 'apple-keychain',
            says: 'Under Saved to iCloud, tap Passwords. In iOS 17 or earlier, tap Passwords and Keychain.',
          },
        ],
      },
      {
        text: 'Turn on "Sync this iPhone". Enter your passcode or Apple Account password if asked. If you are asked to approve from another device, do that; never choose "reset end-to-end encrypted data".',
        does: ['approve-keychain'],
        warns: ['reset-encrypted-data'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'Tap Sync this [Device] to turn on iCloud Passwords & Keychain. You might be asked for your passcode or Apple Account password.',
          },
        ],
      },
      {
        text: "If it won't turn on, your Apple Account needs two-factor authentication and the iPhone an up-to-date iOS first.",
        sources: [
          {
            source: 'apple-keychain',
            says: 'Before you turn on iCloud Keychain, update your device to the latest iOS or iPadOS, the latest version of macOS, or the latest version of visionOS, and make sure that two-factor authentication is turned on for your Apple Account.',
          },
        ],
      },
      {
        text: 'Then check iCloud Backup, and Authenticator under "Saved to iCloud".',
        sources: [{ source: 'ms-backup', says: 'Enable iCloud Backup on your iOS device.' }],
      },
      {
        text: 'If you are already setting up a new iPhone: make sure it uses the same Apple Account with "Sync this iPhone" on, keep both on Wi-Fi for a while, then delete and reinstall Authenticator there.',
        offers: ['keychain-sync', 'wait-and-retry', 'reinstall'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'Tap Sync this [Device] to turn on iCloud Passwords & Keychain.',
          },
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
        ],
      },
    ],
    uncertain: [],
    related: ['ios-apple-two-factor', 'ios-sync-then-reinstall'],
  },
  'ios-apple-two-factor': {
    title: 'Get iCloud Keychain to turn on',
    summary:
      'Apple turns on iCloud Keychain only for an Apple Account with two-factor authentication, on an up-to-date iOS. One of these is missing.',
    expect:
      "None of these steps touch your backup. If you're asked to approve this iPhone, approve it: never choose to reset end-to-end encrypted data.",
    warns: ['reset-encrypted-data'],
    steps: [
      {
        text: 'Install any iOS update waiting in Settings > General > Software Update.',
        sources: [
          { source: 'apple-keychain', says: 'update your device to the latest iOS or iPadOS' },
        ],
      },
      {
        text: 'Go to Settings > [your name] > "Sign-In & Security" ("Password & Security" on older iOS). If two-factor authentication is off, tap "Turn On Two-Factor Authentication" and follow the steps.',
        link: {
          label: "Apple's two-factor authentication guide",
          href: 'https://support.apple.com/en-us/102660',
        },
        sources: [
          {
            source: 'apple-keychain',
            says: 'make sure that two-factor authentication is turned on for your Apple Account',
          },
        ],
      },
      {
        text: 'Go to Settings > [your name] > iCloud > "Passwords" ("Passwords and Keychain" on iOS 17 or earlier) and turn on "Sync this iPhone".',
        sources: [
          {
            source: 'apple-keychain',
            says: 'Tap Sync this [Device] to turn on iCloud Passwords & Keychain.',
          },
        ],
      },
      {
        text: 'If you are asked to approve from another device or with the passcode of an old iPhone, do that.',
        does: ['approve-keychain'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
        ],
      },
      {
        text: 'On a new iPhone: keep it on Wi-Fi for a while, then delete Authenticator, install it again and open it.',
        offers: ['keychain-sync', 'wait-and-retry', 'reinstall'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
        ],
      },
    ],
    uncertain: [],
    related: ['ios-keychain-approval', 'apple-account-recovery'],
  },
  'ios-keychain-approval': {
    title: 'Approve the new iPhone without resetting anything',
    summary:
      'Apple asks a new iPhone to be approved before it gets your iCloud Keychain, where the Authenticator backup is. There are several ways to approve it. One option on that screen deletes the backup instead.',
    expect:
      'Never choose "reset end-to-end encrypted data". It deletes everything in iCloud Keychain, the Authenticator backup included, and it can\'t be undone.',
    warns: ['reset-encrypted-data'],
    steps: [
      {
        text: 'If you see "reset end-to-end encrypted data", tap "Cancel" or go back. Nothing is lost while you wait.',
        warns: ['reset-encrypted-data'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
        ],
      },
      {
        text: 'Approve from another device signed in to your Apple Account: an iPhone, iPad or Mac. Turn it on, connect it to Wi-Fi, and look for the request.',
        does: ['approve-keychain'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
        ],
      },
      {
        text: 'Or, when the new iPhone asks, enter the passcode of another device you used with this Apple Account (an old iPhone or iPad).',
        does: ['approve-keychain'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
        ],
      },
      {
        text: 'Once it is approved, keep the new iPhone on Wi-Fi for a while. Then delete Authenticator, install it again and open it.',
        offers: ['keychain-sync', 'wait-and-retry', 'reinstall'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
        ],
      },
      {
        text: 'If your old iPhone still works and shows your accounts, move each account by hand now: add it to Authenticator on the new iPhone and approve the sign-in with the old one. Keep the old iPhone until every account works.',
        does: ['add-accounts-before-restore'],
        offers: ['old-phone'],
        plan: true,
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your accounts within the Microsoft Authenticator app',
          },
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
      {
        text: "If you can't approve in any of these ways, leave Keychain as it is and get back into the accounts you need most through each service's own recovery. If you find a device or remember the passcode later, the backup can still come back.",
        does: ['add-accounts-before-restore'],
        plan: true,
        sources: [
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
          { source: 'ms-transfer', says: 'contact your admin or help desk' },
        ],
      },
    ],
    uncertain: [
      {
        text: "Apple's page says to reset end-to-end encrypted data if you can't approve. That gets Keychain working again, but empty: the Authenticator backup is gone with it. Do it only once every account you need works without the backup.",
        sources: [
          {
            source: 'apple-keychain',
            says: "If you're unable to approve, reset your end-to-end encrypted data when prompted.",
          },
        ],
      },
    ],
    related: ['apple-account-recovery', 'service-recovery'],
  },
  'ios-saved-to-icloud-off': {
    title: 'Switch on Authenticator in "Saved to iCloud"',
    summary:
      'Authenticator\'s switch under "Saved to iCloud" is off. Apple says that when an app\'s iCloud switch is off, its data stays only on the device.',
    steps: [
      {
        text: 'On the old iPhone, go to Settings > [your name] > iCloud.',
        sources: [{ source: 'apple-saved-to-icloud', says: 'Gå till Inställningar > ditt namn.' }],
      },
      {
        text: 'Next to "Saved to iCloud", tap "See All". On iOS 17 or earlier, tap "See All" under "Apps Using iCloud".',
        sources: [
          {
            source: 'apple-saved-to-icloud',
            says: 'Tryck på Visa alla bredvid Sparad till iCloud. I iOS 17 eller tidigare trycker du på Visa alla under Appar som använder iCloud.',
          },
        ],
      },
      {
        text: 'Find Authenticator and turn its switch on.',
        sources: [
          { source: 'ms-backup', says: 'Turn on the toggle for Authenticator.' },
          { source: 'ms-transfer', says: 'Turn on the Authenticator toggle.' },
        ],
      },
      {
        text: 'Open Authenticator once, and wait until your accounts show.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
          },
        ],
      },
      {
        text: 'If you are already setting up a new iPhone: keep both phones on Wi-Fi for a while, then delete and reinstall Authenticator on the new iPhone.',
        offers: ['wait-and-retry', 'reinstall'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
        ],
      },
    ],
    uncertain: [],
    related: ['ios-sync-then-reinstall', 'ios-backup-ready'],
  },
  'ios-update-app': {
    title: 'Update Authenticator on your old iPhone, then open it',
    summary:
      'Microsoft says the iPhone backup needs Authenticator {minVersion} or later, opened at least once after updating. An older or unopened app may not have saved its backup to iCloud yet.',
    expect:
      "Update the app, don't delete it. Deleting Authenticator from the old iPhone can remove accounts that aren't backed up yet.",
    warns: ['delete-app-on-old-phone'],
    steps: [
      {
        text: 'On the old iPhone, open the App Store and search for "Microsoft Authenticator". If the button says "Update", tap it and wait for it to finish.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
          },
        ],
      },
      {
        text: 'Open Authenticator and wait until your accounts show.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
          },
        ],
      },
      {
        text: 'Go to Settings > [your name] > iCloud, tap "See All" next to "Saved to iCloud", and check that Authenticator is listed and switched on.',
        sources: [
          {
            source: 'apple-saved-to-icloud',
            says: 'Tryck på Visa alla bredvid Sparad till iCloud.',
          },
          {
            source: 'ms-backup',
            says: 'Go to your Saved to iCloud list and search for Authenticator.',
          },
        ],
      },
      {
        text: 'If you are already setting up a new iPhone: keep both phones on Wi-Fi for a while, then delete and reinstall Authenticator on the new iPhone.',
        offers: ['wait-and-retry', 'reinstall'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
        ],
      },
      {
        text: "If Authenticator still isn't in the list, move your accounts by hand while the old iPhone still works: add each account to Authenticator on the new phone, and use the old phone to sign in.",
        does: ['add-accounts-before-restore'],
        plan: true,
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your accounts within the Microsoft Authenticator app',
          },
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
        offers: ['old-phone'],
      },
    ],
    uncertain: [
      {
        text: 'The {minVersion} minimum and the "open it once" rule come from an AI-written answer on Microsoft Q&A; we couldn\'t read Microsoft\'s restore article itself.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
          },
        ],
      },
      {
        text: 'Microsoft doesn\'t say why Authenticator might be missing from "Saved to iCloud". An old app version, or one not opened since updating, is our best guess.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
          },
          {
            source: 'apple-saved-to-icloud',
            says: 'När du aktiverar iCloud för en app lagras informationen säkert på iCloud och synkroniseras automatiskt på alla dina enheter.',
          },
        ],
      },
    ],
    related: ['ios-sync-then-reinstall', 'ios-saved-to-icloud-off'],
  },
  'ios-backup-ready': {
    title: 'Move to your new iPhone',
    summary:
      'Everything Microsoft asks for is in place on the old iPhone. The backup runs by itself through iCloud: there is no button to press in Authenticator.',
    expect:
      'What comes back: codes for other services (Google, Amazon and so on) and for personal Microsoft accounts that use only codes. Work or school accounts, and personal accounts with passwordless sign-in, come back as a name only: you sign in to each one again. Passkeys and passwords are not part of the backup.',
    steps: [
      {
        text: 'Microsoft says to finish moving before you wipe or hand in the old iPhone. Before then, we also suggest you save the backup or recovery codes each important service offers, in a safe place away from the phone.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'Complete the transfer before you erase, trade in, or recycle your old phone.',
          },
        ],
      },
      {
        text: 'On the new iPhone, sign in with the same Apple Account as the old one, and turn on "Sync this iPhone" under Settings > [your name] > iCloud > "Passwords". If asked to approve it, use the old iPhone; never choose "reset end-to-end encrypted data".',
        does: ['approve-keychain'],
        warns: ['reset-encrypted-data'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
          { source: 'ms-transfer', says: 'Enable iCloud Keychain on your iOS device.' },
        ],
      },
      {
        text: 'Install Microsoft Authenticator from the App Store and open it. Your account names should appear. Tap each one and sign in to finish.',
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
          {
            source: 'ms-transfer',
            says: 'To complete setup on the new phone, open the account and sign in again.',
          },
        ],
      },
      {
        text: 'If nothing appears, keep both iPhones on Wi-Fi for a while, then delete Authenticator from the new iPhone, install it again and open it.',
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
        ],
      },
      {
        text: 'Keep the old iPhone, with Authenticator on it, until you can sign in to every account from the new one. Only then erase it.',
        warns: ['delete-app-on-old-phone'],
        sources: [
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: "Microsoft's 2025 notice about the iCloud backup says only account names and codes for other services are backed up on iPhone. Microsoft's help pages say codes for personal Microsoft accounts that use only codes come back too. If a personal Microsoft account comes back as a name only, tap it and sign in.",
        sources: [
          {
            source: 'ms-message-center',
            says: 'Only account names and third-party TOTP credentials will be backed up. No other credentials are included.',
          },
        ],
      },
      {
        text: 'If your phone or accounts are managed by an organization, its IT admins can stop codes for other services from being backed up.',
        sources: [
          {
            source: 'ms-backup',
            says: 'IT Admins: Learn how to block 3rd-party TOTP for EntraID to prevent credential backup.',
          },
        ],
      },
      {
        text: 'Microsoft\'s pages disagree about a button in the app. Its 2025 notice to IT admins says the in-app backup, tied to a Microsoft account, will be removed on iPhone. Its current support article still says to turn on iCloud, then "enable backup in Authenticator".',
        sources: [
          {
            source: 'ms-message-center',
            says: 'The existing in-app backup feature that requires a Microsoft personal account will be removed.',
          },
          {
            source: 'ms-backup',
            says: 'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator and then enable backup in Authenticator.',
          },
        ],
      },
    ],
    related: ['restored-sign-in', 'not-in-backup'],
  },
  'ios-sync-then-reinstall': {
    title: 'Wait for the backup, or move your accounts from the old iPhone',
    summary:
      "Your old iPhone has everything Microsoft asks for, and you have already reinstalled on the new one. Reinstalling again right away won't change anything: the backup needs time to sync.",
    expect:
      "Don't delete Authenticator from the old iPhone: it may be the only place your accounts are right now.",
    warns: ['delete-app-on-old-phone'],
    steps: [
      {
        text: 'On the old iPhone, open Authenticator and wait until your accounts show. This lets it save its latest backup.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
          },
        ],
      },
      {
        text: 'Leave both iPhones charging and on Wi-Fi for a few hours, for example overnight. Keep "Sync this iPhone" on under Settings > [your name] > iCloud > "Passwords" on both.',
        offers: ['wait-and-retry', 'keychain-sync'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'Tap Sync this [Device] to turn on iCloud Passwords & Keychain.',
          },
        ],
      },
      {
        text: 'After that wait, delete Authenticator from the new iPhone once more, install it again and open it. If your account names appear, tap each one and sign in.',
        offers: ['reinstall'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
          {
            source: 'ms-transfer',
            says: 'To complete setup on the new phone, open the account and sign in again.',
          },
        ],
      },
      {
        text: "If you'd rather not wait, or it's still empty, move your accounts by hand while the old iPhone works: add each account to Authenticator on the new iPhone, then test it.",
        does: ['add-accounts-before-restore'],
        plan: true,
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your accounts within the Microsoft Authenticator app',
          },
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
        offers: ['old-phone'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft doesn't say how long the backup takes to reach a new iPhone. If it's still empty after a wait, moving accounts by hand is the sure way.",
        sources: [
          {
            source: 'ms-message-center',
            says: 'Users with iCloud and iCloud Keychain enabled will automatically benefit from this enhanced backup experience.',
          },
        ],
      },
    ],
    related: ['restored-sign-in', 'cross-platform'],
  },
  'ios-same-apple-account': {
    title: 'Sign in to the new iPhone with your old Apple Account',
    summary:
      "The Authenticator backup is kept in the iCloud Keychain of the Apple Account your old iPhone used. A new iPhone on a different Apple Account can't see it.",
    expect:
      'Your Authenticator backup is not at risk here: it stays with the old Apple Account. Signing out asks what to keep on this iPhone, so read each screen before you tap.',
    steps: [
      {
        text: 'On the new iPhone, open Settings, tap your name, scroll down and tap "Sign Out". Then sign in with the Apple Account your old iPhone used.',
        offers: ['same-apple-account'],
        sources: [
          { source: 'ms-transfer', says: "you're using the same recovery account" },
          {
            source: 'ms-message-center',
            says: 'Users with iCloud and iCloud Keychain enabled will automatically benefit',
          },
        ],
      },
      {
        text: 'Go to Settings > [your name] > iCloud > "Passwords" ("Passwords and Keychain" on iOS 17 or earlier) and turn on "Sync this iPhone". If asked to approve it, use another device or the old iPhone\'s passcode; never choose "reset end-to-end encrypted data".',
        does: ['approve-keychain'],
        warns: ['reset-encrypted-data'],
        offers: ['keychain-sync'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
        ],
      },
      {
        text: 'Keep it on Wi-Fi for a while, then delete Authenticator, install it again from the App Store, and open it. Your account names should appear: tap each one and sign in.',
        offers: ['wait-and-retry', 'reinstall'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
          {
            source: 'ms-transfer',
            says: 'To complete setup on the new phone, open the account and sign in again.',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: "On an iPhone managed by your work or school with a Managed Apple Account, a news report says that account holds the backup, not your personal Apple Account. We couldn't confirm this on a Microsoft help page. Ask your IT help desk.",
        sources: [
          {
            source: 'press-managed-apple-id',
            says: 'For corporate-managed devices using Apple’s managed Apple IDs, those IDs will be used to handle the backup instead of personal Apple accounts.',
          },
        ],
      },
    ],
    related: ['apple-account-recovery', 'ios-keychain-approval'],
  },
  'ios-legacy-turn-on': {
    title: 'Update Authenticator instead of using the old switch',
    summary:
      'Your Authenticator is an older version with its own "iCloud backup" switch. In September–October 2025 Microsoft moved iPhone backup to iCloud Keychain, with no Microsoft account needed. Updating the app is the most reliable path.',
    expect:
      "Updating Authenticator keeps the accounts on this iPhone. Don't delete the app from this iPhone while it holds your only copy.",
    warns: ['delete-app-on-old-phone'],
    steps: [
      {
        text: 'Open the App Store, search for "Microsoft Authenticator" and tap "Update". Open Authenticator once after the update.',
        sources: [
          {
            source: 'ms-message-center',
            says: 'Starting in September 2025, Microsoft Authenticator on iOS will offer a more seamless and secure backup and restore experience using iCloud and iCloud Keychain.',
          },
          {
            source: 'qa-restore-option',
            says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
          },
        ],
      },
      {
        text: 'In Settings > [your name] > iCloud, turn on iCloud Drive, iCloud Backup, and "Sync this iPhone" under "Passwords".',
        sources: [
          {
            source: 'ms-backup',
            says: 'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator',
          },
          {
            source: 'apple-keychain',
            says: 'Tap Sync this [Device] to turn on iCloud Passwords & Keychain.',
          },
        ],
      },
      {
        text: 'Tap "See All" next to "Saved to iCloud" and turn on Authenticator.',
        sources: [
          {
            source: 'ms-backup',
            says: 'Go to your Saved to iCloud list and search for Authenticator.',
          },
          {
            source: 'apple-saved-to-icloud',
            says: 'Tryck på Visa alla bredvid Sparad till iCloud.',
          },
        ],
      },
      {
        text: 'If you can\'t update, turn on the old switch instead: Authenticator > menu > "Settings" > "Backup" > "iCloud backup". It asks for a personal Microsoft account to hold the backup.',
        does: ['enable-backup-on-old-phone'],
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'On your iOS device, select Settings, select Backup, and then turn on iCloud backup.',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: "Microsoft said in 2025 that the old in-app backup, tied to a Microsoft account, would be removed on iPhone. Microsoft doesn't say whether a backup made with the old switch can still be restored today, so don't rely on it alone.",
        sources: [
          {
            source: 'ms-message-center',
            says: 'The existing in-app backup feature that requires a Microsoft personal account will be removed.',
          },
          { source: 'ms-backup', says: 'then enable backup in Authenticator' },
        ],
      },
    ],
    related: ['ios-update-app', 'something-went-wrong'],
  },
  'ios-legacy-ready': {
    title: 'Update Authenticator before you switch iPhones',
    summary:
      'Your "iCloud backup" switch is on, but it belongs to the older backup that Microsoft replaced in 2025. Update the app first, so the current iCloud Keychain backup covers you too.',
    expect:
      'What comes back: codes for other services (Google, Amazon and so on) and for personal Microsoft accounts that use only codes. Work or school accounts, and personal accounts with passwordless sign-in, come back as a name only: you sign in to each one again. Passkeys and passwords are not part of the backup.',
    steps: [
      {
        text: 'Microsoft says to finish moving before you wipe or hand in the old iPhone. Before then, we also suggest you save the backup or recovery codes each important service offers, in a safe place away from the phone.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'Complete the transfer before you erase, trade in, or recycle your old phone.',
          },
        ],
      },
      {
        text: 'On the old iPhone, update Authenticator from the App Store and open it once. Check that iCloud Drive, iCloud Keychain, iCloud Backup, and Authenticator under "Saved to iCloud" are all on.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
          },
          {
            source: 'ms-backup',
            says: 'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator',
          },
        ],
      },
      {
        text: 'On the new iPhone, sign in with the same Apple Account and turn on "Sync this iPhone" under iCloud > "Passwords". Install Authenticator and open it. If your account names appear, tap each one and sign in.',
        sources: [
          {
            source: 'apple-keychain',
            says: 'Tap Sync this [Device] to turn on iCloud Passwords & Keychain.',
          },
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
        ],
      },
      {
        text: 'If it shows "Begin recovery" instead, tap it and sign in with the same personal Microsoft account the old switch used.',
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'On your mobile device, open the Microsoft Authenticator app, and select Begin recovery from the bottom of the screen.',
          },
        ],
      },
      {
        text: 'Keep the old iPhone until every account works on the new one.',
        warns: ['delete-app-on-old-phone'],
        sources: [
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: "Microsoft's current articles don't describe a \"Begin recovery\" button on iPhone. Which screen you see depends on the app version, so we can't say for sure which one you'll get.",
        sources: [
          {
            source: 'ms-backup',
            says: 'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator',
          },
          { source: 'ms-backup-2019', says: 'select Begin recovery from the bottom of the screen' },
        ],
      },
    ],
    related: ['ios-backup-ready', 'restored-sign-in'],
  },
  'ios-legacy-restore': {
    title: 'Restore from the older iPhone backup',
    summary:
      'Your old iPhone uses the older Authenticator backup, tied to a personal Microsoft account. Updating the app there also makes the current iCloud Keychain backup, which the new iPhone can find.',
    expect:
      'Nothing here changes the old iPhone: while it works, your accounts are safe on it. On the new iPhone, add no accounts before you restore, because existing accounts block recovery.',
    warns: ['add-accounts-before-restore', 'delete-app-on-old-phone'],
    steps: [
      {
        text: 'On the old iPhone, update Authenticator from the App Store and open it once. Check iCloud Drive, iCloud Backup, "Sync this iPhone" under "Passwords", and Authenticator under "Saved to iCloud" are on.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
          },
          {
            source: 'ms-backup',
            says: 'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator',
          },
        ],
      },
      {
        text: 'On the new iPhone, use the same Apple Account and turn on "Sync this iPhone" under iCloud > "Passwords". Keep both iPhones on Wi-Fi for a while.',
        offers: ['keychain-sync', 'wait-and-retry'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'Tap Sync this [Device] to turn on iCloud Passwords & Keychain.',
          },
        ],
      },
      {
        text: "On the new iPhone, delete and reinstall Authenticator, then open it. Don't add any accounts. If your account names appear, tap each one and sign in.",
        offers: ['reinstall'],
        warns: ['add-accounts-before-restore'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
          {
            source: 'ms-backup-2019',
            says: "you must first make sure that the account you're recovering doesn't exist in the Microsoft Authenticator app",
          },
        ],
      },
      {
        text: 'If it shows "Begin recovery", tap it and sign in with the personal Microsoft account the old switch used.',
        offers: ['legacy-recovery'],
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'Sign in to your recovery account, using the same personal Microsoft account you used during the backup process.',
          },
        ],
      },
      {
        text: 'If neither happens, move your accounts by hand from the old iPhone: add each account on the new iPhone, then test it.',
        does: ['add-accounts-before-restore'],
        plan: true,
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your accounts within the Microsoft Authenticator app',
          },
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
        offers: ['old-phone'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft's current articles don't describe a \"Begin recovery\" button on iPhone. Which screen you see depends on the app version, so we can't say for sure which one you'll get.",
        sources: [
          {
            source: 'ms-backup',
            says: 'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator',
          },
          { source: 'ms-backup-2019', says: 'select Begin recovery from the bottom of the screen' },
        ],
      },
    ],
    related: ['wrong-recovery-account', 'restored-sign-in'],
  },
};
