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
        sources: ['ms-password-reset', 'ms-two-step'],
      },
      {
        text: 'If you saved a Microsoft account recovery code (25 letters and numbers), choose to use it: it counts as one of the proofs.',
        sources: ['ms-recovery-code', 'ms-recovery-form'],
      },
      {
        text: 'If you know your password but none of your security info works, choose "I don\'t have any of these" and replace your security info. Microsoft makes you wait 30 days before the new info works. If you get back one of your old methods meanwhile, you can cancel the change.',
        sources: ['ms-security-info-wait'],
      },
      {
        text: "If nothing else works, open Microsoft's help for the recovery form. Microsoft says the form can't help if two-step verification is on and you can't use any of your other methods. It suggests trying the Sign-in Helper first: the link is on that page.",
        link: {
          label: 'Help with the recovery form',
          href: 'https://support.microsoft.com/en-us/account-billing/help-with-the-microsoft-account-recovery-form-b19c02d1-a782-dee6-93c3-dc8113b20c42',
        },
        sources: ['ms-recovery-form'],
      },
      {
        text: 'Then fill in the account recovery form. Give an email address you can open: Microsoft replies there within 24 hours. Add as much detail as you can, like old passwords and email subject lines.',
        link: { label: 'Microsoft account recovery form', href: 'https://account.live.com/acsr' },
        sources: ['ms-recovery-form'],
      },
      {
        text: "Once you're back in, come back here and restore the backup.",
        sources: ['ms-restore'],
      },
    ],
    uncertain: [
      {
        text: 'On an iPhone with a current version of Authenticator, the backup is in your Apple Account, not a Microsoft account. Apple Account recovery applies there instead.',
        sources: ['ms-backup', 'ms-message-center'],
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
        sources: ['apple-account-recovery'],
      },
      {
        text: "If you set up a recovery key, you need it to reset your password: Apple's account recovery isn't available for accounts with one. If you set up a recovery contact, ask them to help.",
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
        text: 'If you started in a web browser (iforgot.apple.com), avoid using the device you started recovery on until recovery ends: Apple says using it might cancel the recovery. If you started in Settings or the Apple Support app, you can keep using that device. Either way, turn off your other devices signed in to your Apple Account, to avoid delays.',
        sources: ['apple-account-recovery'],
      },
      {
        text: 'Once you are back in, sign in to the new iPhone with that Apple Account and turn on "Sync this iPhone" under iCloud > "Passwords". If asked to approve it, use another device signed in to your Apple Account, or the passcode of another device you used with it (an old iPhone or iPad); never choose "reset end-to-end encrypted data".',
        does: ['approve-keychain'],
        warns: ['reset-encrypted-data'],
        offers: ['same-apple-account', 'keychain-sync'],
        sources: ['apple-keychain'],
      },
      {
        text: 'Keep the new iPhone on Wi-Fi for a while. Then delete Authenticator from it, install it again and open it.',
        offers: ['wait-and-retry', 'reinstall'],
        sources: ['ms-restore'],
      },
    ],
    uncertain: [
      {
        text: 'If your old iPhone used the older "iCloud backup" switch in Authenticator, you may also need the personal Microsoft account it used.',
        sources: ['ms-backup-2019', 'ms-message-center'],
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
        text: 'In Authenticator, tap the work or school account and sign in. Red "Sign in to add your account" text is expected after a restore.',
        sources: ['ms-transfer'],
      },
      {
        text: 'If approvals or codes still fail, go to "Security info", sign in, and choose "Add sign-in method" to add Authenticator on the new phone. If the old phone still works, use it to approve that sign-in.',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        sources: ['ms-transfer'],
      },
      {
        text: 'On Android, if your organization uses Intune, update the Company Portal app first: Microsoft says old versions stop Authenticator from registering.',
        sources: ['ms-authenticator-app'],
      },
      {
        text: "If you can't sign in at all, contact your IT help desk. They can give you a Temporary Access Pass, a time-limited code that lets you sign in and register the new phone, or make you register your sign-in methods again.",
        sources: ['ms-tap', 'ms-mfa-reregister'],
      },
      {
        text: 'Guest accounts in other organizations are separate: ask the administrator of each of those organizations to reset your sign-in there, for example by resetting your redemption status and inviting you again.',
        sources: ['ms-guest-reset-redemption'],
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
      "Every way to restore the backup has been tried, and it didn't come back. Your accounts still exist, and each service has its own way to let you back in.",
    expect:
      "We couldn't bring the old codes back, and Microsoft support can't either. Recover each account now. On iPhone, leave iCloud Keychain as it is, because the backup may still appear.",
    does: ['declare-lost'],
    steps: [
      {
        text: 'Start with your email accounts: other services send recovery codes there. Next, your Microsoft account and Apple Account. Then the rest, one at a time.',
        plan: true,
        sources: ['qa-lost-data'],
      },
      {
        text: 'For each service, gather what it may ask for: backup or recovery codes you saved, a device still signed in, access to the email or phone on the account, and sometimes ID.',
        sources: ['qa-lost-data'],
      },
      {
        text: 'On each sign-in page, look for a link like "Forgot password" or "Try another way", and follow the steps. For work or school accounts, contact your IT help desk.',
        sources: ['qa-lost-data', 'ms-transfer'],
      },
      {
        text: 'Once you are in, add the account to Authenticator again, and save the new backup codes the service offers.',
        does: ['add-accounts-before-restore'],
        sources: ['ms-add-accounts'],
      },
      {
        text: 'Leave iCloud Keychain as it is: don\'t choose "reset end-to-end encrypted data". If the backup turns up later, it can still come back.',
        warns: ['reset-encrypted-data'],
        sources: ['apple-keychain'],
      },
      {
        text: 'Once every account works, check that backup is on for the new phone.',
        does: ['enable-backup-after-restore'],
        sources: ['ms-backup', 'ms-transfer'],
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
