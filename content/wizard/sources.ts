/** Every page the wizard cites, with who wrote it and the day it was last checked. */
export const sources = {
  'ms-backup': {
    title: 'Microsoft Support: Back up your accounts in Microsoft Authenticator',
    url: 'https://support.microsoft.com/en-us/account-billing/bb939936-7a8d-4e88-bc43-49bc1a700a40',
    kind: 'official',
    verified: '2026-11-29',
  },
  'ms-backup-2025': {
    title:
      'Microsoft Support: Back up your accounts in Microsoft Authenticator (mid-2025 version, announcing the move to iCloud Keychain and the end of autofill)',
    url: 'https://support.microsoft.com/en-us/account-billing/back-up-account-credentials-in-microsoft-authenticator-bb939936-7a8d-4e88-bc43-49bc1a700a40',
    kind: 'official',
    verified: '2026-11-29',
  },
  'ms-restore': {
    title:
      'Microsoft Support: Restore account credentials from Microsoft Authenticator (text seen only as quoted by others)',
    url: 'https://support.microsoft.com/en-us/authenticator/restore-account-credentials-from-microsoft-authenticator',
    kind: 'official-indirect',
    verified: '2026-11-29',
  },
  'ms-transfer': {
    title:
      'Microsoft Learn: Transfer Microsoft Authenticator account entries to a new phone (July 2026)',
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-transfer-authenticator-new-phone',
    kind: 'official',
    verified: '2026-11-29',
  },
  'ms-backup-2019': {
    title:
      'Microsoft Docs: Back up and recover account credentials with the Authenticator app (2019 version, now replaced)',
    url: 'https://learn.microsoft.com/en-us/azure/active-directory/user-help/user-help-auth-app-backup-recovery',
    kind: 'official',
    verified: '2026-11-29',
  },
  'ms-add-accounts': {
    title:
      'Microsoft Support: How to add your accounts to Microsoft Authenticator (text seen only as quoted by others)',
    url: 'https://support.microsoft.com/en-us/authenticator/how-to-add-your-accounts-to-microsoft-authenticator',
    kind: 'official-indirect',
    verified: '2026-11-29',
  },
  'ms-autofill': {
    title:
      'Microsoft Support: Changes to Microsoft Authenticator autofill (text seen only as quoted by others)',
    url: 'https://support.microsoft.com/en-us/account-billing/changes-to-microsoft-authenticator-autofill-09fd75df-dc04-4477-9619-811510805ab6',
    kind: 'official-indirect',
    verified: '2026-11-29',
  },
  'ms-password-reset': {
    title: 'Microsoft Support: Reset a forgotten Microsoft account password',
    url: 'https://support.microsoft.com/en-us/account-billing/reset-a-forgotten-microsoft-account-password-eff4f067-5042-c1a3-fe72-b04d60556c37',
    kind: 'official',
    verified: '2026-11-29',
  },
  'ms-recovery-form': {
    title: 'Microsoft Support: Help with the Microsoft account recovery form',
    url: 'https://support.microsoft.com/en-us/account-billing/help-with-the-microsoft-account-recovery-form-b19c02d1-a782-dee6-93c3-dc8113b20c42',
    kind: 'official',
    verified: '2026-11-29',
  },
  'ms-tap': {
    title: 'Microsoft Learn: Temporary Access Pass in Microsoft Entra ID (for IT admins)',
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-authentication-temporary-access-pass',
    kind: 'official',
    verified: '2026-11-29',
  },
  'apple-keychain': {
    title: 'Apple Support: Set up iCloud Keychain',
    url: 'https://support.apple.com/en-us/109016',
    kind: 'official',
    verified: '2026-11-29',
  },
  'apple-saved-to-icloud': {
    title: 'Apple Support: Change which apps sync and store data in iCloud',
    url: 'https://support.apple.com/en-us/118225',
    kind: 'official',
    verified: '2026-11-29',
  },
  'apple-icloud-backup': {
    title: 'Apple Support: Back up your iPhone with iCloud Backup',
    url: 'https://support.apple.com/HT203977',
    kind: 'official',
    verified: '2026-11-29',
  },
  'apple-icloud-drive': {
    title: 'Apple Support: Set up iCloud Drive',
    url: 'https://support.apple.com/HT201104',
    kind: 'official',
    verified: '2026-11-29',
  },
  'apple-2fa': {
    title: 'Apple Support: Two-factor authentication for Apple Account',
    url: 'https://support.apple.com/en-us/102660',
    kind: 'official',
    verified: '2026-11-29',
  },
  'apple-account-recovery': {
    title:
      "Apple Support: How to use account recovery when you can't reset your Apple Account password",
    url: 'https://support.apple.com/en-us/118574',
    kind: 'official',
    verified: '2026-11-29',
  },
  'qa-backup-stopped': {
    title:
      'Microsoft Q&A: "Authenticator Backup" (user report of backup and restore failing, May 2026)',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5894047/authenticator-backup',
    kind: 'community',
    verified: '2026-11-29',
  },
  'qa-restore-option': {
    title:
      'Microsoft Q&A: "Cannot restore data Authenticator from old device" (AI-written answer, March 2026)',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5819700/cannot-restore-data-authenticator-from-old-device',
    kind: 'community',
    verified: '2026-11-29',
  },
  'qa-not-stored': {
    title:
      'Microsoft Q&A: "personal Microsoft Authenticator Restore" (user report and AI-written answer, May 2026)',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5900450/personal-microsoft-authenticator-restore',
    kind: 'community',
    verified: '2026-11-29',
  },
  'qa-security-info-wait': {
    title:
      'Microsoft Q&A: locked out of a Microsoft account, replacing security info (AI-written answer, 2026)',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5804659/urgent-locked-out-of-windows-and-microsoft-account',
    kind: 'community',
    verified: '2026-11-29',
  },
  'qa-lost-data': {
    title: 'Microsoft Q&A: "Lost my Authenticator data" (AI-written answer, 2026)',
    url: 'https://learn.microsoft.com/en-us/answers/questions/5828939/lost-my-authenticator-data',
    kind: 'community',
    verified: '2026-11-29',
  },
  'gh-overwrite-2021': {
    title:
      'GitHub, MicrosoftDocs/azure-docs issue 75363: backup overwritten on a new phone (user report, 2021)',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/75363',
    kind: 'community',
    verified: '2026-11-29',
  },
  'gh-overwrite-2020': {
    title:
      'GitHub, MicrosoftDocs/azure-docs issue 57045: only one backup copy exists (user report and docs team reply, 2020)',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/57045',
    kind: 'community',
    verified: '2026-11-29',
  },
  'gh-hosts-399': {
    title:
      'GitHub, lightswitch05/hosts issue 399: blocking activity.windows.com breaks Authenticator Cloud Backup (user report, 2023)',
    url: 'https://github.com/lightswitch05/hosts/issues/399',
    kind: 'community',
    verified: '2026-11-29',
  },
};
