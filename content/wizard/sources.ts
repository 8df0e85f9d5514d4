/**
 * Every page the wizard cites: who wrote it, and either the day someone read it (on the live
 * site or in a saved copy) or, for text we saw only as quoted on another site, who quoted it.
 */
export const sources = {
  'ms-backup': {
    title: 'Microsoft Support: Back up your accounts in Microsoft Authenticator',
    url: 'https://support.microsoft.com/en-us/account-billing/bb939936-7a8d-4e88-bc43-49bc1a700a40',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-message-center': {
    title:
      'Microsoft 365 Message Center notice to IT admins: Authenticator on iOS backs up through iCloud and iCloud Keychain (2025)',
    url: 'https://m365admin.handsontek.net/?p=15005',
    by: 'microsoft',
    quotedBy: 'm365admin.handsontek.net, a site that copies Message Center notices',
  },
  'ms-transfer': {
    title: 'Microsoft Learn: Transfer Microsoft Authenticator account entries to a new phone',
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-transfer-authenticator-new-phone',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-backup-2019': {
    title:
      'Microsoft Docs: Back up and recover account credentials with the Authenticator app (2019 version, since replaced)',
    url: 'https://learn.microsoft.com/en-us/azure/active-directory/user-help/user-help-auth-app-backup-recovery',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-backup-older': {
    title:
      'Microsoft Support: Back up your account credentials in Microsoft Authenticator (older version of the article, in an Estonian copy)',
    url: 'https://wus.prod.support.services.microsoft.com/et-ee/account-billing/konto-identimisteabe-varundamine-microsoft-authenticatoris-bb939936-7a8d-4e88-bc43-49bc1a700a40',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-autofill': {
    title: 'Microsoft Support: Changes to Microsoft Authenticator autofill',
    url: 'https://support.microsoft.com/en-us/account-billing/changes-to-microsoft-authenticator-autofill-09fd75df-dc04-4477-9619-811510805ab6',
    by: 'microsoft',
    quotedBy: 'nnuforum.com, a copy of a Forbes article that quotes the notice',
  },
  'ms-password-reset': {
    title: 'Microsoft Support: Reset a forgotten Microsoft account password',
    url: 'https://support.microsoft.com/en-us/account-billing/reset-a-forgotten-microsoft-account-password-eff4f067-5042-c1a3-fe72-b04d60556c37',
    by: 'microsoft',
    quotedBy: 'wehelp.dlsl.edu.ph, a university help desk that republishes the article',
  },
  'ms-recovery-form': {
    title: 'Microsoft Support: Help with the Microsoft account recovery form',
    url: 'https://support.microsoft.com/en-us/account-billing/help-with-the-microsoft-account-recovery-form-b19c02d1-a782-dee6-93c3-dc8113b20c42',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-security-info-wait': {
    title: 'Microsoft Support: Replacing your security info, and the 30-day wait',
    url: 'https://support.microsoft.com/help/4057241',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-recovery-code': {
    title: 'Microsoft Support: Microsoft account recovery code',
    url: 'https://support.microsoft.com/en-us/account-billing/microsoft-account-recovery-code-2acc2f88-e37b-4b44-99d4-b4419f610013',
    by: 'microsoft',
    quotedBy: 'a full copy of the page on another site',
  },
  'ms-two-step': {
    title: 'Microsoft Support: About two-step verification (Microsoft account, 2016 version)',
    url: 'https://support.microsoft.com/en-us/help/12408/microsoft-account-about-two-step-verification',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-tap': {
    title: 'Microsoft Learn: Temporary Access Pass in Microsoft Entra ID (for IT admins)',
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-authentication-temporary-access-pass',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-mfa-reregister': {
    title:
      "Microsoft Learn: Manage a user's authentication methods, including requiring them to register again (for IT admins)",
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-mfa-userdevicesettings',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-authenticator-app': {
    title:
      'Microsoft Learn: Authentication methods in Microsoft Entra ID, Microsoft Authenticator app',
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-authenticator-app',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'apple-keychain': {
    title: 'Apple Support: Set up iCloud Keychain',
    url: 'https://support.apple.com/en-us/109016',
    by: 'apple',
    read: '2026-12-07',
    savedCopy: true,
  },
  'apple-saved-to-icloud': {
    title: 'Apple Support: Change which apps sync and store data in iCloud',
    url: 'https://support.apple.com/en-us/118225',
    by: 'apple',
    read: '2026-12-07',
    savedCopy: true,
  },
  'apple-account-recovery': {
    title:
      "Apple Support: How to use account recovery when you can't reset your Apple Account password",
    url: 'https://support.apple.com/en-us/118574',
    by: 'apple',
    read: '2026-12-07',
    savedCopy: true,
  },
  'rfc-totp': {
    title:
      'RFC 6238, TOTP: Time-Based One-Time Password Algorithm (the standard behind 30-second codes)',
    url: 'https://datatracker.ietf.org/doc/html/rfc6238',
    by: 'standard',
    quotedBy: 'comments in open-source TOTP code that quote the RFC',
  },
  'qa-backup-stopped': {
    title:
      'Microsoft Q&A: "Authenticator Backup", backup and restore failing for many users (May 2026)',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5894047/authenticator-backup',
    by: 'users',
    read: '2026-12-07',
    savedCopy: true,
  },
  'qa-restore-option': {
    title: 'Microsoft Q&A: "Cannot restore data Authenticator from old device" (March 2026)',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5819700/cannot-restore-data-authenticator-from-old-device',
    by: 'ai-answer',
    read: '2026-12-07',
    savedCopy: true,
  },
  'qa-not-stored': {
    title:
      'Microsoft Q&A: "personal Microsoft Authenticator Restore" (May 2026), a user\'s question and an AI-written answer',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5900450/personal-microsoft-authenticator-restore',
    by: 'ai-answer',
    read: '2026-12-07',
    savedCopy: true,
  },
  'qa-submit-logs': {
    title:
      'Microsoft Q&A: "Microsoft Authenticator unable to toggle cloud backup" (May 2026), a user\'s question and an AI-written answer',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5888875/microsoft-authenticator-unable-to-toggle-cloud-bac',
    by: 'ai-answer',
    read: '2026-12-07',
    savedCopy: true,
  },
  'gh-overwrite-2021': {
    title: 'GitHub, MicrosoftDocs/azure-docs issue 75363: backup overwritten on a new phone (2021)',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/75363',
    by: 'users',
    read: '2026-12-07',
    savedCopy: true,
  },
  'gh-overwrite-2020': {
    title:
      'GitHub, MicrosoftDocs/azure-docs issue 57045: an account keeps one backup copy (2020, with a docs team reply)',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/57045',
    by: 'users',
    read: '2026-12-07',
    savedCopy: true,
  },
  'gh-hosts-399': {
    title:
      'GitHub, lightswitch05/hosts issue 399: blocking activity.windows.com breaks Authenticator Cloud Backup (2023)',
    url: 'https://github.com/lightswitch05/hosts/issues/399',
    by: 'users',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-jailbreak': {
    title: 'Microsoft Support: Jailbreak and root detection in Microsoft Authenticator (2026)',
    url: 'https://support.microsoft.com/en-gb/account-billing/jailbreak-rooted-detection-in-microsoft-authenticator-9f0431bd-675a-4f2d-b8fb-7acd18deaadc',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-authenticator-passkeys': {
    title: 'Microsoft Learn: Authenticator app, back up and restore passkeys',
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-authenticator-app#back-up-and-restore-passkeys-in-authenticator',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-emergency-access': {
    title: 'Microsoft Learn: Manage emergency access admin accounts (for IT admins)',
    url: 'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/security-emergency-access',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-entra-support': {
    title: 'Microsoft Learn: Find help and open a support request for Microsoft Entra ID',
    url: 'https://learn.microsoft.com/en-us/entra/fundamentals/how-to-get-support',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-guest-reset-redemption': {
    title: "Microsoft Learn: Reset a guest user's redemption status (for IT admins)",
    url: 'https://learn.microsoft.com/en-us/entra/external-id/reset-redemption-status',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
  'press-managed-apple-id': {
    title:
      'Cybersecurity Insight (news report, 2025): "Microsoft Authenticator for iOS now backs up entirely to iCloud"',
    url: 'https://www.cybersecurityinsight.us/index.php/cs/news-page/microsoft-authenticator-for-ios-now-backs-up-entirely-to-icloud',
    by: 'press',
    read: '2026-12-07',
    savedCopy: true,
  },
  'ms-other-verification': {
    title:
      "Microsoft Learn (troubleshooting): You don't receive a text or voice call with the multifactor authentication code",
    url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/active-directory/text-voice-call-verification-code-mfa-not-send',
    by: 'microsoft',
    read: '2026-12-07',
    savedCopy: true,
  },
};
