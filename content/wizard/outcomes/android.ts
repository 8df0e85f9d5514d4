/**
 * Results for a backup kept with a personal Microsoft account: Android, and iPhones still on
 * the older in-app backup.
 */
export const androidOutcomes = {
  'something-went-wrong': {
    title: 'Sign in to the backup account to fix "Something went wrong"',
    summary:
      'When you turn backup on, this message usually means Authenticator isn\'t signed in to the personal Microsoft account that holds the backup. It applies to Android, and to iPhones that still show the old "iCloud backup" switch.',
    expect:
      "This is for the phone that still has your accounts. If you are setting up a new phone and haven't restored yet, don't turn on backup there: it can replace the backup you want to restore.",
    warns: ['enable-backup-before-restore'],
    steps: [
      {
        text: "Keep your accounts in the app while you fix this. Don't remove them or delete Authenticator: this phone may hold your only copy.",
        warns: ['delete-app-on-old-phone'],
        sources: [
          {
            source: 'ms-transfer',
            says: 'Complete the transfer before you erase, trade in, or recycle your old phone.',
          },
        ],
      },
      {
        text: 'Open Authenticator, tap the menu, then "Settings". Under "Backup", turn on "Cloud Backup" ("iCloud backup" on older iPhone versions).',
        does: ['enable-backup-on-old-phone'],
        sources: [
          { source: 'ms-transfer', says: 'Open the menu and select Settings.' },
          {
            source: 'ms-backup-2019',
            says: 'On your iOS device, select Settings, select Backup, and then turn on iCloud backup.',
          },
        ],
      },
      {
        text: 'When asked, choose "Continue" to use the account shown, or "Change account" to pick another.',
        sources: [
          { source: 'ms-backup-older', says: 'valige varukoopia loomiseks Jätka või Muuda kontot' },
        ],
      },
      {
        text: "Sign in with a personal Microsoft account, such as an Outlook.com, Hotmail or Live address. A work or school account can't hold the backup.",
        sources: [
          {
            source: 'ms-transfer',
            says: 'Select a Microsoft personal account where the backup will be stored.',
          },
          {
            source: 'ms-backup-2019',
            says: 'A personal Microsoft account to act as your recovery account.',
          },
        ],
      },
      {
        text: 'If the error comes back, check the phone is online, pause any ad blocker or private DNS filter, and try again later.',
        sources: [
          { source: 'gh-hosts-399', says: 'cloud backup cannot be logged in/deleted' },
          {
            source: 'qa-backup-stopped',
            says: 'My authenticator stopped backing up and restore in non functional',
          },
        ],
      },
      {
        text: 'On an iPhone, update Authenticator from the App Store. Current versions back up through iCloud Keychain and have no switch to fix.',
        sources: [
          { source: 'ms-backup', says: 'Enable iCloud Keychain on you iOS device.' },
          {
            source: 'ms-message-center',
            says: 'Starting in September 2025, Microsoft Authenticator on iOS will offer a more seamless and secure backup and restore experience using iCloud and iCloud Keychain.',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: 'The "Continue" and "Change account" choices, and the link between this message and not being signed in, come from an older version of Microsoft\'s backup article. Current Microsoft articles don\'t mention this message.',
        sources: [
          {
            source: 'ms-backup-older',
            says: 'Kui identimisteabe varundamisel kuvatakse teade "Midagi läks valesti", siis on põhjus selles, et te pole sisse logitud.',
          },
        ],
      },
      {
        text: "In May 2026 many users reported Cloud Backup failing and restores not working. Microsoft hasn't said there was a problem.",
        sources: [
          {
            source: 'qa-backup-stopped',
            says: "This problem has been plaguing 1000's of users and no solution has been provided to those affected",
          },
        ],
      },
      {
        text: 'Users report that an ad blocker or private DNS filter that blocks activity.windows.com stops Cloud Backup from signing in.',
        sources: [
          {
            source: 'gh-hosts-399',
            says: 'When using the Android version of Microsoft Authenticator, cloud backup cannot be logged in/deleted.',
          },
        ],
      },
    ],
    related: [
      'android-turn-on-backup',
      'ios-legacy-turn-on',
      'microsoft-account-recovery',
      'restore-sign-in-error',
    ],
  },
  'android-turn-on-backup': {
    title: 'Turn on Cloud Backup on your old Android phone',
    summary:
      'On Android, the backup is stored with a personal Microsoft account. Until "Cloud Backup" is on, there is nothing to restore on a new phone.',
    does: ['enable-backup-on-old-phone'],
    steps: [
      {
        text: 'Open Authenticator on the old phone. Tap the menu, then "Settings", and turn on "Cloud Backup".',
        does: ['enable-backup-on-old-phone'],
        sources: [{ source: 'ms-transfer', says: 'Turn on Cloud Backup.' }],
      },
      {
        text: "Choose a personal Microsoft account to store the backup, such as an Outlook.com, Hotmail or Live address. A work or school account can't be used. Microsoft's steps don't ask for a Google account.",
        sources: [
          {
            source: 'ms-transfer',
            says: 'Select a Microsoft personal account where the backup will be stored.',
          },
          {
            source: 'ms-backup-2019',
            says: 'A personal Microsoft account to act as your recovery account.',
          },
        ],
      },
      {
        text: 'Tap "OK". Note which account you chose: you need it on the new phone.',
        sources: [{ source: 'ms-transfer', says: 'Tap OK.' }],
      },
      {
        text: 'If you picked the wrong account, Microsoft says to delete that backup and make a new one. Do this only on the phone that has your accounts.',
        does: ['delete-backup'],
        sources: [
          {
            source: 'ms-transfer',
            says: 'If you saved the backup to the wrong account, or need to change the recovery account, delete the existing backup and create a new backup.',
          },
        ],
      },
      {
        text: 'Microsoft says to keep the old phone until you can sign in to your accounts on the new one, and to finish moving before you wipe or hand it in. Before then, we also suggest you save the backup or recovery codes each important service offers.',
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
        text: "Two other websites report that Microsoft's backup article now says Android backup moves to Google One backup from January 2027. Microsoft's Learn guide, updated July 2026, still uses a personal Microsoft account and doesn't mention Google One. We couldn't confirm the change.",
        sources: [
          {
            source: 'ms-transfer',
            says: 'Select a Microsoft personal account where the backup will be stored.',
          },
        ],
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
    warns: ['enable-backup-before-restore', 'add-accounts-before-restore'],
    steps: [
      {
        text: 'Microsoft says to finish moving before you wipe or hand in the old phone. Before then, we also suggest you save the backup or recovery codes each important service offers, in a safe place away from the phone.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'Complete the transfer before you erase, trade in, or recycle your old phone.',
          },
        ],
      },
      {
        text: 'Install Microsoft Authenticator on the new phone and open it. Don\'t add any account, and don\'t turn on "Cloud Backup" yet.',
        warns: ['add-accounts-before-restore', 'enable-backup-before-restore'],
        sources: [
          {
            source: 'ms-backup-2019',
            says: "you must first make sure that the account you're recovering doesn't exist in the Microsoft Authenticator app",
          },
          {
            source: 'gh-overwrite-2021',
            says: 'it asked me if I wanted to erase the existing cloud backup',
          },
        ],
      },
      {
        text: 'Tap "Restore from backup" or "Begin recovery", and sign in with the same personal Microsoft account that holds the backup.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Sign in with the same personal Microsoft account that was used for backup on the old device.',
          },
          { source: 'ms-transfer', says: "you're using the same recovery account" },
        ],
      },
      {
        text: 'Open each work or school account and sign in again. Red "Sign in to add your account" text is expected. If a personal account says "Action required", tap it and sign in.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'You might see red text that says "Sign in to add your account."',
          },
          {
            source: 'qa-restore-option',
            says: 'On the Accounts screen, tap Sign in next to each affected account.',
          },
        ],
      },
      {
        text: 'Keep the old phone until you can sign in to every account from the new one. Then turn on "Cloud Backup" on the new phone.',
        does: ['enable-backup-after-restore'],
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
        text: "Two other websites report that Microsoft's backup article now says Android backup moves to Google One backup from January 2027. Microsoft's Learn guide, updated July 2026, still uses a personal Microsoft account and doesn't mention Google One. We couldn't confirm the change.",
        sources: [
          {
            source: 'ms-transfer',
            says: 'Select a Microsoft personal account where the backup will be stored.',
          },
        ],
      },
    ],
    related: ['restored-sign-in', 'restore-option-missing'],
  },
  'restore-option-missing': {
    title: 'Clear the new phone so "Restore from backup" appears',
    summary:
      'Authenticator only offers to restore while the app has no accounts in it. This stops old backup data from overwriting accounts already on the phone.',
    expect:
      "This removes accounts from Authenticator on the new phone only. Your backup in the cloud and your old phone are not affected. Accounts you added by hand on the new phone are removed too: if one isn't in the backup, you can add it again only if you can sign in to it another way.",
    warns: ['add-accounts-before-restore'],
    steps: [
      {
        text: 'If your old phone still works and shows your accounts, keep it as it is: it still has everything, and it can approve each sign-in if you move accounts by hand.',
        offers: ['old-phone'],
        warns: ['delete-app-on-old-phone'],
        sources: [
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
      {
        text: 'On the new phone, check that "Cloud Backup" is off in Authenticator > menu > "Settings". Leave it off.',
        warns: ['enable-backup-before-restore'],
        sources: [
          {
            source: 'gh-overwrite-2021',
            says: 'When I opened the settings page to enable cloud save on the new phone it asked me if I wanted to erase the existing cloud backup',
          },
          { source: 'ms-transfer', says: 'Open the menu and select Settings.' },
        ],
      },
      {
        text: 'Before you remove anything, write down each account you set up new on this phone. Check you can sign in to each one another way, such as with backup codes or a text message.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
      {
        text: 'Remove or sign out of every account in Authenticator on the new phone. If that is hard, uninstall Authenticator from the new phone and install it again from Google Play.',
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must remove any existing account information from the existing accounts set up in your Authenticator app before you can recover your backup',
          },
          {
            source: 'qa-restore-option',
            says: 'Remove or sign out of all accounts in Authenticator on the new device.',
          },
        ],
      },
      {
        text: "Open Authenticator. Don't add any account.",
        warns: ['add-accounts-before-restore'],
        sources: [
          {
            source: 'ms-backup-2019',
            says: "you must first make sure that the account you're recovering doesn't exist in the Microsoft Authenticator app",
          },
        ],
      },
      {
        text: 'Tap "Restore from backup" or "Begin recovery" and sign in with the personal Microsoft account that holds the backup.',
        offers: ['restore-on-empty-app', 'same-microsoft-account'],
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Sign in with the same personal Microsoft account that was used for backup on the old device.',
          },
        ],
      },
      {
        text: 'If it still doesn\'t appear, check the backup was made on an Android phone, and that "Cloud Backup" was on there.',
        sources: [
          {
            source: 'ms-transfer',
            says: "Verify backup was enabled on the old phone, you're using the same recovery account, and you're restoring to the same device type.",
          },
        ],
      },
    ],
    uncertain: [
      {
        text: "The advice to remove every account so the option appears comes from an AI-written answer on Microsoft Q&A. Microsoft's 2019 article also says the app can't restore while it already has accounts.",
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Reopen Authenticator; Restore from backup or Begin recovery should then appear so the backup can be restored.',
          },
          {
            source: 'ms-backup-2019',
            says: "If you've already set up accounts in the Microsoft Authenticator app, the app won't be able to recover your backed-up accounts.",
          },
        ],
      },
    ],
    related: ['wrong-recovery-account', 'restored-sign-in'],
  },
  'wrong-recovery-account': {
    title: 'Try the other Microsoft accounts you may have used',
    summary:
      "The message means the backup isn't stored with the Microsoft account you signed in with. It may be with another personal Microsoft address you used when you turned backup on.",
    expect:
      'A backup is stored with the one Microsoft account chosen when backup was turned on. Trying other accounts is safe, as long as you don\'t turn on "Cloud Backup" on the new phone while you try.',
    warns: ['enable-backup-before-restore'],
    steps: [
      {
        text: 'List every personal Microsoft address you might have used: Outlook.com, Hotmail, Live, MSN, or another email you signed up with. If the old phone still works, Authenticator > menu > "Settings" there shows which account the backup uses.',
        sources: [
          { source: 'qa-not-stored', says: '(for example an old Outlook/Hotmail/Live address)' },
          {
            source: 'ms-transfer',
            says: 'Select a Microsoft personal account where the backup will be stored.',
          },
        ],
      },
      {
        text: 'On the new phone, sign out of the account you just tried in Authenticator. Tap "Restore from backup" or "Begin recovery" again and sign in with the next address.',
        offers: ['other-microsoft-accounts'],
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Before signing into any account in Authenticator, choose Restore from backup or Begin recovery.',
          },
          {
            source: 'qa-not-stored',
            says: 'sign out in Authenticator and sign in with that other account, then try restore again',
          },
        ],
      },
      {
        text: "If you can't sign in to one of those accounts, get back into it first with Microsoft's account recovery, then try it.",
        offers: ['microsoft-account-recovery'],
        sources: [
          {
            source: 'ms-password-reset',
            says: 'For your protection, Microsoft must verify your identity before you can proceed with resetting your password.',
          },
          {
            source: 'ms-recovery-form',
            says: 'The steps below will help guide you when filling out the account recovery form.',
          },
        ],
      },
      {
        text: "Check the backup was made on the same kind of phone. An iPhone backup can't restore on Android, or the reverse.",
        sources: [
          {
            source: 'ms-backup',
            says: 'accounts backed up using an iOS device cannot be restored on an Android device',
          },
          { source: 'ms-transfer', says: "you're restoring to the same device type" },
        ],
      },
      {
        text: "If none of your accounts has the backup, it can't be restored. Get back into each account through its own recovery.",
        does: ['declare-lost'],
        plan: true,
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your account within the app',
          },
          {
            source: 'qa-not-stored',
            says: 'If backup was not enabled or was disabled before the phone died, there is no stored backup to restore and the accounts must be added again manually.',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: 'The advice to try other addresses comes from user reports and an AI-written answer on Microsoft Q&A, not from a Microsoft article.',
        sources: [
          {
            source: 'qa-not-stored',
            says: 'If there is any chance another personal Microsoft account was used previously',
          },
        ],
      },
      {
        text: 'A backup can also be missing because it was replaced from another phone signed in to the same account. Users report that an account keeps only one backup.',
        sources: [
          {
            source: 'gh-overwrite-2020',
            says: 'there is no other way to restore it because there is only one copy of it',
          },
        ],
      },
    ],
    related: ['microsoft-account-recovery', 'backup-overwritten', 'service-recovery'],
  },
  'restore-sign-in-error': {
    title: 'Get past "Something went wrong" while restoring',
    summary:
      'Users report this message at the restore sign-in, or while the restore runs, with a few causes: a problem at Microsoft, a blocker or filter on the phone, the connection, or the account. Trying again does not harm your backup.',
    expect:
      'This is for the new phone you are restoring on. Don\'t turn on "Cloud Backup" on the new phone to get past this error. That can replace the backup you are trying to restore.',
    warns: ['enable-backup-before-restore'],
    steps: [
      {
        text: 'Leave "Cloud Backup" ("iCloud backup" on an older iPhone) off on the new phone, and add no accounts there yet.',
        warns: ['enable-backup-before-restore', 'add-accounts-before-restore'],
        sources: [
          {
            source: 'gh-overwrite-2021',
            says: 'it asked me if I wanted to erase the existing cloud backup',
          },
          {
            source: 'ms-backup-2019',
            says: "you must first make sure that the account you're recovering doesn't exist in the Microsoft Authenticator app",
          },
        ],
      },
      {
        text: 'Check the connection: switch between Wi-Fi and mobile data, and try once more.',
        sources: [
          {
            source: 'qa-backup-stopped',
            says: 'My authenticator stopped backing up and restore in non functional',
          },
        ],
      },
      {
        text: 'Pause any ad blocker, VPN or private DNS filter on the new phone. Users report that blocking activity.windows.com stops Authenticator from signing in for the backup.',
        sources: [
          {
            source: 'gh-hosts-399',
            says: 'When using the Android version of Microsoft Authenticator, cloud backup cannot be logged in/deleted.',
          },
        ],
      },
      {
        text: 'In a web browser, sign in to the same Microsoft account to check the password and verification work.',
        link: { label: 'Microsoft account', href: 'https://account.microsoft.com/security' },
        offers: ['same-microsoft-account'],
        sources: [
          {
            source: 'ms-backup-2019',
            says: "make sure that you're properly signed in to your account",
          },
          { source: 'ms-transfer', says: "you're using the same recovery account" },
        ],
      },
      {
        text: 'Close Authenticator, open it, and tap "Restore from backup" again. If it keeps failing, wait a day and try again: in May 2026 many users reported restores failing for days.',
        offers: ['restore-on-empty-app'],
        sources: [
          { source: 'qa-backup-stopped', says: "This problem has been plaguing 1000's of users" },
        ],
      },
      {
        text: 'Keep the old phone if you still have it: its accounts are still there.',
        warns: ['delete-app-on-old-phone'],
        sources: [
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
        text: "Microsoft has no article about this message during a restore. These causes come from users' reports on Microsoft Q&A and GitHub.",
        sources: [
          {
            source: 'qa-backup-stopped',
            says: 'My authenticator stopped backing up and restore in non functional',
          },
          { source: 'gh-hosts-399', says: 'cloud backup cannot be logged in/deleted' },
        ],
      },
    ],
    related: [
      'wrong-recovery-account',
      'microsoft-account-recovery',
      'restore-option-missing',
      'something-went-wrong',
    ],
  },
  'backup-overwritten': {
    title: 'Stop: your old backup may have been replaced',
    summary:
      'Turning on "Cloud Backup" on the new phone before restoring can replace the backup from your old phone. It\'s an easy step to take. What happens next depends on what the app asked you.',
    expect:
      "If the app asked to replace or overwrite an existing backup and you agreed, the backup from your old phone was probably replaced. If you didn't agree, it is probably still there. The steps below find out, without risking it further.",
    warns: ['enable-backup-before-restore'],
    steps: [
      {
        text: "Don't change anything else in Authenticator on either phone for now.",
        sources: [
          {
            source: 'gh-overwrite-2020',
            says: 'there is no other way to restore it because there is only one copy of it',
          },
          {
            source: 'gh-overwrite-2021',
            says: 'it asked me if I wanted to erase the existing cloud backup',
          },
        ],
      },
      {
        text: 'Whether or not you agreed, uninstall Authenticator from the new phone now, so it can\'t replace the backup again. Don\'t switch "Cloud Backup" off first.',
        warns: ['delete-backup'],
        sources: [
          { source: 'gh-overwrite-2020', says: 'I inadvertently replaced my previous backup' },
          {
            source: 'ms-backup-older',
            says: 'Kui soovite varukoopia kustutada või vale varukontoga sisse logida, tehke järgmist.',
          },
        ],
      },
      {
        text: 'If your old phone still works, your accounts are still on it. Open Authenticator there > menu > "Settings" and check "Cloud Backup" is on with your personal Microsoft account. That keeps a backup from the old phone.',
        does: ['enable-backup-on-old-phone'],
        sources: [
          { source: 'ms-transfer', says: 'Turn on Cloud Backup.' },
          {
            source: 'ms-backup-2019',
            says: 'On your Android device, select Settings, select Backup, and then turn on Cloud backup.',
          },
        ],
        offers: ['old-phone'],
      },
      {
        text: 'Install Authenticator on the new phone again and open it. Add nothing, tap "Restore from backup", and sign in with the same personal Microsoft account.',
        offers: ['restore-on-empty-app', 'same-microsoft-account'],
        warns: ['add-accounts-before-restore'],
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Before signing into any account in Authenticator, choose Restore from backup or Begin recovery.',
          },
          {
            source: 'ms-backup-2019',
            says: 'Sign in to your recovery account, using the same personal Microsoft account you used during the backup process.',
          },
        ],
      },
      {
        text: "If it finds no backup, try the other personal Microsoft accounts you may have used. If you can't sign in to one, recover it with Microsoft first.",
        offers: ['other-microsoft-accounts', 'microsoft-account-recovery'],
        sources: [
          {
            source: 'qa-not-stored',
            says: 'If there is any chance another personal Microsoft account was used previously',
          },
          {
            source: 'ms-recovery-form',
            says: 'The steps below will help guide you when filling out the account recovery form.',
          },
        ],
      },
      {
        text: 'If none of them has it, or it brings back only what the new phone had, the old backup is gone. Recover each account through its own process.',
        does: ['declare-lost'],
        plan: true,
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your account within the app',
          },
          {
            source: 'gh-overwrite-2020',
            says: 'there is no other way to restore it because there is only one copy of it',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: "Microsoft doesn't document this. What we know comes from user reports on GitHub, where a Microsoft docs responder said only one backup copy exists.",
        sources: [
          {
            source: 'gh-overwrite-2020',
            says: 'As far as I know if you have erased it from backup there is no other way to restore it because there is only one copy of it',
          },
          {
            source: 'gh-overwrite-2021',
            says: 'it asked me if I wanted to erase the existing cloud backup',
          },
        ],
      },
      {
        text: 'We don\'t know for sure what switching "Cloud Backup" off on the new phone does to the stored backup. An older Microsoft article gives steps to delete the backup from these same settings, so we suggest reinstalling instead.',
        sources: [
          {
            source: 'ms-backup-older',
            says: 'Kui soovite varukoopia kustutada või vale varukontoga sisse logida, tehke järgmist.',
          },
          { source: 'ms-transfer', says: 'delete the existing backup and create a new backup' },
        ],
      },
    ],
    related: ['service-recovery', 'restore-option-missing', 'restored-sign-in'],
  },
};
