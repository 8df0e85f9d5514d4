/** Results once accounts are back, or for moves that no backup can make. */
export const afterRestoreOutcomes = {
  'cross-platform': {
    title: 'Add each account again on your new phone',
    summary:
      "A backup made on an iPhone can't be restored on Android, and an Android backup can't be restored on an iPhone. Microsoft built it this way, so each account needs adding to Authenticator on the new phone.",
    expect:
      "Nothing comes back from the backup on the new phone. Your accounts themselves are safe: you're only moving the sign-in codes. Keep the old phone, with Authenticator on it, until every account works on the new phone.",
    warns: ['delete-app-on-old-phone'],
    steps: [
      {
        text: 'Install Microsoft Authenticator on the new phone.',
        sources: [{ source: 'ms-authenticator-app', says: 'is available for Android and iOS' }],
      },
      {
        text: 'Keep the old phone at hand: it approves each sign-in while you move the accounts. If it stops working before you finish, the backup can still restore on another phone of the old kind: another iPhone signed in to your Apple Account, or another Android phone signed in to the Microsoft account that held it.',
        offers: ['old-phone', 'device-of-the-old-kind'],
        sources: [
          { source: 'ms-backup', says: 'You can only backup and restore on the same device type' },
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
      {
        text: 'For your personal Microsoft account: sign in to your Microsoft account security page and add Authenticator on the new phone as a way to sign in.',
        link: {
          label: 'Microsoft account security',
          href: 'https://account.microsoft.com/security',
        },
        does: ['add-accounts-before-restore'],
        sources: [
          {
            source: 'ms-authenticator-app',
            says: 'Microsoft Authenticator provides another level of security to your Microsoft Entra work or school account or your Microsoft account',
          },
        ],
      },
      {
        text: 'For a work or school account: go to "Security info", sign in, choose "Add sign-in method", and add Authenticator on the new phone.',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        does: ['add-accounts-before-restore'],
        sources: [
          {
            source: 'ms-transfer',
            says: 'Go to Security info at aka.ms/mysecurityinfo, select Add sign-in method',
          },
        ],
      },
      {
        text: 'For every other service, like Google or Amazon: sign in on its website, open its two-step verification settings, and set up an authenticator app again. Scan the new QR code with the new phone.',
        does: ['add-accounts-before-restore'],
        services: ['google', 'amazon'],
        plan: true,
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your accounts within the Microsoft Authenticator app',
          },
        ],
      },
      {
        text: 'Test signing in to each account with the new phone. Only then remove the accounts from the old phone.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
      {
        text: 'If neither the old phone nor a phone of its kind can be used, get back into each account through its own recovery.',
        does: ['declare-lost'],
        plan: true,
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your account within the app',
          },
          {
            source: 'qa-not-stored',
            says: 'there is no stored backup to restore and the accounts must be added again manually',
          },
        ],
      },
    ],
    uncertain: [],
    related: ['service-recovery', 'work-school-account'],
  },
  'restored-sign-in': {
    title: 'Sign in to each restored account',
    summary:
      'Your accounts are back. Some come back ready to use. Others come back as a name only and need you to sign in once.',
    expect:
      'What comes back: codes for other services (Google, Amazon and so on) and for personal Microsoft accounts that use only codes. Work or school accounts, and personal accounts with passwordless sign-in, come back as a name only: you sign in to each one again. Passkeys and passwords are not part of the backup.',
    steps: [
      {
        text: 'If you still have the old phone, keep it, with Authenticator on it, until you can sign in to the accounts you use most from the new one: it can still approve sign-ins while you finish.',
        offers: ['old-phone'],
        sources: [
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
        ],
      },
      {
        text: 'Codes for other services, like Google or Amazon, should work now. Try one.',
        services: ['google', 'amazon'],
        sources: [
          {
            source: 'ms-backup',
            says: 'These accounts use a one-time password code which refreshes every 30 seconds. The password codes will available once restored.',
          },
          { source: 'ms-transfer', says: 'The verification code entry is restored.' },
        ],
      },
      {
        text: 'Tap each work or school account and sign in. Red "Sign in to add your account" text is expected.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'You might see red text that says "Sign in to add your account."',
          },
        ],
      },
      {
        text: 'If a personal account says "Action required" or "Sign in to restore your account", tap it, sign in with your password, and confirm with your email or phone.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Enter the account password, then confirm email address or phone number for additional verification.',
          },
          {
            source: 'ms-backup-2019',
            says: 'Select Sign in to recover, type your password, and then confirm your email address or phone number as additional verification.',
          },
        ],
      },
      {
        text: 'Set up passkeys again: they are not in the backup. If your work requires passkeys, set up the new one before you remove the old phone.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'Passkeys are handled separately from Authenticator account backup.',
          },
        ],
      },
      {
        text: 'Keep the old phone until you can sign in to the accounts you use most from the new phone. Then check that backup is on for the new phone.',
        does: ['enable-backup-after-restore'],
        warns: ['delete-app-on-old-phone'],
        sources: [
          {
            source: 'ms-transfer',
            says: 'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
          },
          {
            source: 'ms-backup',
            says: 'Back up information on all the accounts you have in Authenticator',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: "Codes for a personal Microsoft account can differ between your old and new phone. Microsoft's older guide says each phone has its own, and both work, so different codes are not a fault.",
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'each device has its own unique credential, but both are valid',
          },
        ],
      },
      {
        text: "Microsoft's 2025 notice about the iCloud backup says only account names and codes for other services are backed up on iPhone. Microsoft's help pages say codes for personal Microsoft accounts that use only codes come back too. If a personal Microsoft account comes back as a name only, tap it and sign in.",
        sources: [
          {
            source: 'ms-message-center',
            says: 'Only account names and third-party TOTP credentials will be backed up.',
          },
          {
            source: 'ms-transfer',
            says: 'If the account uses only a one-time password code that refreshes every 30 seconds, the verification code entry is restored.',
          },
        ],
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
        sources: [
          {
            source: 'qa-restore-option',
            says: 'On the Accounts screen, tap Sign in next to each affected account.',
          },
        ],
      },
      {
        text: 'Sign in with your Microsoft account password, then confirm with the code sent to your email address or phone number.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'Enter the account password, then confirm email address or phone number for additional verification.',
          },
          {
            source: 'ms-backup-2019',
            says: 'type your password, and then confirm your email address or phone number as additional verification',
          },
        ],
      },
      {
        text: "If you don't know your password, reset it, then come back to this step.",
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
        text: "If you can't get a code at any email or phone on the account, use Microsoft's account recovery.",
        sources: [
          {
            source: 'ms-recovery-form',
            says: 'The steps below will help guide you when filling out the account recovery form.',
          },
        ],
      },
    ],
    uncertain: [
      {
        text: 'The message "Sign in to restore your account" is quoted in an AI-written answer on Microsoft Q&A; we couldn\'t read Microsoft\'s restore article, so we couldn\'t confirm "Action required". Your screen may word it differently.',
        sources: [
          {
            source: 'qa-restore-option',
            says: 'If seeing “Sign in to restore your account” in Authenticator',
          },
        ],
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
        sources: [
          {
            source: 'rfc-totp',
            says: 'Because of possible clock drifts between a client and a validation server',
          },
        ],
      },
      {
        text: 'On Android, open Settings, search for "Date & time", and turn on automatic date and time. The name varies by phone maker.',
        sources: [
          {
            source: 'rfc-totp',
            says: 'Because of possible clock drifts between a client and a validation server',
          },
        ],
      },
      {
        text: 'Make sure you are using the right entry: check the service name and the username under it. Type the code soon after it appears: codes change every 30 seconds.',
        sources: [
          {
            source: 'ms-backup',
            says: 'These accounts use a one-time password code which refreshes every 30 seconds.',
          },
        ],
      },
      {
        text: 'For a personal Microsoft account, a code that differs from the old phone is normal. Each phone has its own, and both work.',
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'each device has its own unique credential, but both are valid',
          },
        ],
      },
      {
        text: "If codes are still rejected, use that service's own two-step verification recovery, such as backup codes you saved. Then add it to Authenticator again.",
        does: ['add-accounts-before-restore'],
        plan: true,
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
        text: "Microsoft doesn't publish advice on phone clocks for Authenticator, and we couldn't read Apple's or Google's help pages on the clock. The advice comes from the standard behind 30-second codes, which depend on the phone's clock being right; the menu names may differ on your phone.",
        sources: [{ source: 'rfc-totp', says: 'T = (Current Unix time - T0) / X' }],
      },
    ],
    related: ['restored-sign-in'],
  },
  'not-in-backup': {
    title: 'What the backup never brings back',
    summary:
      'Some things are never part of the Authenticator backup. They need setting up again, or live somewhere else.',
    steps: [
      {
        text: 'Passkeys: create a new passkey on the new phone for each account that used one. A passkey saved in a synced password manager, like iCloud Keychain or Google Password Manager, may already be there.',
        sources: [
          {
            source: 'ms-transfer',
            says: 'If the passkey was saved to a synced credential manager, such as Microsoft Password Manager, Google Password Manager, or Apple iCloud Keychain, you might not need to create a new passkey.',
          },
        ],
      },
      {
        text: 'Work or school approvals: open each work or school account in Authenticator and sign in again. If that fails, use "Security info".',
        link: { label: 'Security info', href: 'https://mysignins.microsoft.com/security-info' },
        sources: [
          {
            source: 'ms-transfer',
            says: 'Expected for work or school accounts after restore. Open the account and sign in again.',
          },
        ],
      },
      {
        text: 'Passwords: Authenticator stopped keeping passwords in 2025. Saved passwords stay with your Microsoft account, and you can use them in Microsoft Edge.',
        sources: [
          {
            source: 'ms-autofill',
            says: 'your saved passwords (but not your generated password history) and addresses are securely synced to your Microsoft account, and you can continue to access them and enjoy seamless autofill functionality with Microsoft Edge.',
          },
        ],
      },
      {
        text: 'Missing accounts for other services: sign in to that service, open its two-step verification settings, and add Authenticator again.',
        plan: true,
        sources: [
          {
            source: 'ms-backup-2019',
            says: 'you must manually recreate your account within the app',
          },
        ],
      },
      {
        text: 'On a phone managed by your work or school, ask your IT help desk: admins can stop codes for other services from being backed up.',
        sources: [
          {
            source: 'ms-backup',
            says: 'IT Admins: Learn how to block 3rd-party TOTP for EntraID to prevent credential backup.',
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
            says: 'Only account names and third-party TOTP credentials will be backed up.',
          },
          {
            source: 'ms-transfer',
            says: 'If the account uses only a one-time password code that refreshes every 30 seconds, the verification code entry is restored.',
          },
        ],
      },
    ],
    related: ['work-school-account', 'personal-account-sign-in'],
  },
};
