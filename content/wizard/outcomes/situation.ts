/**
 * Results that follow from the person's situation rather than the app's mechanics: a working
 * old phone, only work accounts, an administrator role, a message on the screen, accounts
 * deleted or wiped on the phone in hand.
 */
export const situationOutcomes = {
  'old-phone-fresh-backup': {
    title: 'Your old phone still has your accounts: use it to move them',
    summary:
      'While the old phone works and shows your accounts, nothing is lost. Make a fresh backup from it. If that fails, you can still move your accounts one at a time while the old phone can approve your sign-ins.',
    expect:
      "Keep the old phone as it is until every account works on the new one. Don't delete Authenticator or any account on it, and don't erase or hand it in.",
    warns: ['delete-app-on-old-phone', 'enable-backup-before-restore'],
    steps: [
      {
        text: 'On the new phone, leave "Cloud Backup" off and add no accounts yet. If you already added some, uninstall Authenticator from the new phone: the old phone still has them. An account you set up new on this phone is the exception: first check you can sign in to it another way.',
        warns: ['enable-backup-before-restore', 'add-accounts-before-restore'],
        sources: [
          {
            source: 'ms-backup-2019',
            says: "you must first make sure that the account you're recovering doesn't exist in the Microsoft Authenticator app",
          },
          {
            source: 'gh-overwrite-2020',
            says: 'with this I inadvertently replaced my previous backup that I had with that email',
          },
        ],
      },
      {
        text: 'On the old phone, open Authenticator > menu > "Settings" and check "Cloud Backup" is on. Note the personal Microsoft account it uses: that is the one to sign in with on the new phone.',
        does: ['enable-backup-on-old-phone'],
        offers: ['old-phone'],
        sources: [
          {
            source: 'ms-transfer',
            says: 'Select a Microsoft personal account where the backup will be stored.',
          },
        ],
      },
      {
        text: 'Keep the old phone online for a few minutes, so the backup is up to date. Then, on the new phone, install Authenticator again, tap "Restore from backup" before adding anything, and sign in with that account.',
        offers: ['restore-on-empty-app', 'same-microsoft-account'],
        sources: [
          { source: 'ms-transfer', says: "you're using the same recovery account" },
          {
            source: 'ms-backup-2019',
            says: 'Sign in to your recovery account, using the same personal Microsoft account you used during the backup process.',
          },
        ],
      },
      {
        text: 'If the restore still fails, move each account by hand instead: on a computer, sign in to the account, open its security or two-step settings, add Authenticator on the new phone, and approve that sign-in with the old phone.',
        does: ['add-accounts-before-restore'],
        offers: ['old-phone'],
        plan: true,
        sources: [
          { source: 'qa-not-stored', says: 'the accounts must be added again manually' },
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
      {
        text: 'Work or school accounts: sign in to each one in Authenticator on the new phone, or add it at "Security info", using the old phone to approve.',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        sources: [
          { source: 'ms-transfer', says: 'You still need to sign in again to complete setup.' },
        ],
      },
      {
        text: 'Keep the old phone until you can sign in to the accounts you use most from the new one.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
    ],
    uncertain: [],
    related: ['restored-sign-in', 'wrong-recovery-account', 'backup-overwritten'],
  },
  'backup-erase-prompt': {
    title: "Don't confirm: the backup you need is still there",
    summary:
      'Authenticator on the new phone found a backup already stored with that Microsoft account, and asks whether to replace it. That backup is the one you want to restore: replacing it would lose it.',
    expect:
      'Microsoft keeps only one backup per account, so a replaced backup cannot be brought back. Cancel or go back, and restore it first.',
    warns: ['enable-backup-before-restore'],
    steps: [
      {
        text: 'Tap "Cancel" or go back. Don\'t confirm anything that replaces, erases or overwrites the backup, and leave "Cloud Backup" off on this phone.',
        warns: ['enable-backup-before-restore', 'delete-backup'],
        sources: [
          {
            source: 'gh-overwrite-2021',
            says: 'it asked me if I wanted to erase the existing cloud backup',
          },
          {
            source: 'gh-overwrite-2020',
            says: 'there is no other way to restore it because there is only one copy of it',
          },
        ],
      },
      {
        text: 'Uninstall Authenticator from the new phone and install it again, so it holds no accounts. If you set up an account new on this phone, first check you can sign in to it another way, such as a text message or a backup code.',
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
        text: 'Open it, tap "Restore from backup" (or "Begin recovery") before adding anything, and sign in with the same personal Microsoft account.',
        offers: ['restore-on-empty-app', 'same-microsoft-account'],
        sources: [
          { source: 'ms-transfer', says: "you're using the same recovery account" },
          {
            source: 'qa-restore-option',
            says: 'Before signing into any account in Authenticator, choose Restore from backup or Begin recovery.',
          },
        ],
      },
      {
        text: 'Once your accounts are back and each one works, turn on "Cloud Backup" on the new phone.',
        does: ['enable-backup-after-restore'],
        sources: [{ source: 'ms-transfer', says: 'Turn on Cloud Backup.' }],
      },
    ],
    uncertain: [
      {
        text: "The prompt to replace the backup is described by users, not in Microsoft's current articles. A Microsoft docs reply says an account keeps only one backup.",
        sources: [
          {
            source: 'gh-overwrite-2021',
            says: 'it asked me if I wanted to erase the existing cloud backup',
          },
          { source: 'gh-overwrite-2020', says: 'because there is only one copy of it' },
        ],
      },
    ],
    related: ['backup-overwritten', 'restore-option-missing'],
  },
  'ios-no-icloud-backup': {
    title: '"No backup stored in your iCloud account": check iCloud, not your Microsoft account',
    summary:
      "This message comes from the older iPhone backup, which is kept in iCloud. It means this iPhone's iCloud has no Authenticator backup: usually a different Apple Account, or iCloud Drive off on one of the iPhones.",
    expect:
      'Your Microsoft account is not the problem here, so signing in with another one will not help. Nothing has been lost yet.',
    steps: [
      {
        text: 'On this iPhone, open Settings and tap your name: check it is the Apple Account the old iPhone used. If not, sign in with that one.',
        offers: ['same-apple-account'],
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'For iOS this means that you must be signed into iCloud using the same AppleID account as your iPhone.',
          },
        ],
      },
      {
        text: 'Tap "iCloud" > "iCloud Drive" and check "Sync this iPhone" is on. Give it a few minutes on Wi-Fi.',
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'For iOS only, you must have an iCloud account for the actual storage location.',
          },
          { source: 'ms-transfer', says: 'Enable iCloud Drive on your iOS device.' },
        ],
      },
      {
        text: 'If your old iPhone still works: update Authenticator there and open it once, and check iCloud Drive, "Passwords" and iCloud Backup are on, so it makes the current iCloud Keychain backup too.',
        offers: ['keychain-sync'],
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
          },
          {
            source: 'ms-transfer',
            says: 'To back up Authenticator on an iOS device, enable iCloud Drive, Keychain, and Backup for Authenticator.',
          },
        ],
      },
      {
        text: 'Then delete and reinstall Authenticator on this iPhone, open it, and add nothing. If your account names appear, sign in to each. If "Begin recovery" appears, try it again with the personal Microsoft account the old backup used.',
        offers: ['reinstall', 'restore-on-empty-app'],
        warns: ['add-accounts-before-restore'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'users will see their account names automatically appear in the Authenticator app and can sign in to complete setup',
          },
          { source: 'ms-backup-2019', says: 'select Begin recovery from the bottom of the screen' },
        ],
      },
    ],
    uncertain: [
      {
        text: "This message is quoted by users. Microsoft's 2019 article says the older iPhone backup needs the same Apple Account in iCloud; current articles don't mention the message.",
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must be signed into iCloud using the same AppleID account as your iPhone',
          },
        ],
      },
    ],
    related: ['ios-same-apple-account', 'apple-account-recovery', 'ios-legacy-restore'],
  },
  'restore-came-back-empty': {
    title: 'The restore ran but brought nothing back',
    summary:
      'The backup you signed in to holds no accounts. Usually another phone, or this one, replaced it with an empty backup; sometimes the real backup is with another Microsoft account.',
    expect:
      'Leave "Cloud Backup" off on this phone until your accounts are back, so nothing replaces the backup again.',
    warns: ['enable-backup-before-restore'],
    steps: [
      {
        text: 'Think of every personal Microsoft address you have used: Outlook.com, Hotmail, Live, or an older one. Uninstall Authenticator, install it again, and try "Restore from backup" with each.',
        offers: ['other-microsoft-accounts', 'restore-on-empty-app'],
        sources: [
          {
            source: 'qa-not-stored',
            says: 'If there is any chance another personal Microsoft account was used previously (for example an old Outlook/Hotmail/Live address), sign out in Authenticator and sign in with that other account, then try restore again.',
          },
          { source: 'ms-transfer', says: "you're using the same recovery account" },
        ],
      },
      {
        text: "If you can't sign in to one of them, recover that Microsoft account first.",
        offers: ['microsoft-account-recovery'],
        link: {
          label: 'Reset your Microsoft account password',
          href: 'https://account.live.com/password/reset',
        },
        sources: [
          {
            source: 'ms-password-reset',
            says: 'For your protection, Microsoft must verify your identity before you can proceed with resetting your password.',
          },
        ],
      },
      {
        text: 'If none of them brings your accounts back, recover each account through its own process. Start with your email accounts, then your Microsoft account, then the rest.',
        does: ['declare-lost'],
        plan: true,
        sources: [
          { source: 'gh-overwrite-2020', says: 'there is no other way to restore it' },
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your account within the app',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: 'Why a restore brings back nothing is reported by users, not explained by Microsoft. A docs reply says an account keeps only one backup, so a replaced one is gone.',
        sources: [
          { source: 'gh-overwrite-2020', says: 'there is only one copy of it' },
          {
            source: 'gh-overwrite-2021',
            says: 'it asked me if I wanted to erase the existing cloud backup',
          },
        ],
      },
    ],
    related: ['wrong-recovery-account', 'microsoft-account-recovery', 'service-recovery'],
  },
  'send-logs-support': {
    title: 'Send the logs, and take the reference ID to Microsoft support',
    summary:
      'An error that asks for logs and shows an ID is one only Microsoft can look into. The ID lets their support find your logs.',
    expect:
      "Leave everything as it is while you wait: don't turn on backup on this phone and don't delete the backup. Your backup is not changed by sending logs.",
    warns: ['enable-backup-before-restore', 'delete-backup'],
    steps: [
      {
        text: 'Tap to send the logs, and write down the reference or incident ID it shows, exactly.',
        sources: [
          {
            source: 'qa-submit-logs',
            says: 'it gives me an error and to submit logs. I did that on the app and it gave me this folio',
          },
        ],
      },
      {
        text: 'Contact Microsoft support for your personal Microsoft account, and give them the ID. For a work or school account, give it to your IT help desk.',
        link: { label: 'Microsoft support', href: 'https://support.microsoft.com/contactus' },
        sources: [
          {
            source: 'qa-submit-logs',
            says: 'keep that ID and share it with support or IT admin if this is a work/school-managed device',
          },
          { source: 'ms-transfer', says: 'contact your admin or help desk' },
        ],
      },
      {
        text: 'Meanwhile, try once more later, on another network, with any ad blocker or private DNS filter paused.',
        offers: ['restore-on-empty-app'],
        sources: [
          {
            source: 'gh-hosts-399',
            says: 'When using the Android version of Microsoft Authenticator, cloud backup cannot be logged in/deleted.',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: "This error and its ID are reported by users; Microsoft's articles don't describe it.",
        sources: [{ source: 'qa-submit-logs', says: 'it gives me an error and to submit logs' }],
      },
    ],
    related: ['restore-sign-in-error', 'something-went-wrong'],
  },
  'work-scan-qr': {
    title: 'Get a new QR code from your organization\'s "Security info" page',
    summary:
      'A restored work or school account keeps only its name. To finish, it needs a new QR code, which your account\'s "Security info" page makes for you.',
    steps: [
      {
        text: 'On a computer, open "Security info" and sign in with your work or school account.',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        sources: [{ source: 'ms-transfer', says: 'Go to Security info at aka.ms/mysecurityinfo' }],
      },
      {
        text: 'Choose "Add sign-in method", pick Microsoft Authenticator, and follow the steps until a QR code shows.',
        sources: [{ source: 'ms-transfer', says: 'select Add sign-in method' }],
      },
      {
        text: 'In Authenticator on the phone, tap the account and scan that QR code.',
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'For work or school accounts, you must scan a QR code given to you by your account provider.',
          },
        ],
      },
      {
        text: "If you can't sign in to Security info, contact your IT help desk: they can give you a Temporary Access Pass to sign in and register the phone.",
        sources: [
          {
            source: 'ms-tap',
            says: 'Users can sign in with a Temporary Access Pass to onboard other authentication methods including passwordless methods such as Microsoft Authenticator',
          },
          { source: 'ms-mfa-reregister', says: 'Require a user to re-register for MFA.' },
        ],
      },
    ],
    uncertain: [],
    related: ['work-school-account', 'restored-sign-in'],
  },
  'work-prompts-old-phone': {
    title: 'Register Authenticator on the new phone for your work account',
    summary:
      'Moving everything with Quick Start or a whole-phone restore copies the app, but your work or school account is still registered to the old phone, so its approvals go there.',
    expect: 'Keep the old phone until the new one gets the approvals.',
    warns: ['delete-app-on-old-phone'],
    steps: [
      {
        text: 'In Authenticator on the new phone, tap the work or school account and sign in again.',
        sources: [{ source: 'ms-transfer', says: 'open the account and sign in again' }],
      },
      {
        text: 'If approvals still go to the old phone, open "Security info" on a computer, choose "Add sign-in method" and add Authenticator on the new phone. Approve that sign-in with the old phone.',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        sources: [
          {
            source: 'ms-transfer',
            says: 'Go to Security info at aka.ms/mysecurityinfo, select Add sign-in method',
          },
        ],
      },
      {
        text: 'When the new phone works, remove the old phone from "Security info".',
        sources: [
          { source: 'ms-transfer', says: 'remove old passkeys or devices that you no longer use' },
        ],
      },
      {
        text: "If you no longer have the old phone and can't sign in, contact your IT help desk for a Temporary Access Pass.",
        sources: [
          {
            source: 'ms-tap',
            says: 'A Temporary Access Pass also makes recovery easier when a user has lost or forgotten their strong authentication factor like a FIDO2 security key or Microsoft Authenticator app',
          },
        ],
      },
    ],
    uncertain: [],
    related: ['work-school-account', 'restored-sign-in'],
  },
  'passkeys-not-restored': {
    title: 'Set up a new passkey on this phone',
    summary:
      'Passkeys kept in Authenticator are tied to the phone they were made on. They are not in the backup, so they never come back with it: you make a new one on this phone.',
    steps: [
      {
        text: 'If you still have the old phone, sign in with its passkey first. If not, sign in another way, such as a code or approval.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'If you still have access to the old device, use it to sign in first.',
          },
          {
            source: 'ms-authenticator-passkeys',
            says: 'use the passkey on an older device, or use another authentication method to re-create the passkey',
          },
        ],
      },
      {
        text: 'For a work or school account, open "Security info", choose "Add sign-in method", and pick "Passkey in Microsoft Authenticator". For other accounts, add a passkey in that account\'s security settings.',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        sources: [
          {
            source: 'ms-transfer',
            says: 'select Add sign-in method, and choose Passkey or Passkey in Microsoft Authenticator',
          },
        ],
      },
      {
        text: 'Test a sign-in with the new passkey. Then remove the old passkey or phone from the account.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'After the new passkey works, remove old passkeys or devices that you no longer use.',
          },
        ],
      },
      {
        text: "If your organization doesn't let you add a passkey yourself, or you can't sign in, contact your IT help desk.",
        sources: [
          {
            source: 'ms-transfer',
            says: "If your IT admin doesn't allow self-service passkey setup, contact your admin or help desk for the approved recovery or registration process.",
          },
          {
            source: 'ms-tap',
            says: 'Users can sign in with a Temporary Access Pass to onboard other authentication methods',
          },
        ],
      },
    ],
    uncertain: [],
    related: ['work-school-account', 'not-in-backup'],
  },
  'cross-platform-no-old-phone': {
    title: 'Restore on a phone of the old kind, or recover each account',
    summary:
      'A backup restores only on the kind of phone that made it: an iPhone backup on an iPhone, an Android backup on an Android phone. Without the old phone, the backup can still be opened on another phone of that kind.',
    expect:
      'If you can borrow or reuse a phone of the old kind, your backup may still come back there, and you can move each account from it.',
    steps: [
      {
        text: 'Find a phone of the same kind as the old one: a spare, an old one, or one you can borrow. Sign it in to the same Apple Account (iPhone) and install Authenticator.',
        offers: ['device-of-the-old-kind'],
        sources: [
          { source: 'ms-backup', says: 'You can only backup and restore on the same device type' },
          { source: 'ms-transfer', says: "you're restoring to the same device type" },
        ],
      },
      {
        text: 'On that phone, restore as usual: on an iPhone, turn on iCloud Keychain and open Authenticator; on Android, tap "Restore from backup" and sign in with the personal Microsoft account that held it.',
        offers: ['device-of-the-old-kind'],
        sources: [
          { source: 'ms-transfer', says: 'Enable iCloud Keychain on your iOS device.' },
          {
            source: 'qa-restore-option',
            says: 'Sign in with the same personal Microsoft account that was used for backup on the old device.',
          },
        ],
      },
      {
        text: 'Once the accounts are on that phone, move each one to your new phone by hand: sign in to the account, add Authenticator on the new phone, and approve with the other phone.',
        does: ['add-accounts-before-restore'],
        plan: true,
        sources: [
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
      {
        text: 'No phone of the old kind? Recover each account through its own process. Work or school accounts: ask your IT help desk.',
        does: ['declare-lost'],
        plan: true,
        sources: [
          { source: 'ms-transfer', says: 'contact your admin or help desk' },
          {
            source: 'ms-backup-2019',
            says: 'If you make the switch, you must manually recreate your accounts within the Microsoft Authenticator app.',
          },
        ],
      },
    ],
    uncertain: [],
    related: ['cross-platform', 'service-recovery', 'work-school-account'],
  },
  'no-backup-android': {
    title: 'Check once, then recover each account through its own process',
    summary:
      'On Android, a backup exists only if "Cloud Backup" was turned on. If it never was, there is nothing to restore, and each account comes back through its own recovery.',
    expect: "Not completely sure? The check in step 1 takes a minute and can't harm anything.",
    steps: [
      {
        text: 'On the new phone, install Authenticator, add nothing, and tap "Restore from backup". Sign in with each personal Microsoft address you have used. If the accounts come back, you are done.',
        offers: ['restore-on-empty-app', 'same-microsoft-account', 'other-microsoft-accounts'],
        warns: ['add-accounts-before-restore'],
        sources: [
          { source: 'ms-transfer', says: "you're using the same recovery account" },
          {
            source: 'qa-restore-option',
            says: 'Before signing into any account in Authenticator, choose Restore from backup or Begin recovery.',
          },
        ],
      },
      {
        text: "If you can't sign in to your Microsoft account, recover it first: Microsoft's sign-in help starts with a password reset.",
        offers: ['microsoft-account-recovery'],
        link: {
          label: 'Reset your Microsoft account password',
          href: 'https://account.live.com/password/reset',
        },
        sources: [
          {
            source: 'ms-password-reset',
            says: 'If the "Enter password" window is still open select Forgot password?',
          },
        ],
      },
      {
        text: 'If nothing comes back, recover each account through its own process: email accounts first, then the rest. For work or school accounts, ask your IT help desk.',
        does: ['declare-lost'],
        plan: true,
        sources: [
          { source: 'ms-transfer', says: 'contact your admin or help desk' },
          { source: 'qa-not-stored', says: 'the accounts must be added again manually' },
        ],
      },
      {
        text: 'When the accounts work on the new phone, turn on "Cloud Backup" there, so this never happens again.',
        does: ['enable-backup-after-restore'],
        sources: [{ source: 'ms-transfer', says: 'Turn on Cloud Backup.' }],
      },
    ],
    uncertain: [],
    related: ['service-recovery', 'microsoft-account-recovery', 'work-school-account'],
  },
  'deleted-accounts': {
    title: 'Accounts deleted from Authenticator: check other devices, then recover each one',
    summary:
      "Microsoft's pages don't say whether an account you delete stays in the backup, so don't count on it. Another phone or tablet with Authenticator may still have the account; otherwise it comes back through its own recovery.",
    expect:
      "The account itself still exists: only its codes left the app. Don't reinstall Authenticator or restore over what you have, as that can lose the accounts still there.",
    steps: [
      {
        text: 'Check any other phone or tablet where you use Authenticator: if the account is there, use it to sign in, then add the account again on this phone.',
        offers: ['other-device'],
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'both are valid and work while signing in using the associated phone',
          },
        ],
      },
      {
        text: 'Otherwise, sign in to the account another way: a backup code you saved, a text message, or email. Look for "Try another way" or "Use a recovery code" on its sign-in page.',
        plan: true,
        sources: [
          {
            source: 'ms-password-reset',
            says: 'Microsoft will send a verification code to the email or phone number you selected.',
          },
          {
            source: 'ms-two-step',
            says: 'It uses two different forms of identity: your password, and a contact method',
          },
        ],
      },
      {
        text: 'For a work or school account, open "Security info" and add Authenticator again, or ask your IT help desk for a Temporary Access Pass.',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        sources: [
          { source: 'ms-transfer', says: 'Go to Security info at aka.ms/mysecurityinfo' },
          {
            source: 'ms-tap',
            says: 'A Temporary Access Pass also makes recovery easier when a user has lost or forgotten their strong authentication factor',
          },
        ],
      },
      {
        text: 'Once you are in, add the account to Authenticator again, and save the backup codes the service offers.',
        does: ['add-accounts-before-restore'],
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your account within the app',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: 'Microsoft said in 2019 that a backup can go out of date, and that you may be asked to sign in to your recovery account again to refresh it. Its current articles say nothing on deleted accounts.',
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'If your backup information is out-of-date, you might be asked to refresh the information by signing in to your Microsoft Recovery account again.',
          },
        ],
      },
    ],
    related: ['service-recovery', 'work-school-account'],
  },
  'rooted-device': {
    title: 'Authenticator blocks work accounts on a jailbroken or rooted phone',
    summary:
      'Since 2026, Microsoft Authenticator blocks work or school accounts on a phone it finds jailbroken (iPhone) or rooted (Android), and then removes them from it. The rule is for work or school accounts.',
    expect:
      'Your work or school account is fine: only this phone is refused. It comes back once it is added on a phone that is not modified.',
    steps: [
      {
        text: "Use a phone that is not jailbroken or rooted, or restore this one to its standard software. For help with that, Microsoft says to contact your organization's support team.",
        sources: [
          {
            source: 'ms-jailbreak',
            says: "For help removing jailbreak or rooted modifications, or about how to ensure continued sign-in, contact your organization's support team.",
          },
        ],
      },
      {
        text: 'On that phone, add your work or school account at "Security info", using another sign-in method to get in.',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        sources: [
          {
            source: 'ms-transfer',
            says: 'Go to Security info at aka.ms/mysecurityinfo, select Add sign-in method',
          },
        ],
      },
      {
        text: "If you can't sign in another way, ask your IT help desk for a Temporary Access Pass.",
        sources: [{ source: 'ms-tap', says: 'A Temporary Access Pass also makes recovery easier' }],
      },
    ],
    uncertain: [],
    related: ['work-school-account'],
  },
  'admin-another-admin': {
    title: 'Ask another administrator to reset your sign-in methods',
    summary:
      'Another administrator of your organization can make you register your sign-in methods again, or give you a Temporary Access Pass, a time-limited code to sign in and register a new phone.',
    steps: [
      {
        text: 'First, at the sign-in prompt, choose "Other verification options" (or "Sign in another way") and pick another method you registered, such as a text or call to your phone number. If it works, add Authenticator on your new phone at "Security info".',
        sources: [
          {
            source: 'ms-other-verification',
            says: 'If you have set up other options for security verification, select Other verification options, and then try again by selecting a different option.',
          },
          {
            source: 'ms-transfer',
            says: 'Go to Security info at aka.ms/mysecurityinfo, select Add sign-in method',
          },
        ],
      },
      {
        text: 'Ask an administrator with the Authentication Administrator, Privileged Authentication Administrator or Global Administrator role. For an administrator account like yours, it usually takes a Privileged Authentication Administrator or Global Administrator.',
        sources: [
          {
            source: 'ms-mfa-reregister',
            says: "If you're assigned the Authentication Administrator role, you can require users to reset their password, re-register for MFA, or revoke existing MFA sessions from their user object.",
          },
        ],
      },
      {
        text: 'They open your user in the Microsoft Entra admin center, under "Authentication methods", and choose "Require re-register multifactor authentication", or issue you a Temporary Access Pass.',
        sources: [
          {
            source: 'ms-mfa-reregister',
            says: 'Choose the user you wish to perform an action on and select Authentication methods.',
          },
          {
            source: 'ms-tap',
            says: 'Users can sign in with a Temporary Access Pass to onboard other authentication methods',
          },
        ],
      },
      {
        text: 'Sign in, then add Authenticator on your phone at "Security info".',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        sources: [
          { source: 'ms-transfer', says: 'Go to Security info at aka.ms/mysecurityinfo' },
          {
            source: 'ms-tap',
            says: 'Authentication methods are registered at https://aka.ms/mysecurityinfo.',
          },
        ],
      },
      {
        text: 'Guest accounts in other organizations are separate: ask the administrator of each of those organizations to reset your sign-in there, for example by resetting your redemption status and inviting you again.',
        sources: [
          {
            source: 'ms-guest-reset-redemption',
            says: "reset the user's redemption status and reinvite the user",
          },
        ],
      },
    ],
    uncertain: [],
    related: ['admin-support-case', 'work-school-account'],
  },
  'admin-support-case': {
    title:
      "You're the only administrator: use an emergency access account, or open a Microsoft support case",
    summary:
      'When no other administrator can reset your sign-in methods, an emergency access ("break glass") account, if your organization made one, can. Otherwise, open a support request with Microsoft.',
    steps: [
      {
        text: 'First, at the sign-in prompt, choose "Other verification options" (or "Sign in another way") and pick another method you registered, such as a text or call to your phone number. If it works, add Authenticator on your new phone at "Security info".',
        sources: [
          {
            source: 'ms-other-verification',
            says: 'If you have set up other options for security verification, select Other verification options, and then try again by selecting a different option.',
          },
          {
            source: 'ms-transfer',
            says: 'Go to Security info at aka.ms/mysecurityinfo, select Add sign-in method',
          },
        ],
      },
      {
        text: 'If your organization has an emergency access account, sign in with it and reset your own sign-in methods, as another administrator would.',
        sources: [
          {
            source: 'ms-emergency-access',
            says: 'You can mitigate the impact of accidental lack of administrative access by creating two or more emergency access accounts in your organization.',
          },
          { source: 'ms-mfa-reregister', says: 'Require a user to re-register for MFA.' },
        ],
      },
      {
        text: 'Otherwise, open a support request with Microsoft. Microsoft offers support online and by phone; if you cannot sign in to open one, call, and say you are the only Global Administrator and are locked out by multifactor authentication.',
        link: {
          label: 'Microsoft 365 and Entra support',
          href: 'https://learn.microsoft.com/en-us/entra/fundamentals/how-to-get-support',
        },
        sources: [{ source: 'ms-entra-support', says: 'Support is available online and by phone' }],
      },
      {
        text: 'Once you are back in, create two emergency access accounts, so that one lost phone can never lock your organization out again.',
        sources: [
          { source: 'ms-emergency-access', says: 'Create two or more emergency access accounts.' },
        ],
      },
    ],
    uncertain: [],
    related: ['admin-another-admin', 'work-school-account'],
  },
};
