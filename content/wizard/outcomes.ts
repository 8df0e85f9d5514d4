/** The words for each outcome state: what to do, in order, each step with its sources. */
export const outcomes = {
  'cross-platform': {
    title: 'Add each account again on your new phone',
    summary:
      "A backup made on an iPhone can't be restored on Android, and an Android backup can't be restored on an iPhone. Microsoft built it this way, so each account needs adding to Authenticator on the new phone.",
    expect:
      "Nothing comes back from the backup on the new phone. Your accounts themselves are safe: you're only moving the sign-in codes. Keep the old phone, with Authenticator on it, until every account works on the new phone.",
    steps: [
      {
        text: 'Install Microsoft Authenticator on the new phone.',
        sources: ['ms-add-accounts'],
      },
      {
        text: 'For your personal Microsoft account: sign in to your Microsoft account security page and add Authenticator on the new phone as a way to sign in.',
        link: {
          label: 'Microsoft account security',
          href: 'https://account.microsoft.com/security',
        },
        sources: ['ms-add-accounts'],
      },
      {
        text: 'For a work or school account: go to "Security info", sign in, choose "Add sign-in method", and add Authenticator on the new phone.',
        link: {
          label: 'Security info',
          href: 'https://mysignins.microsoft.com/security-info',
        },
        sources: ['ms-transfer', 'ms-add-accounts'],
      },
      {
        text: 'For every other service, like Google or Amazon: sign in on its website, open its two-step verification settings, and set up an authenticator app again. Scan the new QR code with the new phone.',
        sources: ['ms-add-accounts'],
      },
      {
        text: 'Test signing in to each account with the new phone. Only then remove the accounts from the old phone.',
        sources: ['ms-transfer'],
      },
      {
        text: "If the old phone is lost or won't turn on, use each service's own account recovery instead.",
        sources: ['ms-backup-2019', 'qa-lost-data'],
      },
    ],
    uncertain: [],
    related: ['service-recovery', 'work-school-account'],
  },
  'ios-update-required': {
    title: 'Update the old iPhone to iOS 16 or later',
    summary:
      "Authenticator now backs up through iCloud Keychain, and Microsoft says this needs iOS 16 or later. On an older iOS version, the backup can't reach your new iPhone.",
    expect: "Don't erase or reset the old iPhone. While it works, your accounts are safe on it.",
    steps: [
      {
        text: 'On the old iPhone, go to Settings > General > Software Update.',
        sources: ['apple-keychain'],
      },
      {
        text: 'Install the update it offers. Keep the iPhone charging and on Wi-Fi while it installs.',
        sources: ['apple-keychain'],
      },
      {
        text: 'Check the iOS version again in Settings > General > About > "iOS Version".',
        sources: ['apple-keychain'],
      },
      {
        text: 'Then check iCloud Drive, iCloud Keychain, iCloud Backup, and Authenticator under "Saved to iCloud".',
        sources: ['ms-backup'],
      },
      {
        text: "If the iPhone can't update to iOS 16, move your accounts by hand while it still works: add each account to Authenticator on the new phone, and use the old phone to sign in.",
        sources: ['ms-add-accounts', 'ms-transfer'],
      },
    ],
    uncertain: [
      {
        text: "The iOS 16 minimum comes from Microsoft's 2025 notice to IT admins about the iCloud backup. We could only read that notice in copies on other sites. Microsoft's public backup article doesn't state a minimum iOS version.",
        sources: ['ms-backup', 'ms-backup-2025'],
      },
    ],
    related: ['cross-platform', 'ios-backup-ready'],
  },
  'ios-turn-on-icloud': {
    title: 'Turn on iCloud Drive and iCloud Backup on your old iPhone',
    summary:
      "Microsoft's iPhone backup needs iCloud Drive, iCloud Keychain and iCloud Backup all turned on. At least one of them is off on your old iPhone.",
    steps: [
      {
        text: 'On the old iPhone, go to Settings > [your name] > iCloud.',
        sources: ['ms-backup'],
      },
      {
        text: 'Tap "iCloud Drive" and turn on "Sync this iPhone".',
        sources: ['ms-backup', 'apple-icloud-drive'],
      },
      {
        text: 'Go back, tap "iCloud Backup" and turn on "Back Up This iPhone".',
        sources: ['ms-backup-2025', 'apple-icloud-backup'],
      },
      {
        text: 'Connect to Wi-Fi, then tap "Back Up Now".',
        sources: ['apple-icloud-backup'],
      },
      {
        text: 'Check the rest: "Sync this iPhone" is on under "Passwords", and Authenticator is on under "Saved to iCloud".',
        sources: ['ms-backup', 'apple-keychain', 'apple-saved-to-icloud'],
      },
      {
        text: 'If you are already setting up a new iPhone: open Authenticator on the old iPhone, keep both phones online for a while, then delete and reinstall Authenticator on the new iPhone.',
        sources: ['ms-restore'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft doesn't say how long the backup takes to reach a new iPhone after you change these settings. Give it time on Wi-Fi before you reinstall.",
        sources: ['ms-restore'],
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
        text: 'On the old iPhone, go to Settings > [your name] > iCloud.',
        sources: ['apple-keychain'],
      },
      {
        text: 'Tap "Passwords". On iOS 17 or earlier, tap "Passwords and Keychain".',
        sources: ['apple-keychain'],
      },
      {
        text: 'Turn on "Sync this iPhone". Enter your passcode or Apple Account password if asked.',
        sources: ['apple-keychain', 'ms-backup-2025'],
      },
      {
        text: "If it won't turn on, your Apple Account needs two-factor authentication first.",
        sources: ['apple-keychain', 'apple-2fa'],
      },
      {
        text: 'Then check iCloud Backup, and Authenticator under "Saved to iCloud".',
        sources: ['ms-backup'],
      },
      {
        text: 'If you are already setting up a new iPhone: make sure it uses the same Apple Account with "Sync this iPhone" on, then delete and reinstall Authenticator there.',
        sources: ['ms-restore', 'apple-keychain'],
      },
    ],
    uncertain: [],
    related: ['ios-apple-two-factor', 'ios-sync-then-reinstall'],
  },
  'ios-apple-two-factor': {
    title: 'Turn on two-factor authentication for your Apple Account',
    summary:
      'Apple only lets iCloud Keychain sync when your Apple Account uses two-factor authentication. Turn that on first, then Keychain.',
    steps: [
      {
        text: 'On the old iPhone, go to Settings > [your name] > "Sign-In & Security". On older iOS versions it is called "Password & Security".',
        link: {
          label: "Apple's two-factor authentication guide",
          href: 'https://support.apple.com/en-us/102660',
        },
        sources: ['apple-2fa'],
      },
      {
        text: 'Tap "Turn On Two-Factor Authentication", then "Continue".',
        sources: ['apple-2fa'],
      },
      {
        text: 'Enter a phone number where you can get codes, then type the code Apple sends you.',
        sources: ['apple-2fa'],
      },
      {
        text: 'Install any iOS update waiting in Settings > General > Software Update. Apple asks for an up-to-date iOS before Keychain.',
        sources: ['apple-keychain'],
      },
      {
        text: 'Go to Settings > [your name] > iCloud > "Passwords" ("Passwords and Keychain" on iOS 17 or earlier) and turn on "Sync this iPhone".',
        sources: ['apple-keychain'],
      },
      {
        text: 'If you are asked to approve from another device or with an old passcode, do that. Apple explains the options on its iCloud Keychain page.',
        sources: ['apple-keychain'],
      },
    ],
    uncertain: [],
    related: ['ios-keychain-off', 'apple-account-recovery'],
  },
  'ios-saved-to-icloud-off': {
    title: 'Switch on Authenticator in "Saved to iCloud"',
    summary:
      'Authenticator\'s switch under "Saved to iCloud" is off. Apple says that when an app\'s iCloud switch is off, its data stays only on the device.',
    steps: [
      {
        text: 'On the old iPhone, go to Settings > [your name] > iCloud.',
        sources: ['apple-saved-to-icloud'],
      },
      {
        text: 'Next to "Saved to iCloud", tap "See All". On iOS 17 or earlier, tap "See All" under "Apps Using iCloud".',
        sources: ['apple-saved-to-icloud'],
      },
      {
        text: 'Find Authenticator and turn its switch on.',
        sources: ['ms-backup', 'ms-transfer'],
      },
      {
        text: 'Open Authenticator once, and wait until your accounts show.',
        sources: ['ms-restore'],
      },
      {
        text: 'If you are already setting up a new iPhone: keep both phones on Wi-Fi for a while, then delete and reinstall Authenticator on the new iPhone.',
        sources: ['ms-restore'],
      },
    ],
    uncertain: [],
    related: ['ios-sync-then-reinstall', 'ios-backup-ready'],
  },
  'ios-update-app': {
    title: 'Update Authenticator on your old iPhone',
    summary:
      'Microsoft says the iPhone backup needs Authenticator 6.8.33 or later, opened at least once after updating. An older or unopened app may not have saved its backup to iCloud yet.',
    expect:
      "Update the app, don't delete it. Deleting Authenticator from the old iPhone can remove accounts that aren't backed up yet.",
    steps: [
      {
        text: 'On the old iPhone, open the App Store and search for "Microsoft Authenticator".',
        sources: ['ms-restore'],
      },
      {
        text: 'If the button says "Update", tap it and wait for it to finish.',
        sources: ['ms-restore'],
      },
      {
        text: 'Open Authenticator and wait until your accounts show.',
        sources: ['ms-restore'],
      },
      {
        text: 'Go to Settings > [your name] > iCloud, tap "See All" next to "Saved to iCloud", and check that Authenticator is listed and switched on.',
        sources: ['apple-saved-to-icloud', 'ms-backup'],
      },
      {
        text: 'If you are already setting up a new iPhone: keep both phones on Wi-Fi for a while, then delete and reinstall Authenticator on the new iPhone.',
        sources: ['ms-restore'],
      },
      {
        text: "If Authenticator still isn't in the list, check the old iPhone is on iOS 16 or later. If it can't be, move your accounts by hand while it still works.",
        sources: ['ms-add-accounts', 'ms-transfer'],
      },
    ],
    uncertain: [
      {
        text: 'The 6.8.33 minimum and the "open it once" rule come from Microsoft\'s restore troubleshooting, which we could only read as quoted by others.',
        sources: ['ms-restore'],
      },
      {
        text: 'Microsoft doesn\'t say why Authenticator might be missing from "Saved to iCloud". An old app version, or one not opened since updating, is our best guess.',
        sources: ['ms-restore', 'apple-saved-to-icloud'],
      },
    ],
    related: ['ios-sync-then-reinstall', 'ios-update-required', 'cross-platform'],
  },
  'ios-backup-ready': {
    title: 'Move to your new iPhone',
    summary:
      'Everything Microsoft asks for is in place on the old iPhone. The backup runs by itself through iCloud: there is no button to press in Authenticator.',
    expect:
      'What comes back: codes for other services (Google, Amazon and so on) and for personal Microsoft accounts that use only codes. Work or school accounts, and personal accounts with passwordless sign-in, come back as a name only: you sign in to each one again. Passkeys and passwords are not part of the backup.',
    steps: [
      {
        text: 'On the new iPhone, sign in with the same Apple Account as the old one.',
        sources: ['ms-backup-2019', 'ms-backup-2025'],
      },
      {
        text: 'On the new iPhone, turn on iCloud Keychain: Settings > [your name] > iCloud > "Passwords" > "Sync this iPhone". Turn on iCloud Drive too.',
        sources: ['apple-keychain', 'ms-backup'],
      },
      {
        text: 'Install Microsoft Authenticator from the App Store and open it. Your account names should appear.',
        sources: ['ms-restore'],
      },
      {
        text: 'Tap each account and sign in to finish setting it up.',
        sources: ['ms-restore', 'ms-transfer'],
      },
      {
        text: 'If nothing appears, delete Authenticator from the new iPhone, install it again and open it.',
        sources: ['ms-restore'],
      },
      {
        text: 'Keep the old iPhone, with Authenticator on it, until you can sign in to every account from the new one.',
        sources: ['ms-transfer'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft's 2025 notice about the iCloud backup says only account names and codes for other services are backed up on iPhone. Microsoft's help pages say codes for personal Microsoft accounts that use only codes come back too. If a personal Microsoft account comes back as a name only, tap it and sign in.",
        sources: ['ms-backup', 'ms-transfer'],
      },
      {
        text: "That account names appear on their own comes from Microsoft's 2025 notice to IT admins, which we could only read in copies. Microsoft's restore article says the same fix applies: reinstall if nothing shows.",
        sources: ['ms-restore', 'ms-backup'],
      },
      {
        text: 'If your phone or accounts are managed by an organization, its IT admins can stop codes for other services from being backed up.',
        sources: ['ms-backup'],
      },
    ],
    related: ['restored-sign-in', 'not-in-backup', 'work-school-account'],
  },
  'ios-sync-then-reinstall': {
    title: 'Let the old iPhone sync, then reinstall on the new one',
    summary:
      'Your old iPhone now has everything Microsoft asks for. The new iPhone may not have received the backup yet. Reinstalling Authenticator there makes it look again.',
    expect:
      "Reinstalling on the new iPhone only removes accounts you added there yourself. Don't delete Authenticator from the old iPhone: it may be the only place your accounts are right now.",
    steps: [
      {
        text: 'On the old iPhone, open Authenticator and wait until your accounts show.',
        sources: ['ms-restore'],
      },
      {
        text: 'Keep both iPhones charging and on Wi-Fi. Give iCloud Keychain some time to sync.',
        sources: ['apple-keychain'],
      },
      {
        text: 'On the new iPhone, check Settings > [your name]: same Apple Account, and "Sync this iPhone" on under iCloud > "Passwords".',
        sources: ['apple-keychain', 'ms-backup-2019'],
      },
      {
        text: 'Delete Authenticator from the new iPhone, install it again from the App Store, and open it.',
        sources: ['ms-restore'],
      },
      {
        text: 'If your account names appear, tap each one and sign in.',
        sources: ['ms-restore', 'ms-transfer'],
      },
      {
        text: "If it's still empty, move your accounts by hand while the old iPhone works: add each account to Authenticator on the new iPhone, then test it.",
        sources: ['ms-add-accounts', 'ms-transfer'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft doesn't say how long the backup takes to reach a new iPhone. If it's still empty after a few tries, moving accounts by hand is the sure way.",
        sources: ['ms-restore'],
      },
    ],
    related: ['cross-platform', 'restored-sign-in'],
  },
  'ios-same-apple-account': {
    title: 'Sign in to the new iPhone with your old Apple Account',
    summary:
      "The Authenticator backup is kept in the iCloud Keychain of the Apple Account your old iPhone used. A new iPhone on a different Apple Account can't see it.",
    expect:
      'Your Authenticator backup is not at risk here. Switching Apple Accounts changes which iCloud data this iPhone shows, so read each screen before you tap.',
    steps: [
      {
        text: 'On the new iPhone, open Settings and tap your name at the top.',
        sources: ['ms-backup-2019'],
      },
      {
        text: 'Scroll down, tap "Sign Out", and follow the steps.',
        sources: ['ms-backup-2019'],
      },
      {
        text: 'Sign in with the Apple Account your old iPhone used.',
        sources: ['ms-backup-2019', 'ms-backup-2025'],
      },
      {
        text: 'Go to Settings > [your name] > iCloud > "Passwords" ("Passwords and Keychain" on iOS 17 or earlier) and turn on "Sync this iPhone". Turn on iCloud Drive too.',
        sources: ['apple-keychain', 'ms-backup'],
      },
      {
        text: 'Delete Authenticator, install it again from the App Store, and open it. Your account names should appear.',
        sources: ['ms-restore'],
      },
      {
        text: 'Tap each account and sign in to finish.',
        sources: ['ms-restore', 'ms-transfer'],
      },
    ],
    uncertain: [
      {
        text: "On an iPhone managed by your work or school with a Managed Apple Account, the backup is reported to be held by that account. We couldn't confirm this on a Microsoft page. Ask your IT help desk.",
        sources: ['ms-backup'],
      },
    ],
    related: ['apple-account-recovery', 'restored-sign-in'],
  },
  'ios-legacy-turn-on': {
    title: 'Update Authenticator instead of using the old switch',
    summary:
      'Your Authenticator is an older version with its own "iCloud backup" switch. In September–October 2025 Microsoft moved iPhone backup to iCloud Keychain, with no Microsoft account needed. Updating the app is the most reliable path.',
    expect:
      "Updating Authenticator keeps the accounts on this iPhone. Don't delete the app from this iPhone while it holds your only copy.",
    steps: [
      {
        text: 'Check the iPhone is on iOS 16 or later: Settings > General > About > "iOS Version".',
        sources: ['ms-backup'],
      },
      {
        text: 'Open the App Store, search for "Microsoft Authenticator" and tap "Update".',
        sources: ['ms-backup-2025', 'ms-restore'],
      },
      {
        text: 'Open Authenticator once after the update.',
        sources: ['ms-restore'],
      },
      {
        text: 'In Settings > [your name] > iCloud, turn on iCloud Drive, iCloud Backup, and "Sync this iPhone" under "Passwords".',
        sources: ['ms-backup', 'apple-keychain'],
      },
      {
        text: 'Tap "See All" next to "Saved to iCloud" and turn on Authenticator.',
        sources: ['ms-backup', 'apple-saved-to-icloud'],
      },
      {
        text: 'If you can\'t update, turn on the old switch instead: Authenticator > menu > "Settings" > "Backup" > "iCloud backup". It asks for a personal Microsoft account to hold the backup.',
        sources: ['ms-backup-2019'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft said in 2025 that the old in-app backup, tied to a Microsoft account, would be removed on iPhone. Microsoft doesn't say whether a backup made with the old switch can still be restored today, so don't rely on it alone.",
        sources: ['ms-backup-2025', 'ms-backup'],
      },
      {
        text: "The iOS 16 minimum comes from Microsoft's 2025 notice to IT admins about the iCloud backup. We could only read that notice in copies on other sites. Microsoft's public backup article doesn't state a minimum iOS version.",
        sources: ['ms-backup', 'ms-backup-2025'],
      },
    ],
    related: ['ios-update-app', 'ios-update-required', 'something-went-wrong'],
  },
  'ios-legacy-ready': {
    title: 'Update Authenticator before you switch iPhones',
    summary:
      'Your "iCloud backup" switch is on, but it belongs to the older backup that Microsoft replaced in 2025. Update the app first, so the current iCloud Keychain backup covers you too.',
    expect:
      'What comes back: codes for other services (Google, Amazon and so on) and for personal Microsoft accounts that use only codes. Work or school accounts, and personal accounts with passwordless sign-in, come back as a name only: you sign in to each one again. Passkeys and passwords are not part of the backup.',
    steps: [
      {
        text: 'On the old iPhone, update Authenticator from the App Store and open it once.',
        sources: ['ms-restore', 'ms-backup-2025'],
      },
      {
        text: 'Check that iCloud Drive, iCloud Keychain, iCloud Backup, and Authenticator under "Saved to iCloud" are all on.',
        sources: ['ms-backup'],
      },
      {
        text: 'On the new iPhone, sign in with the same Apple Account and turn on "Sync this iPhone" under iCloud > "Passwords".',
        sources: ['apple-keychain', 'ms-backup-2019'],
      },
      {
        text: 'Install Authenticator on the new iPhone and open it. If your account names appear, tap each one and sign in.',
        sources: ['ms-restore'],
      },
      {
        text: 'If it shows "Begin recovery" instead, tap it and sign in with the same personal Microsoft account the old switch used.',
        sources: ['ms-backup-2019'],
      },
      {
        text: 'Keep the old iPhone until every account works on the new one.',
        sources: ['ms-transfer'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft's current articles don't describe a \"Begin recovery\" button on iPhone. Which screen you see depends on the app version, so we can't say for sure which one you'll get.",
        sources: ['ms-backup', 'ms-backup-2019'],
      },
      {
        text: "Microsoft said in 2025 that the old in-app backup, tied to a Microsoft account, would be removed on iPhone. Microsoft doesn't say whether a backup made with the old switch can still be restored today, so don't rely on it alone.",
        sources: ['ms-backup-2025', 'ms-backup'],
      },
    ],
    related: ['ios-backup-ready', 'restored-sign-in', 'wrong-recovery-account'],
  },
  'ios-legacy-restore': {
    title: 'Restore from the older iPhone backup',
    summary:
      'Your old iPhone used the older Authenticator backup, tied to a personal Microsoft account and stored in iCloud. The new iPhone needs the same Apple Account, and possibly the same Microsoft account.',
    expect:
      'Nothing here changes the old iPhone: while it works, your accounts are safe on it. On the new iPhone, add no accounts before you restore, because existing accounts block recovery.',
    steps: [
      {
        text: 'On the new iPhone, sign in to the same Apple Account as the old one, and turn on iCloud Drive and "Sync this iPhone" under iCloud > "Passwords".',
        sources: ['ms-backup-2019', 'apple-keychain'],
      },
      {
        text: 'On the old iPhone, update Authenticator from the App Store and open it once. This can also create the newer iCloud Keychain backup.',
        sources: ['ms-restore', 'ms-backup-2025'],
      },
      {
        text: "On the new iPhone, delete and reinstall Authenticator, then open it. Don't add any accounts.",
        sources: ['ms-restore', 'ms-backup-2019'],
      },
      {
        text: 'If your account names appear, tap each one and sign in.',
        sources: ['ms-restore'],
      },
      {
        text: 'If it shows "Begin recovery", tap it and sign in with the personal Microsoft account the old switch used.',
        sources: ['ms-backup-2019'],
      },
      {
        text: 'If neither happens, move your accounts by hand from the old iPhone: add each account on the new iPhone, then test it.',
        sources: ['ms-add-accounts', 'ms-transfer'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft's current articles don't describe a \"Begin recovery\" button on iPhone. Which screen you see depends on the app version, so we can't say for sure which one you'll get.",
        sources: ['ms-backup', 'ms-backup-2019'],
      },
      {
        text: "Microsoft said in 2025 that the old in-app backup, tied to a Microsoft account, would be removed on iPhone. Microsoft doesn't say whether a backup made with the old switch can still be restored today, so don't rely on it alone.",
        sources: ['ms-backup-2025', 'ms-backup'],
      },
    ],
    related: ['wrong-recovery-account', 'restored-sign-in', 'cross-platform'],
  },
  'something-went-wrong': {
    title: 'Sign in to the backup account to fix "Something went wrong"',
    summary:
      'This message usually means Authenticator isn\'t signed in to the personal Microsoft account that holds the backup. It applies to Android, and to iPhones that still show the old "iCloud backup" switch.',
    expect:
      "Keep your accounts in the app while you fix this. Don't remove them or delete Authenticator: this phone may hold your only copy.",
    steps: [
      {
        text: 'Open Authenticator, tap the menu, then "Settings".',
        sources: ['ms-transfer', 'ms-backup-2019'],
      },
      {
        text: 'Under "Backup", turn on "Cloud Backup" ("iCloud backup" on older iPhone versions).',
        sources: ['ms-transfer', 'ms-backup-2019'],
      },
      {
        text: 'When asked, choose "Continue" to use the account shown, or "Change account" to pick another.',
        sources: ['ms-backup-2019'],
      },
      {
        text: "Sign in with a personal Microsoft account, such as an Outlook.com, Hotmail or Live address. A work or school account can't hold the backup.",
        sources: ['ms-transfer', 'ms-backup-2019'],
      },
      {
        text: 'If the error comes back, check the phone is online and try again.',
        sources: ['ms-backup-2019'],
      },
      {
        text: 'On an iPhone, update Authenticator from the App Store. Current versions back up through iCloud Keychain and have no switch to fix.',
        sources: ['ms-backup', 'ms-backup-2025'],
      },
    ],
    uncertain: [
      {
        text: 'The "Continue" and "Change account" choices, and the link between this message and not being signed in, come from an older version of Microsoft\'s backup article. We could only read it in a copy. Current Microsoft articles don\'t mention this message.',
        sources: ['ms-backup-2019', 'ms-transfer'],
      },
      {
        text: "In May 2026 many users reported Cloud Backup failing and restores not working. Microsoft hasn't said there was a problem. If nothing works, keep your accounts in the app and try again later.",
        sources: ['qa-backup-stopped'],
      },
      {
        text: 'An ad blocker or private DNS filter that blocks activity.windows.com reportedly stops Cloud Backup from signing in. If you use one, try pausing it.',
        sources: ['gh-hosts-399'],
      },
    ],
    related: ['android-turn-on-backup', 'ios-legacy-turn-on', 'microsoft-account-recovery'],
  },
  'android-turn-on-backup': {
    title: 'Turn on Cloud Backup on your old Android phone',
    summary:
      'On Android, the backup is stored with a personal Microsoft account. Until "Cloud Backup" is on, there is nothing to restore on a new phone.',
    steps: [
      {
        text: 'Open Authenticator on the old phone.',
        sources: ['ms-transfer'],
      },
      {
        text: 'Tap the menu, then "Settings".',
        sources: ['ms-transfer'],
      },
      {
        text: 'Turn on "Cloud Backup".',
        sources: ['ms-transfer'],
      },
      {
        text: "Choose a personal Microsoft account to store the backup, such as an Outlook.com, Hotmail or Live address. A work or school account can't be used.",
        sources: ['ms-transfer', 'ms-backup-2019'],
      },
      {
        text: 'Tap "OK". Note which account you chose: you need it on the new phone. If you picked the wrong one, Microsoft says to delete that backup and make a new one.',
        sources: ['ms-transfer'],
      },
      {
        text: "You don't need a Google account for this. Microsoft's steps only use a personal Microsoft account.",
        sources: ['ms-transfer', 'ms-backup'],
      },
    ],
    uncertain: [
      {
        text: "Two other websites report that Microsoft's backup article now says Android backup moves to Google One backup from January 2027. Microsoft's Learn guide, updated July 2026, still uses a personal Microsoft account and doesn't mention Google One. We couldn't confirm the change.",
        sources: ['ms-backup', 'ms-transfer'],
      },
    ],
    related: ['android-backup-ready', 'something-went-wrong'],
  },
  'android-backup-ready': {
    title: 'Move to your new Android phone',
    summary:
      'Cloud Backup is on and you can sign in to the account that holds it. On the new phone, restore before you add any account.',
    expect:
      'What comes back: codes for other services (Google, Amazon and so on) and for personal Microsoft accounts that use only codes. Work or school accounts, and personal accounts with passwordless sign-in, come back as a name only: you sign in to each one again. Passkeys and passwords are not part of the backup. Turning on "Cloud Backup" on the new phone before you restore can replace your only backup.',
    steps: [
      {
        text: 'Install Microsoft Authenticator on the new phone and open it.',
        sources: ['ms-restore'],
      },
      {
        text: 'Don\'t add any account, and don\'t turn on "Cloud Backup" yet.',
        sources: ['ms-restore', 'gh-overwrite-2021'],
      },
      {
        text: 'Tap "Restore from backup" or "Begin recovery".',
        sources: ['ms-restore', 'ms-backup-2019'],
      },
      {
        text: 'Sign in with the same personal Microsoft account that holds the backup.',
        sources: ['ms-restore', 'ms-transfer'],
      },
      {
        text: 'Open each work or school account and sign in again. Red "Sign in to add your account" text is expected.',
        sources: ['ms-transfer'],
      },
      {
        text: 'If a personal account says "Action required", tap it, sign in with your password, then confirm with your email or phone.',
        sources: ['ms-restore', 'ms-backup-2019'],
      },
      {
        text: 'Keep the old phone until you can sign in to every account from the new one. Then turn on "Cloud Backup" on the new phone.',
        sources: ['ms-transfer'],
      },
    ],
    uncertain: [
      {
        text: "Two other websites report that Microsoft's backup article now says Android backup moves to Google One backup from January 2027. Microsoft's Learn guide, updated July 2026, still uses a personal Microsoft account and doesn't mention Google One. We couldn't confirm the change.",
        sources: ['ms-backup', 'ms-transfer'],
      },
    ],
    related: ['restored-sign-in', 'restore-option-missing', 'wrong-recovery-account'],
  },
  'restore-option-missing': {
    title: 'Clear the new phone so "Restore from backup" appears',
    summary:
      'Authenticator only offers to restore while the app has no accounts in it. This stops old backup data from overwriting accounts already on the phone.',
    expect:
      "This removes accounts from Authenticator on the new phone only. Your backup in the cloud and your old phone are not affected. Accounts you added by hand on the new phone may need adding again if they aren't in the backup.",
    steps: [
      {
        text: 'On the new phone, check that "Cloud Backup" is off in Authenticator > menu > "Settings". Leave it off.',
        sources: ['gh-overwrite-2021', 'ms-transfer'],
      },
      {
        text: 'Remove or sign out of every account in Authenticator on the new phone.',
        sources: ['ms-restore', 'qa-restore-option'],
      },
      {
        text: 'If that is hard, uninstall Authenticator from the new phone, then install it again from Google Play.',
        sources: ['qa-restore-option', 'ms-backup-2019'],
      },
      {
        text: "Open Authenticator. Don't add any account.",
        sources: ['ms-backup-2019'],
      },
      {
        text: 'Tap "Restore from backup" or "Begin recovery" and sign in with the personal Microsoft account that holds the backup.',
        sources: ['ms-restore'],
      },
      {
        text: 'If it still doesn\'t appear, check the backup was made on an Android phone, and that "Cloud Backup" was on there.',
        sources: ['ms-transfer'],
      },
    ],
    uncertain: [
      {
        text: "The advice to remove every account so the option appears comes from Microsoft's restore article, seen only as quoted, and from an AI-written answer on Microsoft Q&A.",
        sources: ['ms-restore', 'qa-restore-option'],
      },
    ],
    related: ['wrong-recovery-account', 'backup-overwritten', 'restored-sign-in'],
  },
  'wrong-recovery-account': {
    title: 'Try the other Microsoft accounts you may have used',
    summary:
      "The message means the backup isn't stored with the Microsoft account you signed in with. It may be with another personal Microsoft address you used when you turned backup on.",
    expect:
      'There is only one backup copy, stored with one account. Trying other accounts is safe, as long as you don\'t turn on "Cloud Backup" on the new phone while you try.',
    steps: [
      {
        text: 'List every personal Microsoft address you might have used: Outlook.com, Hotmail, Live, MSN, or another email you signed up with.',
        sources: ['qa-not-stored'],
      },
      {
        text: 'If the old phone still works, open Authenticator there > menu > "Settings" and look at which account the backup uses.',
        sources: ['qa-not-stored'],
      },
      {
        text: 'On the new phone, sign out of the account you just tried in Authenticator.',
        sources: ['qa-not-stored'],
      },
      {
        text: 'Tap "Restore from backup" or "Begin recovery" again and sign in with the next address.',
        sources: ['ms-restore', 'qa-not-stored'],
      },
      {
        text: "Check the backup was made on the same kind of phone. An iPhone backup can't restore on Android, or the reverse.",
        sources: ['ms-backup'],
      },
      {
        text: "If none of your accounts has the backup, it can't be restored. Get back into each account through its own recovery.",
        sources: ['ms-restore', 'qa-lost-data'],
      },
    ],
    uncertain: [
      {
        text: 'The advice to try other addresses comes from user reports and an AI-written answer on Microsoft Q&A, not from a Microsoft article.',
        sources: ['qa-not-stored'],
      },
      {
        text: 'A backup can also be missing because it was replaced from another phone. Users report that only one backup copy exists.',
        sources: ['gh-overwrite-2020'],
      },
    ],
    related: ['service-recovery', 'backup-overwritten', 'microsoft-account-recovery'],
  },
  'restored-sign-in': {
    title: 'Sign in to each restored account',
    summary:
      'Your accounts are back. Some come back ready to use. Others come back as a name only and need you to sign in once.',
    expect:
      'What comes back: codes for other services (Google, Amazon and so on) and for personal Microsoft accounts that use only codes. Work or school accounts, and personal accounts with passwordless sign-in, come back as a name only: you sign in to each one again. Passkeys and passwords are not part of the backup.',
    steps: [
      {
        text: 'Codes for other services, like Google or Amazon, should work now. Try one.',
        sources: ['ms-backup', 'ms-transfer'],
      },
      {
        text: 'Personal Microsoft accounts that use only codes come back with their codes. If one uses passwordless sign-in, tap it and sign in again.',
        sources: ['ms-backup', 'ms-transfer'],
      },
      {
        text: 'Tap each work or school account and sign in. Red "Sign in to add your account" text is expected.',
        sources: ['ms-transfer'],
      },
      {
        text: 'If a personal account says "Action required" or "Sign in to restore your account", tap it, sign in with your password, and confirm with your email or phone.',
        sources: ['ms-restore', 'ms-backup-2019'],
      },
      {
        text: 'Set up passkeys again: they are not in the backup. If your work requires passkeys, set up the new one before you remove the old phone.',
        sources: ['ms-transfer'],
      },
      {
        text: 'Keep the old phone until you can sign in to the accounts you use most from the new phone.',
        sources: ['ms-transfer'],
      },
    ],
    uncertain: [
      {
        text: "Codes for a personal Microsoft account can differ between your old and new phone. Microsoft's older guide says each phone has its own, and both work, so different codes are not a fault.",
        sources: ['ms-backup-2019'],
      },
      {
        text: "Microsoft's 2025 notice about the iCloud backup says only account names and codes for other services are backed up on iPhone. Microsoft's help pages say codes for personal Microsoft accounts that use only codes come back too. If a personal Microsoft account comes back as a name only, tap it and sign in.",
        sources: ['ms-backup', 'ms-transfer'],
      },
    ],
    related: ['personal-account-sign-in', 'work-school-account', 'codes-rejected', 'not-in-backup'],
  },
  'personal-account-sign-in': {
    title: 'Sign in again to your personal Microsoft account',
    summary:
      "Approvals and passwordless sign-in use a key tied to one phone, so it never leaves the old phone. You prove it's you once, and the account works on this phone.",
    steps: [
      {
        text: 'In Authenticator, tap the account that says "Action required" or "Sign in to restore your account".',
        sources: ['ms-restore'],
      },
      {
        text: 'Sign in with your Microsoft account password.',
        sources: ['ms-restore', 'ms-backup-2019'],
      },
      {
        text: 'Confirm with the code sent to your email address or phone number.',
        sources: ['ms-restore', 'ms-backup-2019'],
      },
      {
        text: "If you don't know your password, reset it, then come back to this step.",
        link: {
          label: 'Reset your Microsoft account password',
          href: 'https://account.live.com/password/reset',
        },
        sources: ['ms-password-reset'],
      },
      {
        text: "If you can't get a code at any email or phone on the account, use Microsoft's account recovery.",
        sources: ['ms-recovery-form'],
      },
    ],
    uncertain: [
      {
        text: 'The exact messages "Action required" and "Sign in to restore your account" come from Microsoft\'s restore article as quoted by others. Your screen may word it differently.',
        sources: ['ms-restore'],
      },
    ],
    related: ['microsoft-account-recovery', 'restored-sign-in'],
  },
  'codes-rejected': {
    title: 'Fix codes that are rejected',
    summary:
      "Codes for another service came back, but its site says they're wrong. With any code app, a common cause is a phone clock that is slightly off.",
    steps: [
      {
        text: 'On iPhone, go to Settings > General > Date & Time and turn on "Set Automatically".',
        sources: ['ms-transfer'],
      },
      {
        text: 'On Android, open Settings, search for "Date & time", and turn on automatic date and time. The name varies by phone maker.',
        sources: ['ms-transfer'],
      },
      {
        text: 'Make sure you are using the right entry: check the service name and the username under it.',
        sources: ['ms-transfer'],
      },
      {
        text: 'Type the code soon after it appears. Codes change every 30 seconds.',
        sources: ['ms-transfer'],
      },
      {
        text: 'For a personal Microsoft account, a code that differs from the old phone is normal. Each phone has its own, and both work.',
        sources: ['ms-backup-2019'],
      },
      {
        text: "If codes are still rejected, use that service's own two-step verification recovery, such as backup codes you saved. Then add it to Authenticator again.",
        sources: ['ms-add-accounts', 'qa-lost-data'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft doesn't publish advice on phone clocks for Authenticator. The clock advice is general advice for any app with 30-second codes.",
        sources: ['ms-transfer'],
      },
    ],
    related: ['service-recovery', 'restored-sign-in'],
  },
  'not-in-backup': {
    title: 'What the backup never brings back',
    summary:
      'Some things are never part of the Authenticator backup. They need setting up again, or live somewhere else.',
    steps: [
      {
        text: 'Passkeys: create a new passkey on the new phone for each account that used one. A passkey saved in a synced password manager, like iCloud Keychain or Google Password Manager, may already be there.',
        sources: ['ms-transfer'],
      },
      {
        text: 'Work or school approvals: open each work or school account in Authenticator and sign in again. If that fails, use "Security info".',
        link: {
          label: 'Security info',
          href: 'https://mysignins.microsoft.com/security-info',
        },
        sources: ['ms-transfer'],
      },
      {
        text: 'Passwords: Authenticator stopped keeping passwords in 2025. Saved passwords stay with your Microsoft account, and you can use them in Microsoft Edge.',
        sources: ['ms-autofill', 'ms-backup-2025'],
      },
      {
        text: 'Missing accounts for other services: sign in to that service, open its two-step verification settings, and add Authenticator again.',
        sources: ['ms-add-accounts'],
      },
      {
        text: "If you can't sign in to a service without its code, use that service's own account recovery.",
        sources: ['qa-lost-data'],
      },
      {
        text: 'On a phone managed by your work or school, ask your IT help desk: admins can stop codes for other services from being backed up.',
        sources: ['ms-backup'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft's 2025 notice about the iCloud backup says only account names and codes for other services are backed up on iPhone. Microsoft's help pages say codes for personal Microsoft accounts that use only codes come back too. If a personal Microsoft account comes back as a name only, tap it and sign in.",
        sources: ['ms-backup', 'ms-transfer'],
      },
    ],
    related: ['service-recovery', 'work-school-account', 'personal-account-sign-in'],
  },
  'backup-overwritten': {
    title: 'Stop: your old backup may have been replaced',
    summary:
      'Turning on "Cloud Backup" on the new phone before restoring can replace the backup from your old phone. It\'s an easy step to take. What happens next depends on what the app asked you.',
    expect:
      "If the app asked to replace or overwrite an existing backup and you agreed, the old backup is gone. It can't be recovered, not even by Microsoft. If you didn't agree, it may still be there.",
    steps: [
      {
        text: "Don't change anything else in Authenticator on either phone for now.",
        sources: ['gh-overwrite-2020', 'gh-overwrite-2021'],
      },
      {
        text: 'If your old phone still works, your accounts are still on it. Open Authenticator there > menu > "Settings" and check "Cloud Backup" is on with your personal Microsoft account. That keeps a backup from the old phone.',
        sources: ['ms-transfer', 'ms-backup-2019'],
      },
      {
        text: 'If you did not agree to replace the backup: uninstall Authenticator from the new phone and install it again. Don\'t switch "Cloud Backup" off first.',
        sources: ['ms-transfer', 'ms-backup-2019'],
      },
      {
        text: 'Open Authenticator on the new phone, add nothing, tap "Restore from backup", and sign in with the same personal Microsoft account.',
        sources: ['ms-restore'],
      },
      {
        text: 'If it finds no backup, or brings back only what the new phone had, the old backup is gone. Recover each account through its own process.',
        sources: ['gh-overwrite-2020', 'qa-lost-data'],
      },
    ],
    uncertain: [
      {
        text: "Microsoft doesn't document this. What we know comes from user reports on GitHub, where a Microsoft docs responder said only one backup copy exists.",
        sources: ['gh-overwrite-2020', 'gh-overwrite-2021'],
      },
      {
        text: 'We don\'t know for sure what switching "Cloud Backup" off on the new phone does to the stored backup. An older Microsoft article said switching it off deletes the backup, so we suggest reinstalling instead.',
        sources: ['ms-backup-2019', 'ms-transfer'],
      },
    ],
    related: ['service-recovery', 'restore-option-missing', 'restored-sign-in'],
  },
  'microsoft-account-recovery': {
    title: 'Get back into your personal Microsoft account',
    summary:
      "On Android, and with the older iPhone backup, the backup is stored with a personal Microsoft account. You need to sign in to it before you can restore. Microsoft support can't restore Authenticator data for you.",
    expect:
      "Recovery is self-service only. Microsoft's support agents can't send reset links or change account details for you. If two-step verification is on and you can't use any of its methods, Microsoft says it can't help.",
    steps: [
      {
        text: 'Try resetting your password first. Use any email or phone number on the account to get a code.',
        link: {
          label: 'Reset your Microsoft account password',
          href: 'https://account.live.com/password/reset',
        },
        sources: ['ms-password-reset'],
      },
      {
        text: "If you don't recognize the email or phone options, Microsoft's reset help links a sign-in helper tool. Follow its steps.",
        link: {
          label: "Microsoft's password reset help",
          href: 'https://support.microsoft.com/en-us/account-billing/reset-a-forgotten-microsoft-account-password-eff4f067-5042-c1a3-fe72-b04d60556c37',
        },
        sources: ['ms-password-reset', 'ms-recovery-form'],
      },
      {
        text: 'If you know your password but none of your security info works, choose "I don\'t have any of these" and replace your security info. The change takes 30 days.',
        sources: ['qa-security-info-wait'],
      },
      {
        text: 'If nothing else works, fill in the account recovery form. Give an email address you can open, so Microsoft can reply.',
        link: {
          label: 'Microsoft account recovery form',
          href: 'https://account.live.com/acsr',
        },
        sources: ['ms-recovery-form'],
      },
      {
        text: "Read Microsoft's tips for the form first. Give as much detail as you can, like old passwords and email subject lines.",
        link: {
          label: 'Help with the recovery form',
          href: 'https://support.microsoft.com/en-us/account-billing/help-with-the-microsoft-account-recovery-form-b19c02d1-a782-dee6-93c3-dc8113b20c42',
        },
        sources: ['ms-recovery-form'],
      },
      {
        text: "Once you're back in, come back here and restore the backup.",
        sources: ['ms-restore'],
      },
    ],
    uncertain: [
      {
        text: "The 30-day wait for new security info comes from an AI-written answer on Microsoft Q&A and older Microsoft pages. We couldn't confirm it in a current Microsoft article.",
        sources: ['qa-security-info-wait'],
      },
      {
        text: 'On an iPhone with a current version of Authenticator, the backup is in your Apple Account, not a Microsoft account. Apple Account recovery applies there instead.',
        sources: ['ms-backup', 'ms-backup-2025'],
      },
    ],
    related: ['apple-account-recovery', 'service-recovery', 'wrong-recovery-account'],
  },
  'apple-account-recovery': {
    title: 'Get back into your Apple Account',
    summary:
      "On iPhone, the current Authenticator backup is kept in your Apple Account's iCloud Keychain. Recover that account with Apple first, then come back and restore.",
    expect:
      "Apple's account recovery can take several days or longer. Apple says the wait is there to keep your account safe.",
    steps: [
      {
        text: "First, try to reset your Apple Account password on a device you're already signed in to.",
        link: {
          label: "Apple's account recovery guide",
          href: 'https://support.apple.com/en-us/118574',
        },
        sources: ['apple-account-recovery'],
      },
      {
        text: "No trusted device? Use the Apple Support app on a family member's iPhone or iPad, or ask to use a device at an Apple Store.",
        sources: ['apple-account-recovery'],
      },
      {
        text: 'Try every email address and phone number you might use with your Apple Account.',
        sources: ['apple-account-recovery'],
      },
      {
        text: 'If you set up an account recovery contact, ask them to help.',
        sources: ['apple-account-recovery'],
      },
      {
        text: 'If none of that works, start account recovery: try to sign in in Settings on your iPhone, or go to iforgot.apple.com.',
        link: {
          label: 'Apple account recovery (iforgot.apple.com)',
          href: 'https://iforgot.apple.com',
        },
        sources: ['apple-account-recovery'],
      },
      {
        text: 'Once you are back in, sign in to the new iPhone with that Apple Account, turn on "Sync this iPhone" under iCloud > "Passwords", then reinstall Authenticator.',
        sources: ['apple-keychain', 'ms-restore'],
      },
    ],
    uncertain: [
      {
        text: 'If your old iPhone used the older "iCloud backup" switch in Authenticator, you may also need the personal Microsoft account it used.',
        sources: ['ms-backup-2019', 'ms-backup-2025'],
      },
    ],
    related: ['microsoft-account-recovery', 'service-recovery', 'ios-same-apple-account'],
  },
  'work-school-account': {
    title: 'Set up your work or school account again',
    summary:
      "The backup only keeps the name of a work or school account. You sign in again on the new phone. If that fails, your organization's help desk can get you back in.",
    steps: [
      {
        text: 'In Authenticator, tap the work or school account and sign in. Red "Sign in to add your account" text is expected after a restore.',
        sources: ['ms-transfer'],
      },
      {
        text: 'If approvals or codes still fail, go to "Security info", sign in, and choose "Add sign-in method" to add Authenticator on the new phone.',
        link: {
          label: 'Security info',
          href: 'https://mysignins.microsoft.com/security-info',
        },
        sources: ['ms-transfer'],
      },
      {
        text: 'If the old phone still works, use it to approve that sign-in.',
        sources: ['ms-transfer'],
      },
      {
        text: "If you can't sign in at all, contact your IT help desk. They can give you a Temporary Access Pass: a time-limited code that lets you sign in and register the new phone.",
        sources: ['ms-tap', 'ms-transfer'],
      },
      {
        text: 'If your organization uses passkeys, set up the new passkey before you remove the old phone.',
        sources: ['ms-transfer'],
      },
      {
        text: 'When the new phone works, remove old phones you no longer use from "Security info".',
        sources: ['ms-transfer'],
      },
    ],
    uncertain: [],
    related: ['restored-sign-in', 'not-in-backup'],
  },
  'service-recovery': {
    title: 'Recover each account through its own process',
    summary:
      "Without a backup you can restore, the codes from your old phone can't be brought back. Your accounts still exist, and each service has its own way to let you back in.",
    expect:
      'The old codes are gone. No one, not even Microsoft support, can restore them. Each account can still be recovered, one at a time.',
    steps: [
      {
        text: 'Start with your email accounts: other services send recovery codes there.',
        sources: ['qa-lost-data'],
      },
      {
        text: 'Next, your Microsoft account and Apple Account. Then the rest, one at a time.',
        sources: ['qa-lost-data'],
      },
      {
        text: 'For each service, gather what it may ask for: backup or recovery codes you saved, a device still signed in, access to the email or phone on the account, and sometimes ID.',
        sources: ['qa-lost-data'],
      },
      {
        text: 'On each sign-in page, look for a link like "Forgot password" or "Try another way", and follow the steps.',
        sources: ['qa-lost-data'],
      },
      {
        text: 'For work or school accounts, contact your IT help desk.',
        sources: ['ms-transfer'],
      },
      {
        text: 'Once you are in, add the account to Authenticator again and turn on backup.',
        sources: ['ms-add-accounts', 'ms-backup'],
      },
    ],
    uncertain: [
      {
        text: 'This order and checklist are common advice, also given in an AI-written answer on Microsoft Q&A. Each service sets its own rules.',
        sources: ['qa-lost-data'],
      },
    ],
    related: ['microsoft-account-recovery', 'apple-account-recovery', 'work-school-account'],
  },
};
