/** Results that send the person elsewhere: account recovery, IT, and each service's own. */
export const recoveryOutcomes = {
  'microsoft-account-recovery': {
    title: 'Get back into your personal Microsoft account',
    summary:
      "On Android, and with the older iPhone backup, the backup is stored with a personal Microsoft account. You need to sign in to it before you can restore. Microsoft support can't restore Authenticator data for you.",
    expect:
      'Your backup waits with the account while you recover it. Don\'t turn on "Cloud Backup" on a new phone in the meantime: it can replace that backup.',
    warns: ['enable-backup-before-restore'],
    steps: [
      {
        text: 'Try resetting your password first. With two-step verification on, Microsoft asks for two proofs, such as a code sent to an email address and one sent to a phone number on the account.',
        link: {
          label: 'Reset your Microsoft account password',
          href: 'https://account.live.com/password/reset',
        },
        sources: [
          {
            source: 'ms-password-reset',
            says: 'For your protection, Microsoft must verify your identity before you can proceed with resetting your password.',
          },
          {
            source: 'ms-two-step',
            says: 'if you forget your password, you need two contact methods',
          },
        ],
      },
      {
        text: 'If you saved a Microsoft account recovery code (25 letters and numbers), choose to use it. Only the newest code you made works.',
        sources: [
          {
            source: 'ms-recovery-code',
            says: 'As soon as you create a new recovery code, any previous codes will no longer work.',
          },
        ],
      },
      {
        text: 'If you know your password but none of your security info works, choose "I don\'t have any of these" and replace your security info. Microsoft makes you wait 30 days before the new info works. If you get back one of your old methods meanwhile, you can cancel the change.',
        sources: [
          {
            source: 'ms-security-info-wait',
            says: 'After the process of resetting your security information has started, you must wait the full 30 days for it to complete. However, if you regain access to a piece of your original security info, you can cancel the replacement yourself.',
          },
        ],
      },
      {
        text: "If nothing else works, open Microsoft's help for the recovery form. Microsoft says the form can't help if two-step verification is on and you can't use any of your other methods. It suggests trying the Sign-in Helper first: the link is on that page.",
        link: {
          label: 'Help with the recovery form',
          href: 'https://support.microsoft.com/en-us/account-billing/help-with-the-microsoft-account-recovery-form-b19c02d1-a782-dee6-93c3-dc8113b20c42',
        },
        sources: [
          {
            source: 'ms-recovery-form',
            says: 'If you have turned on two-step verification and cannot access any of the alternate methods to get a verification, we cannot help you, sorry.',
          },
        ],
      },
      {
        text: 'Then fill in the account recovery form. Give an email address you can open: Microsoft replies there within 24 hours. Add as much detail as you can, like old passwords and email subject lines.',
        link: { label: 'Microsoft account recovery form', href: 'https://account.live.com/acsr' },
        sources: [
          {
            source: 'ms-recovery-form',
            says: 'Microsoft will review your answers and respond within 24 hours.',
          },
        ],
      },
      {
        text: "Once you're back in, come back here and restore the backup.",
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'Sign in to your recovery account, using the same personal Microsoft account you used during the backup process.',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: 'On an iPhone with a current version of Authenticator, the backup is in your Apple Account, not a Microsoft account. Apple Account recovery applies there instead.',
        sources: [
          {
            source: 'ms-backup',
            says: 'To back up your accounts on an iOS device you need to enable iCloud',
          },
          {
            source: 'ms-message-center',
            says: 'This update eliminates the need for a Microsoft personal account to back up account names and third-party TOTP',
          },
        ],
      },
    ],
    related: ['apple-account-recovery', 'personal-account-sign-in'],
  },
  'apple-account-recovery': {
    title: 'Get back into your Apple Account',
    summary:
      "On iPhone, the current Authenticator backup is kept in your Apple Account's iCloud Keychain. Recover that account with Apple first, then come back and restore.",
    expect:
      "Apple's account recovery can take several days or longer. While it runs, follow Apple's warnings below: a wrong step can cancel it. When you're back in, never choose \"reset end-to-end encrypted data\": it deletes the backup.",
    warns: ['reset-encrypted-data'],
    steps: [
      {
        text: "First, try to reset your Apple Account password on a device you're already signed in to, or with the Apple Support app on a family member's device.",
        link: {
          label: "Apple's account recovery guide",
          href: 'https://support.apple.com/en-us/118574',
        },
        sources: [
          {
            source: 'apple-account-recovery',
            says: 'Learn how to reset your Apple ID password on a trusted device or through the Apple Support app on a family member’s iPhone, iPad, or iPod touch.',
          },
        ],
      },
      {
        text: "If you set up a recovery key, you need it to reset your password: Apple's account recovery isn't available for accounts with one. If you set up a recovery contact, ask them to help.",
        sources: [
          {
            source: 'apple-account-recovery',
            says: 'If you set up an account recovery contact, they can also help you reset your password.',
          },
        ],
      },
      {
        text: 'If none of that works, start account recovery: try to sign in in Settings on your iPhone, or go to iforgot.apple.com.',
        link: {
          label: 'Apple account recovery (iforgot.apple.com)',
          href: 'https://iforgot.apple.com',
        },
        sources: [
          {
            source: 'apple-account-recovery',
            says: 'Use account recovery only as a last resort when you can’t sign in or reset your Apple ID password.',
          },
        ],
      },
      {
        text: 'If you started in a web browser (iforgot.apple.com), avoid using the device you started recovery on until recovery ends: Apple says using it might cancel the recovery. If you started in Settings or the Apple Support app, you can keep using that device. Either way, turn off your other devices signed in to your Apple Account, to avoid delays.',
        sources: [
          {
            source: 'apple-account-recovery',
            says: "If you submitted your account recovery request with through your device's browser, you should avoid using that device during this period. Using that device might cancel account recovery.",
          },
        ],
      },
      {
        text: 'Once you are back in, sign in to the new iPhone with that Apple Account and turn on "Sync this iPhone" under iCloud > "Passwords". If asked to approve it, use another device signed in to your Apple Account, or the passcode of another device you used with it (an old iPhone or iPad); never choose "reset end-to-end encrypted data".',
        does: ['approve-keychain'],
        warns: ['reset-encrypted-data'],
        offers: ['same-apple-account', 'keychain-sync'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
        ],
      },
      {
        text: 'Keep the new iPhone on Wi-Fi for a while. Then delete Authenticator from it, install it again and open it.',
        offers: ['wait-and-retry', 'reinstall'],
        sources: [
          {
            source: 'ms-message-center',
            says: 'When setting up a new iOS device, users will see their account names automatically appear in the Authenticator app',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: 'If your old iPhone used the older "iCloud backup" switch in Authenticator, you may also need the personal Microsoft account it used.',
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'Each backup storage location requires you to have one personal Microsoft account, while iOS also requires you to have an iCloud account.',
          },
          {
            source: 'ms-message-center',
            says: 'The existing in-app backup feature that requires a Microsoft personal account will be removed.',
          },
        ],
      },
    ],
    related: ['ios-keychain-approval', 'ios-same-apple-account'],
  },
  'work-school-account': {
    title: 'Set up your work or school account again',
    summary:
      "The backup only keeps the name of a work or school account. You sign in again on the new phone. If that fails, your organization's help desk can get you back in.",
    steps: [
      {
        text: 'If Authenticator lists the work or school account, tap it and sign in: red "Sign in to add your account" text is expected after a restore. If the phone was wiped and the app is empty, go straight to the next step.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'You might see red text that says "Sign in to add your account."',
          },
        ],
      },
      {
        text: 'If approvals or codes still fail, go to "Security info", sign in, and choose "Add sign-in method" to add Authenticator on the new phone. If the old phone still works, use it to approve that sign-in.',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        sources: [
          {
            source: 'ms-transfer',
            says: 'Go to Security info at aka.ms/mysecurityinfo, select Add sign-in method',
          },
        ],
      },
      {
        text: 'On Android, if your organization uses Intune, update the Company Portal app first: Microsoft says old versions stop Authenticator from registering.',
        sources: [
          {
            source: 'ms-authenticator-app',
            says: "Android users with Company Portal versions below 2111 (5.0.5333.0) can't re-register or register new instances of Authenticator",
          },
        ],
      },
      {
        text: 'First, at the sign-in prompt, choose "Other verification options" (or "Sign in another way") and pick another method you registered, such as a text or call to your phone number.',
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
        text: "If you can't sign in at all, contact your IT help desk. They can give you a Temporary Access Pass, a time-limited code that lets you sign in and register the new phone, or make you register your sign-in methods again.",
        sources: [
          { source: 'ms-tap', says: 'A Temporary Access Pass is a time-limited passcode' },
          { source: 'ms-mfa-reregister', says: 'Require a user to re-register for MFA.' },
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
      {
        text: 'If your organization uses passkeys, set up the new passkey before you remove the old phone.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'If passkeys are enforced for the account, set up a passkey for the new phone before removing the old device.',
          },
        ],
      },
      {
        text: 'When the new phone works, remove old phones you no longer use from "Security info".',
        sources: [
          { source: 'ms-transfer', says: 'remove old passkeys or devices that you no longer use' },
        ],
      },
    ],
    uncertain: [],
    related: ['restored-sign-in', 'not-in-backup'],
  },
  'service-recovery': {
    title: 'Recover each account through its own process',
    summary:
      "Every way to restore the backup has been tried, and it didn't come back. Your accounts still exist, and each service has its own way to let you back in.",
    expect:
      "We couldn't bring the old codes back, and Microsoft support can't either. Recover each account now. On iPhone, leave iCloud Keychain as it is, because the backup may still appear.",
    does: ['declare-lost'],
    steps: [
      {
        text: 'Start with your email accounts: other services send recovery codes there. Next, your Microsoft account and Apple Account. Then the rest, one at a time.',
        plan: true,
        sources: [
          {
            source: 'ms-password-reset',
            says: 'Microsoft will send a verification code to the email or phone number you selected.',
          },
        ],
      },
      {
        text: 'For each service, gather what it may ask for: backup or recovery codes you saved, a device still signed in, access to the email or phone on the account, and sometimes ID.',
        sources: [
          {
            source: 'ms-recovery-form',
            says: 'Collect as much information as you can about any Microsoft services you may have used with this account.',
          },
        ],
      },
      {
        text: 'On each sign-in page, look for a link like "Forgot password" or "Try another way", and follow the steps. For work or school accounts, contact your IT help desk.',
        sources: [
          {
            source: 'ms-password-reset',
            says: 'If the "Enter password" window is still open select Forgot password?',
          },
          { source: 'ms-transfer', says: 'contact your admin or help desk' },
        ],
      },
      {
        text: 'Once you are in, add the account to Authenticator again, and save the new backup codes the service offers.',
        does: ['add-accounts-before-restore'],
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your account within the app',
          },
        ],
      },
      {
        text: 'Leave iCloud Keychain as it is: don\'t choose "reset end-to-end encrypted data". If the backup turns up later, it can still come back.',
        warns: ['reset-encrypted-data'],
        sources: [
          {
            source: 'apple-keychain',
            says: 'you need to approve with an old passcode or from another device when prompted',
          },
        ],
      },
      {
        text: 'Once every account works, check that backup is on for the new phone.',
        does: ['enable-backup-after-restore'],
        sources: [
          {
            source: 'ms-backup',
            says: 'Back up information on all the accounts you have in Authenticator',
          },
          { source: 'ms-transfer', says: 'Turn on Cloud Backup.' },
        ],
      },
    ],
    uncertain: [
      {
        text: "This order and checklist are our advice: the Microsoft pages we read don't give one. They say only that accounts without a backup must be added again by hand. Each service sets its own rules.",
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your account within the app',
          },
          { source: 'qa-not-stored', says: 'the accounts must be added again manually' },
        ],
      },
    ],
    related: ['microsoft-account-recovery', 'apple-account-recovery', 'work-school-account'],
  },
};
