/**
 * A saved excerpt of every page the wizard cites: where its text was read (a repository file at
 * a commit, or a stored copy), the day, and exact passages, copied as the page has them
 * (Markdown markup and links removed; words and punctuation kept). Each passage a step quotes
 * (`says`) must be found here: content/content.test.ts checks it.
 */
export const excerpts = {
  /*
   * entra-docs source of the Learn page, ms.date 07/02/2026. Note (audit finding 18): the page says nothing about
   * saving each service's backup codes, SIM cards or Google accounts; only 'Complete the transfer before you erase, trade in, or recycle your old phone.'
   */
  'ms-transfer': {
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-transfer-authenticator-new-phone',
    readFrom:
      'https://github.com/MicrosoftDocs/entra-docs/blob/50f9c85a3f8e4b40f8a4be45cd470e3ea1cb82e9/docs/identity/authentication/how-to-transfer-authenticator-new-phone.md',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2026-07-02',
    passages: [
      'When you get a new phone, you can recover supported account entries and continue using secure sign-in methods by backing up and restoring these methods.',
      'Work or school accounts require additional sign-in and setup steps after restore. Complete the transfer before you erase, trade in, or recycle your old phone.',
      'For work or school accounts, backup and restore transfers the account name so you can recognize the account on the new phone. You still need to sign in again to complete setup.',
      'Passkeys are handled separately from Authenticator account backup. If a passkey was saved only to the old phone, add a new passkey for the new phone. If a passkey was saved to a synced credential manager, it might be available after you sign in to that credential manager.',
      'Keep your old phone until you confirm that you can sign in to the accounts and resources you use most often from the new phone.',
      'To back up Authenticator on an iOS device, enable iCloud Drive, Keychain, and Backup for Authenticator.',
      'Enable iCloud Drive on your iOS device.',
      'Enable iCloud Keychain on your iOS device.',
      'Enable iCloud Backup on your iOS device.',
      'Go to Apple Account > iCloud > Saved to iCloud and search for Authenticator.',
      'Turn on the Authenticator toggle.',
      'To back up your Authenticator account entries on an Android device:',
      'Open the menu and select Settings.',
      'Turn on Cloud Backup.',
      'Select a Microsoft personal account where the backup will be stored.',
      'Tap OK.',
      'If you saved the backup to the wrong account, or need to change the recovery account, delete the existing backup and create a new backup.',
      'Only the account name is restored.',
      'To complete setup on the new phone, open the account and sign in again.',
      'You might see red text that says "Sign in to add your account."',
      'If passkeys are enforced for the account, set up a passkey for the new phone before removing the old device.',
      'If you still have access to the old device, use it to sign in first.',
      'Go to Security info at aka.ms/mysecurityinfo, select Add sign-in method, and choose Passkey or Passkey in Microsoft Authenticator.',
      'After the new passkey works, remove old passkeys or devices that you no longer use.',
      'If the passkey was saved to a synced credential manager, such as Microsoft Password Manager, Google Password Manager, or Apple iCloud Keychain, you might not need to create a new passkey. Verify the passkey is available before removing the old device.',
      "If your IT admin doesn't allow self-service passkey setup, contact your admin or help desk for the approved recovery or registration process.",
      'If the account uses only a one-time password code that refreshes every 30 seconds, the verification code entry is restored.',
      'If the account also uses passwordless sign-in, only the account name is restored and you must sign in again to complete setup.',
      'These accounts typically use a one-time password code that refreshes every 30 seconds.',
      'The verification code entry is restored.',
      'Expected for work or school accounts after restore. Open the account and sign in again.',
      "Verify backup was enabled on the old phone, you're using the same recovery account, and you're restoring to the same device type.",
    ],
  },
  /*
   * Stored version of the entra-docs source has ms.date 09/23/2023 (the only version the index returned). Admin-facing page.
   */
  'ms-tap': {
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-authentication-temporary-access-pass',
    readFrom:
      'https://github.com/MicrosoftDocs/entra-docs/blob/15730cf6c6088cb1aa101c2348f5dc1e4a5b4c6d/docs/identity/authentication/howto-authentication-temporary-access-pass.md',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2023-09-23',
    passages: [
      'A Temporary Access Pass is a time-limited passcode that can be configured for single use or multiple. Users can sign in with a Temporary Access Pass to onboard other authentication methods including passwordless methods such as Microsoft Authenticator, FIDO2 or Windows Hello for Business.',
      'A Temporary Access Pass also makes recovery easier when a user has lost or forgotten their strong authentication factor like a FIDO2 security key or Microsoft Authenticator app, but needs to sign in to register new strong authentication methods.',
      'Before anyone can sign-in with a Temporary Access Pass, you need to enable Temporary Access Pass in the authentication method policy and choose which users and groups can sign in by using a Temporary Access Pass.',
      'Although you can create a Temporary Access Pass for any user, only users included in the policy can sign-in with it.',
      'Global Administrators can create, delete, and view a Temporary Access Pass on any user (except themselves)',
      'Privileged Authentication Administrators can create, delete, and view a Temporary Access Pass on admins and members (except themselves)',
      'Authentication Administrators can create, delete, and view a Temporary Access Pass on members  (except themselves)',
      'The most common use for a Temporary Access Pass is for a user to register authentication details during the first sign-in or device setup, without the need to complete extra security prompts. Authentication methods are registered at https://aka.ms/mysecurityinfo. Users can also update existing authentication methods here.',
      'Open a web browser to https://aka.ms/mysecurityinfo.',
      'The user is now signed in and can update or register a method such as FIDO2 security key.',
      'Users who update their authentication methods due to losing their credentials or device should make sure they remove the old authentication methods.',
      'Users can also continue to sign-in by using their password; a TAP doesn’t replace a user’s password.',
      'Users can also use their Temporary Access Pass to register for Passwordless phone sign-in directly from the Authenticator app.',
      'Guest users can sign-in to a resource tenant with a Temporary Access Pass that was issued by their home tenant if the Temporary Access Pass meets the home tenant authentication requirement.',
      'If MFA is required for the resource tenant, the guest user needs to perform MFA in order to gain access to the resource.',
      'An expired or deleted Temporary Access Pass can’t be used for interactive or non-interactive authentication.',
      'When using a one-time Temporary Access Pass to register a Passwordless method such as FIDO2 or Phone sign-in, the user must complete the registration within 10 minutes of sign-in with the one-time Temporary Access Pass.',
    ],
  },
  /*
   * Stored version of the entra-docs source has ms.date 08/29/2023. Admin-facing page.
   */
  'ms-mfa-reregister': {
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-mfa-userdevicesettings',
    readFrom:
      'https://github.com/MicrosoftDocs/entra-docs/blob/104dad567f67b4aab97256cd632e6b1ebeab09f7/docs/identity/authentication/howto-mfa-userdevicesettings.md',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2023-08-29',
    passages: [
      "Authentication methods, which are always kept private and only used for authentication, including multifactor authentication. Administrators can manage these methods in a user's authentication method blade and users can manage their methods in Security Info page of MyAccount.",
      'Add authentication methods for a specific user, including phone numbers used for MFA.',
      'Require a user to re-register for MFA.',
      'Revoke existing MFA sessions.',
      "If you're assigned the Authentication Administrator role, you can require users to reset their password, re-register for MFA, or revoke existing MFA sessions from their user object.",
      'Sign in to the Microsoft Entra admin center as at least an Authentication Administrator.',
      'Choose the user you wish to perform an action on and select Authentication methods.',
      "Reset password resets the user's password and assigns a temporary password that must be changed on the next sign-in.",
      "Require re-register MFA deactivates the user's hardware OATH tokens and deletes the following authentication methods from this user: phone numbers, Microsoft Authenticator apps and software OATH tokens. If needed, the user is requested to set up a new MFA authentication method the next time they sign in.",
      "Revoke MFA sessions clears the user's remembered MFA sessions and requires them to perform MFA the next time it's required by the policy on the device.",
      'These actions may be necessary if you need to provide assistance to a user, or need to reset their authentication methods.',
    ],
  },
  /*
   * entra-docs source at the version with ms.date 08/20/2024 (the audit cites this version). An older stored version
   * (ms.date 02/07/2024, commit 011a3309) has the same Company Portal note but says passkeys 'aren't currently supported'.
   */
  'ms-authenticator-app': {
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-authenticator-app',
    readFrom:
      'https://github.com/MicrosoftDocs/entra-docs/blob/dcb5136a14ee2b97be98b5238558595c8cd4650b/docs/identity/authentication/concept-authentication-authenticator-app.md',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2024-08-20',
    passages: [
      'Microsoft Authenticator provides another level of security to your Microsoft Entra work or school account or your Microsoft account and is available for Android and iOS.',
      "The Authenticator app may not be supported on beta versions of iOS and Android. In addition, starting October 20th, 2023 the Authenticator app on Android no longer supports older versions of the Android Company Portal. Android users with Company Portal versions below 2111 (5.0.5333.0) can't re-register or register new instances of Authenticator until they update their Company Portal application to a newer version.",
      'Passkeys in Authenticator are device-bound which ensures the passkey doesn’t leave the device on which it was created.',
      'Passkeys in the Authenticator app are device-bound to ensure that they never leave the device they were created on. On an iOS device, Authenticator uses the Secure Enclave to create the passkey. On Android, we create the passkey in the Secure Element on devices that support it, or fall back to the Trusted Execution Environment (TEE).',
      "Passkeys in Authenticator aren't backed up and can't be restored on a new device. To create passkeys on a new device, use the passkey on an older device, or use another authentication method to re-create the passkey.",
      "In China, the Notification through mobile app method on Android devices doesn't work because as Google play services (including push notifications) are blocked in the region. However, iOS notifications do work. For Android devices, alternate authentication methods should be made available for those users.",
      'Users can access My Security info (see the URLs in the next section) or by selecting Security info from MyAccount to manage and add more Microsoft Authenticator registrations.',
      "Microsoft continuously updates Authenticator to maintain a high level of security. To ensure that your users are getting the best experience possible, we recommend having them continuously update their Authenticator App. In the case of critical security updates, app versions that aren't up to date may cease to work and may block users from completing their authentications.",
      'If a user is using a version of the app that is not supported, they will be prompted to upgrade to the latest version before being able to proceed with authentications.',
      "Microsoft will also periodically retire older versions of the Authenticator App to maintain a high security bar for your organization. If a user’s device doesn't support modern versions of the Microsoft Authenticator App, they can't sign with the app.",
    ],
  },
  /*
   * Authenticator passkeys are device-bound and not backed up. Same Learn page as 'ms-authenticator-app'
   * (section 'Back up and restore passkeys in Authenticator'). The separate entra-docs file
   * concept-authentication-authenticator-passkey.md (ms.date 02/26/2024) is an empty stub with headings only.
   */
  'ms-authenticator-passkeys': {
    url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-authenticator-app#back-up-and-restore-passkeys-in-authenticator',
    readFrom:
      'https://github.com/MicrosoftDocs/entra-docs/blob/dcb5136a14ee2b97be98b5238558595c8cd4650b/docs/identity/authentication/concept-authentication-authenticator-app.md',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2024-08-20',
    passages: [
      'Authenticator is a free passkey solution that lets users do passwordless phishing-resistant authentications from their own phones.',
      'Passkeys in Authenticator are device-bound which ensures the passkey doesn’t leave the device on which it was created.',
      'Passkeys in the Authenticator app are device-bound to ensure that they never leave the device they were created on.',
      "Passkeys in Authenticator aren't backed up and can't be restored on a new device. To create passkeys on a new device, use the passkey on an older device, or use another authentication method to re-create the passkey.",
    ],
  },
  /*
   * azure-docs source of the 2019 user-help page (ms.date 08/22/2019). It contains none of 'Something went wrong',
   * 'Continue', 'Change account', or that switching backup off deletes it (audit finding 17): those come from the older
   * support article ('ms-backup-older'). It does not say a work or school account can't hold the backup; it says a
   * personal Microsoft account is needed as the recovery account.
   */
  'ms-backup-2019': {
    url: 'https://learn.microsoft.com/en-us/azure/active-directory/user-help/user-help-auth-app-backup-recovery',
    readFrom:
      'https://github.com/MicrosoftDocs/azure-docs/blob/03436e93c1512649622ee2e1a6967ad3edf2cb31/articles/active-directory/user-help/user-help-auth-app-backup-recovery.md',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2019-08-22',
    passages: [
      'iOS devices, running version 5.7.0 and later',
      'Android devices, running version 6.6.0 and later',
      'The Microsoft Authenticator app backs up your account credentials and related app settings, such as the order of your accounts, to the cloud. After backup, you can also use the app to recover your information on a new device, potentially avoiding getting locked out or having to recreate accounts.',
      'Each backup storage location requires you to have one personal Microsoft account, while iOS also requires you to have an iCloud account.',
      'Only your personal and 3rd-party account credentials are stored, which includes your username and the account verification code that’s required to prove your identity.',
      'A personal Microsoft account to act as your recovery account.',
      'For iOS only, you must have an iCloud account for the actual storage location.',
      'On your iOS device, select Settings, select Backup, and then turn on iCloud backup.',
      'Your account credentials are backed up to your iCloud account.',
      'On your Android device, select Settings, select Backup, and then turn on Cloud backup.',
      "You can recover your account credentials from your cloud account, but you must first make sure that the account you're recovering doesn't exist in the Microsoft Authenticator app. For example, if you're recovering your personal Microsoft account, you must make sure you don't have a personal Microsoft account already set up in the authenticator app. This check is important so we can be sure we're not overwriting or erasing an existing account by mistake.",
      'On your mobile device, open the Microsoft Authenticator app, and select Begin recovery from the bottom of the screen.',
      'Sign in to your recovery account, using the same personal Microsoft account you used during the backup process.',
      'After you finish your recovery, you might notice that your personal Microsoft account verification codes in the Microsoft Authenticator app are different between your old and new phones. The codes are different because each device has its own unique credential, but both are valid and work while signing in using the associated phone.',
      'Because push notifications require using a credential that’s tied to your specific device and never sent over the network, you must prove your identity before the credential is created on your device.',
      'For personal Microsoft accounts, you can prove your identity by entering your password along with an alternate email or phone number. For work or school accounts, you must scan a QR code given to you by your account provider.',
      'Select Sign in to recover, type your password, and then confirm your email address or phone number as additional verification.',
      'Select Scan QR code to recover, and then scan the QR code.',
      "Changing operating systems. Your backup is stored in the iCloud for iOS and in Microsoft's cloud storage provider for Android. This means that your backup is unavailable if you switch between Android and iOS devices. If you make the switch, you must manually recreate your accounts within the Microsoft Authenticator app.",
      "Account problems. If you're experiencing account-related problems, make sure that you're properly signed in to your account. For iOS this means that you must be signed into iCloud using the same AppleID account as your iPhone.",
      'Accidental deletion. It’s possible that you deleted your backup account from your previous device or while managing your cloud storage account. In this situation, you must manually recreate your account within the app.',
      "Existing Microsoft Authenticator accounts. If you've already set up accounts in the Microsoft Authenticator app, the app won't be able to recover your backed-up accounts. Preventing recovery helps ensure that your account details aren't overwritten with out-of-date information. In this situation, you must remove any existing account information from the existing accounts set up in your Authenticator app before you can recover your backup.",
      'Backup is out of date. If your backup information is out-of-date, you might be asked to refresh the information by signing in to your Microsoft Recovery account again. Your recovery account is the personal Microsoft account you used initially to store your backup. If a sign-in is required, you’ll see a red dot on your menu or action bar. After you select the red dot, you’ll be prompted to sign in again to update your information.',
    ],
  },
  /*
   * B2B guest users: the resource tenant's admin can reset a guest's redemption status (entra-docs external-id,
   * ms.date 03/26/2024). The page does not mention MFA or Authenticator by name; it covers re-inviting a guest
   * whose home account was deleted and re-created or who must sign in with a different identity.
   */
  'ms-guest-reset-redemption': {
    url: 'https://learn.microsoft.com/en-us/entra/external-id/reset-redemption-status',
    readFrom:
      'https://github.com/MicrosoftDocs/entra-docs/blob/e6455cc1069b400d940a0c9e0b1848f03bf84511/docs/external-id/reset-redemption-status.md',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2024-03-26',
    passages: [
      "In this article, you'll learn how to update the guest user's sign-in information after they've redeemed your invitation for B2B collaboration. There might be times when you'll need to update their sign-in information, for example when:",
      'The user wants to sign in using a different email and identity provider',
      'The account for the user in their home tenant has been deleted and re-created',
      "Now you can use the Microsoft Entra admin center, PowerShell or the Microsoft Graph invitation API to reset the user's redemption status and reinvite the user while keeping the user's object ID, group memberships, and app assignments.",
      "To reset a user's redemption status, you'll need one of the following roles assigned at the directory scope:",
      'Helpdesk Administrator (least privileged)',
      'On the Overview tab, under My Feed, select the Reset redemption status link in the B2B collaboration tile.',
      'Under Reset redemption status, select Reset.',
    ],
  },
  /*
   * Emergency access ('break glass') accounts, entra-docs ms.date 02/10/2025. It is about preventing lockout of the
   * only admins; it does not describe how to get back in once every Global Administrator is locked out.
   */
  'ms-emergency-access': {
    url: 'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/security-emergency-access',
    readFrom:
      'https://github.com/MicrosoftDocs/entra-docs/blob/0221316112aa682a8cfb2d1148dc20b352b788f7/docs/identity/role-based-access-control/security-emergency-access.md',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2025-02-10',
    passages: [
      "It's important that you prevent being accidentally locked out of your Microsoft Entra organization because you can't sign in or activate a role. You can mitigate the impact of accidental lack of administrative access by creating two or more emergency access accounts in your organization.",
      'The administrators are registered through Microsoft Entra multifactor authentication, and all their individual devices are unavailable or the service is unavailable. Users might be unable to complete multifactor authentication to activate a role.',
      "The person with the most recent Global Administrator access has left the organization. Microsoft Entra ID prevents the last Global Administrator account from being deleted, but it doesn't prevent the account from being deleted or disabled on-premises. Either situation might make the organization unable to recover the account.",
      "Create two or more emergency access accounts. These accounts should be cloud-only accounts that use the *.onmicrosoft.com domain and that aren't federated or synchronized from an on-premises environment.",
      "Use strong authentication for your emergency access accounts and make sure it doesn't use the same authentication methods as your other administrative accounts. For example, if your normal administrator account uses the Microsoft Authenticator app for strong authentication, use a FIDO2 security key for your emergency accounts.",
    ],
  },
  /*
   * Stored copy of the current support article (iOS steps only; no Android steps, no Microsoft account, no
   * 'Something went wrong' section). It still says 'then enable backup in Authenticator' (audit finding 21).
   * The stored copy shows no date. The 'LEARN HOW' links and the 'will available' typo are as on the page.
   */
  'ms-backup': {
    url: 'https://support.microsoft.com/en-us/account-billing/bb939936-7a8d-4e88-bc43-49bc1a700a40',
    readFrom:
      'https://support.microsoft.com/en-us/account-billing/bb939936-7a8d-4e88-bc43-49bc1a700a40 (stored copy, search corpus "pages")',
    by: 'microsoft',
    read: '2026-12-07',
    passages: [
      'Back up information on all the accounts you have in Authenticator so that if you lose your mobile, or get a new device, you can sign in to restore previously saved accounts, making it easy to access sites or services.',
      'Important: You can only backup and restore on the same device type: accounts backed up using an iOS device cannot be restored on an Android device.',
      'To back up your accounts on an iOS device you need to enable iCloud to use Authenticator and then enable backup in Authenticator.',
      'Enable iCloud Drive on your iOS device. Learn how.',
      'Enable iCloud Keychain on you iOS device. Learn how.',
      'Enable iCloud Backup on your iOS device. Learn how.',
      'Go to your Saved to iCloud list and search for Authenticator. Learn how.',
      'Turn on the toggle for Authenticator.',
      'If the account only uses a one-time password code which refreshes every 30 seconds. The password codes will available once restored.',
      'If the account also provides passwordless sign-in, then only the account name is backed up. When you restore, you will need to sign in again.',
      'Only the account name is backed up. When you restore, you will need to sign in again.',
      'These accounts use a one-time password code which refreshes every 30 seconds. The password codes will available once restored.',
      'IT Admins: Learn how to block 3rd-party TOTP for EntraID to prevent credential backup.',
    ],
  },
  /*
   * The older version of the support backup article (bb939936) with the 'Something went wrong' section. No English
   * copy was found in the stores (searched the pages and docs corpora); only this Estonian copy. Passages are copied
   * verbatim in Estonian. English sense, for reference only (our gloss, not the page's words):
   *  1: you can only back up and restore on the same device type; iOS backups can't be restored on Android.
   *  2: to back up you first need a personal Microsoft account to act as your recovery account.
   *  3: sign in to your iCloud account; that is where the credentials are stored.
   *  4: heading: 'Something went wrong' is shown when trying to back up.
   *  5: if 'Something went wrong' is shown when backing up credentials, it is because you are not signed in.
   *  6: open Authenticator on the mobile device and select Settings.
   *  7: under Backup turn on Cloud backup and choose Continue or Change account to create the backup.
   *  8: heading: Delete the backup.
   *  9: if you want to delete the backup or you signed in with the wrong backup account, do the following.
   * The copy shows no date. The search excerpt stops mid-sentence in the delete steps, so the step that says the
   * toggle is switched off to delete was not seen verbatim here.
   */
  'ms-backup-older': {
    url: 'https://wus.prod.support.services.microsoft.com/et-ee/account-billing/konto-identimisteabe-varundamine-microsoft-authenticatoris-bb939936-7a8d-4e88-bc43-49bc1a700a40',
    readFrom:
      'https://wus.prod.support.services.microsoft.com/et-ee/account-billing/konto-identimisteabe-varundamine-microsoft-authenticatoris-bb939936-7a8d-4e88-bc43-49bc1a700a40 (stored copy, search corpus "pages")',
    by: 'microsoft',
    read: '2026-12-07',
    passages: [
      'Saate taastada ja taastada ainult sama tüüpi seadmes: iOS-seadmega varundatud kontosid ei saa Androidi seadmes taastada.',
      'Saate oma taastekontona tegutseda isikliku Microsofti kontoga. Kas teil pole seda? Looge konto!',
      'Logige sisse oma iCloudi kontole. See on koht, kuhu identimisteave salvestatakse.',
      'Varundamise katsel kuvatakse teade "Midagi läks valesti"',
      'Kui identimisteabe varundamisel kuvatakse teade "Midagi läks valesti", siis on põhjus selles, et te pole sisse logitud.',
      'Avage mobiilsideseadmes Authenticator ja valige siis Sätted.',
      'Lülitage jaotises Varundamine sisse säte Pilvepõhine varukoopia ja valige varukoopia loomiseks Jätka või Muuda kontot .',
      'Varukoopia kustutamine',
      'Kui soovite varukoopia kustutada või vale varukontoga sisse logida, tehke järgmist.',
    ],
  },
  /*
   * Message Center notice (MC1111780 per third parties) as copied on m365admin.handsontek.net. Microsoft's own copy
   * (admin.microsoft.com) could not be read. Note the conflict the app already flags: 'Only account names and third-party
   * TOTP credentials will be backed up.' The stored copy shown here says nothing about Managed Apple Accounts.
   */
  'ms-message-center': {
    url: 'https://m365admin.handsontek.net/?p=15005',
    readFrom: 'https://m365admin.handsontek.net/?p=15005 (stored copy, search corpus "pages")',
    by: 'microsoft',
    read: '2026-12-07',
    quotedBy: 'm365admin.handsontek.net, a site that copies Microsoft 365 Message Center notices',
    passages: [
      'Starting in September 2025, Microsoft Authenticator on iOS will offer a more seamless and secure backup and restore experience using iCloud and iCloud Keychain. This update eliminates the need for a Microsoft personal account to back up account names and third-party TOTP (Time-based One-Time Password) credentials, simplifying setup on new devices.',
      'General Availability (Worldwide): We will begin rolling out in September 2025 and expect to complete by early October 2025.',
      'Users with iCloud and iCloud Keychain enabled will automatically benefit from this enhanced backup experience.',
      'Account names for all accounts in the Authenticator app—including work or school accounts, Microsoft personal accounts, and non-Microsoft accounts (such as Amazon, Google)—will be securely backed up using iCloud and iCloud Keychain.',
      'The existing in-app backup feature that requires a Microsoft personal account will be removed.',
      'Only account names and third-party TOTP credentials will be backed up. No other credentials are included.',
      'Users can disable backup at any time via iCloud settings on their device.',
      'When setting up a new iOS device, users will see their account names automatically appear in the Authenticator app and can sign in to complete setup—without needing a Microsoft account. This experience requires iOS version 16.0 or later.',
    ],
  },
  /*
   * Support article on jailbreak/root detection (work or school Entra credentials only). Stored en-gb copy; no date shown.
   */
  'ms-jailbreak': {
    url: 'https://support.microsoft.com/en-gb/account-billing/jailbreak-rooted-detection-in-microsoft-authenticator-9f0431bd-675a-4f2d-b8fb-7acd18deaadc',
    readFrom:
      'https://support.microsoft.com/en-gb/account-billing/jailbreak-rooted-detection-in-microsoft-authenticator-9f0431bd-675a-4f2d-b8fb-7acd18deaadc (stored copy, search corpus "pages")',
    by: 'microsoft',
    read: '2026-12-07',
    passages: [
      'Starting February 2026, we will introduce jailbreak/rooted detection for work or school account Entra credentials in Authenticator. This change enhances security by preventing Authenticator Entra credentials from functioning on jailbroken or rooted devices.',
      'If Authenticator detects that your device is jailbroken or rooted, all existing Entra credentials will be wiped to protect your organization.',
      'Note: This capability does not require any admin configuration or control.',
      'If you have a jailbroken/rooted device, you will see an error during any operation that involves Entra accounts.',
      'Rollout will occur in three phases, between February 2026 and April 2026:',
      'Warning mode: If you have a jailbroken/rooted device, you will see a warning that your device is jailbroken/rooted and that "Future sign-in will be blocked".',
      'Blocking mode: If you have a jailbroken/rooted device, you will be blocked from registering Entra credentials or signing in via Authenticator.',
      'Wipe mode: All existing Entra credentials in Authenticator will be wiped/removed from jailbroken/rooted devices.',
      "For help removing jailbreak or rooted modifications, or about how to ensure continued sign-in, contact your organization's support team.",
    ],
  },
  /*
   * Stored en-gb copy on Microsoft's support host (eus.prod.support.services.microsoft.com), as the audit used. No date shown.
   */
  'ms-recovery-form': {
    url: 'https://support.microsoft.com/en-us/account-billing/help-with-the-microsoft-account-recovery-form-b19c02d1-a782-dee6-93c3-dc8113b20c42',
    readFrom:
      'https://eus.prod.support.services.microsoft.com/en-gb/account-billing/help-with-the-microsoft-account-recovery-form-b19c02d1-a782-dee6-93c3-dc8113b20c42 (stored copy, search corpus "pages")',
    by: 'microsoft',
    read: '2026-12-07',
    passages: [
      'If you have turned on two-step verification and cannot access any of the alternate methods to get a verification, we cannot help you, sorry. To protect your account and its contents, our support agents are not allowed to send password reset links, or access and change account details.',
      "If you have not turned on two-step verification and don't recognize any of the verification email or phone options when trying to reset your password, use the Sign-in Helper tool.",
      'Filling in the account recovery form can take time: try the account Sign-in Helper tool first.',
      "The steps below will help guide you when filling out the account recovery form. It can be a lengthy process as it's designed to ask questions about your account that only you can answer. Microsoft will review your answers and respond within 24 hours.",
      "You'll need a working email account that you can access. We'll use this account to send you information about your request. You can use any active email account, even one belonging to a friend or relative.",
      'Collect as much information as you can about any Microsoft services you may have used with this account.',
    ],
  },
  /*
   * Stored en-za copy of help/4057241. No date shown.
   */
  'ms-security-info-wait': {
    url: 'https://support.microsoft.com/help/4057241',
    readFrom:
      'https://support.microsoft.com/en-za/help/4057241/microsoft-account-why-does-resetting-security-info-take-30-days (stored copy, search corpus "pages")',
    by: 'microsoft',
    read: '2026-12-07',
    passages: [
      "The 30-day waiting period helps Microsoft stop unauthorized people from trying to completely take over an account that isn't theirs.",
      "This waiting period gives the real account owner enough time to be alerted of any major changes and to cancel it if they didn't make those changes.",
      "During this 30-day period, you'll still be able to access most Microsoft services. You won't, however, be able to do things that require a security code, like changing your password, viewing billing information, or buying new apps or games from Microsoft Store or on Xbox.",
      'After the process of resetting your security information has started, you must wait the full 30 days for it to complete. However, if you regain access to a piece of your original security info, you can cancel the replacement yourself.',
    ],
  },
  /*
   * The only stored copy of help/12408 is old: 'Article ID: 12408 - Last Review: Jun 22, 2016 - Revision: 9' (audit finding 20).
   */
  'ms-two-step': {
    url: 'https://support.microsoft.com/en-us/help/12408/microsoft-account-about-two-step-verification',
    readFrom:
      'https://support.microsoft.com/en-us/help/12408/microsoft-account-about-two-step-verification (stored copy, search corpus "pages")',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2016-06-22',
    passages: [
      'Two-step verification helps protect you by making it more difficult for someone else to sign in to your Microsoft account. It uses two different forms of identity: your password, and a contact method (also known as security info).',
      "If you turn on two-step verification, you will always need two forms of identification. This means that if you forget your password, you need two contact methods. Or if you lose your contact method, just your password won't get you back into your account. For that reason, we strongly recommend you keep three pieces of security info on your account, just in case.",
      'Article ID: 12408 - Last Review: Jun 22, 2016 - Revision: 9',
    ],
  },
  /*
   * Seen only as the page's own snippet on a search-engine results page; only words in that snippet are copied.
   */
  'ms-recovery-code': {
    url: 'https://support.microsoft.com/en-us/account-billing/microsoft-account-recovery-code-2acc2f88-e37b-4b44-99d4-b4419f610013',
    readFrom:
      'http://yacy.domain.glass/search/?q=microsoft+account+recovery+code+email (stored copy, search corpus "pages")',
    by: 'microsoft',
    read: '2026-12-07',
    quotedBy: 'yacy.domain.glass, a search-engine results page showing the article snippet',
    passages: [
      'Scroll down to the Recovery code section and select Generate a new code.',
      'Caution: As soon as you create a new recovery code, any previous codes will no longer work.',
    ],
  },
  /*
   * Read through a web proxy's stored copy of support.apple.com/en-ng/109016 (the audit used the same en-ng page).
   * The proxy rewrites 'security' as 'secureity' in places; sentences with that damage are left out. No date shown.
   */
  'apple-keychain': {
    url: 'https://support.apple.com/en-us/109016',
    readFrom:
      'https://akroncuttingedge.com/pFad/v3index.php?u=http%3A%2F%2Fsupport.apple.com%2Fen-ng%2F109016 (stored copy, search corpus "pages")',
    by: 'apple',
    read: '2026-12-07',
    passages: [
      'With iCloud Keychain, you can keep your passwords (and other secure information) updated across your devices and shared with the people that you trust.',
      'Before you turn on iCloud Keychain, update your device to the latest iOS or iPadOS, the latest version of macOS, or the latest version of visionOS, and make sure that two-factor authentication is turned on for your Apple Account.',
      'Tap Settings, tap your name, then choose iCloud.',
      'Under Saved to iCloud, tap Passwords. In iOS 17 or earlier, tap Passwords and Keychain.',
      'Tap Sync this [Device] to turn on iCloud Passwords & Keychain. You might be asked for your passcode or Apple Account password.',
      'If you choose to "Approve Later" when signing in to your Apple Account, you need to approve with an old passcode or from another device when prompted. If you\'re unable to approve, reset your end-to-end encrypted data when prompted.',
    ],
  },
  /*
   * Stored copy of support.apple.com/en-om/118574 (older wording, 'Apple ID'). Note (audit finding 4): Apple says the
   * device should be avoided only when recovery was started in that device's browser, and other devices are turned off
   * 'to avoid delays', not because they cancel recovery. See 'apple-account-recovery-current' for the newer wording.
   */
  'apple-account-recovery': {
    url: 'https://support.apple.com/en-us/118574',
    readFrom: 'https://support.apple.com/en-om/118574 (stored copy, search corpus "pages")',
    by: 'apple',
    read: '2026-12-07',
    passages: [
      'If you use two-factor authentication and can’t sign in or reset your password, you can regain access after an account recovery waiting period.',
      'Account recovery is a process designed to get you back into your Apple ID account when you don’t have enough information to reset your password. For security reasons, it might take several days or longer before you can use your account again.',
      'Learn how to reset your Apple ID password on a trusted device or through the Apple Support app on a family member’s iPhone, iPad, or iPod touch. You can also visit an Apple Store and ask to use a device on site.',
      'If you set up an account recovery contact, they can also help you reset your password.',
      'Use account recovery only as a last resort when you can’t sign in or reset your Apple ID password.',
      'After you request account recovery, you get an email with a confirmation of your request and the date and time of when you can expect to regain access. This email arrives within 72 hours.',
      "If you submitted your account recovery request with through your device's browser, you should avoid using that device during this period. Using that device might cancel account recovery.",
      'To avoid delays, turn off other devices that are signed in with your Apple ID until account recovery is complete.',
    ],
  },
  /*
   * Microsoft Q&A thread 5894047 (stored copy). First passage is the asker's own words (Patrick Pautynsky,
   * 2026-05-18); the rest are from the only answer, labelled 'AI answer' on the page (not written by Microsoft staff).
   */
  'qa-backup-stopped': {
    url: 'https://learn.microsoft.com/en-us/answers/questions/5894047/authenticator-backup',
    readFrom:
      'https://learn.microsoft.com/en-us/answers/questions/5894047/authenticator-backup (stored copy, search corpus "pages")',
    by: 'users',
    read: '2026-12-07',
    passages: [
      // asker (user)
      "My authenticator stopped backing up and restore in non functional...This is not an isolated case...This problem has been plaguing 1000's of users and no solution has been provided to those affected....This is an important safety feature, It;s inconceivable that microsoft takes this problem so lightly...WE NEED A SOLUTION!!!",
      // AI answer
      'There are supported steps to get Microsoft Authenticator backup and restore working again, but they depend on device type and on whether the backup was correctly created.',
      // AI answer
      'Accounts backed up on iOS cannot be restored on Android, and vice versa.',
      // AI answer
      'If the app shows “Something went wrong” when enabling backup, sign in to the recovery account in Authenticator and then turn the backup toggle on again.',
    ],
  },
  /*
   * Microsoft Q&A thread 5819700 (stored copy). Only the AI answer's text was in the stored excerpt; the asker's
   * own words were not seen. All passages below are from the AI answer.
   */
  'qa-restore-option': {
    url: 'https://learn.microsoft.com/en-us/answers/questions/5819700/cannot-restore-data-authenticator-from-old-device',
    readFrom:
      'https://learn.microsoft.com/en-us/answers/questions/5819700/cannot-restore-data-authenticator-from-old-device (stored copy, search corpus "pages")',
    by: 'ai-answer',
    read: '2026-12-07',
    passages: [
      // AI answer
      'Important: Before signing into any account in Authenticator, choose Restore from backup or Begin recovery.',
      // AI answer
      'If already signed in, sign out of all accounts in Authenticator first (see “how to sign out from Authenticator” in the linked article), then:',
      // AI answer
      'Sign in with the same personal Microsoft account that was used for backup on the old device.',
      // AI answer
      'Remove or sign out of all accounts in Authenticator on the new device.',
      // AI answer
      'Reopen Authenticator; Restore from backup or Begin recovery should then appear so the backup can be restored.',
      // AI answer
      'Ensure Authenticator is version 6.8.33 or later and open the app at least once.',
      // AI answer
      'On the Accounts screen, tap Sign in next to each affected account.',
      // AI answer
      'If seeing “Sign in to restore your account” in Authenticator',
      // AI answer
      'Work or school accounts: only the account name is restored; sign-in is required again.',
      // AI answer
      '3rd party accounts (Amazon, Facebook, Gmail, etc.): OTP codes are restored.',
      // AI answer
      'Enter the account password, then confirm email address or phone number for additional verification.',
    ],
  },
  /*
   * GitHub issue (issues corpus). First passage: the reporter (mrcasancrem, 2020-06-14). Second: reply by shashishailaj
   * (docs triage, 2020-06-15).
   */
  'gh-overwrite-2020': {
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/57045',
    readFrom:
      'https://github.com/MicrosoftDocs/azure-docs/issues/57045 (stored copy, search corpus "issues")',
    by: 'users',
    read: '2026-12-07',
    passages: [
      // reporter (user)
      'Hello, I installed the microsoft authentication application on my cell phone and logged in with my outlook account, with this I inadvertently replaced my previous backup that I had with that email. Is there a way to recover my previous backup?',
      // reply by shashishailaj (docs triage); the excerpt ends here
      '@mrcasancrem Thank you for your query. As far as I know if you have erased it from backup there is no other way to restore it because there is only one copy of it',
    ],
  },
  /*
   * GitHub issue (issues corpus). Passages are the reporter's words (davabergeron, 2021-05-15); the Microsoft reply
   * (JamesTran-MSFT) was cut off in the excerpt and is not quoted.
   */
  'gh-overwrite-2021': {
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/75363',
    readFrom:
      'https://github.com/MicrosoftDocs/azure-docs/issues/75363 (stored copy, search corpus "issues")',
    by: 'users',
    read: '2026-12-07',
    passages: [
      // reporter (user)
      'I had the option enabled on my old phone, then I configured my new phone with my MS account.',
      // reporter (user)
      'When I opened the settings page to enable cloud save on the new phone it asked me if I wanted to erase the existing cloud backup (with all my existing keys, that were supposed to be recovered, with no option to pull in the cloud backup).',
    ],
  },
  /*
   * GitHub issue, stored page copy (docs corpus). The issue body as stored; the domain name after 'Unblock Domain:'
   * was not in the stored text (it was likely a code block).
   */
  'gh-hosts-399': {
    url: 'https://github.com/lightswitch05/hosts/issues/399',
    readFrom:
      'https://www.github.com/lightswitch05/hosts/issues/399 (stored copy, search corpus "docs")',
    by: 'users',
    read: '2026-12-07',
    passages: [
      // reporter (user)
      'When using the Android version of Microsoft Authenticator, cloud backup cannot be logged in/deleted.',
    ],
  },
  /*
   * Microsoft Q&A thread 5900450 (stored copy). First two passages are the asker's words (Bernie Mansell,
   * 2026-05-23); the rest are from the only answer, labelled 'AI answer' on the page (not written by Microsoft staff).
   */
  'qa-not-stored': {
    url: 'https://learn.microsoft.com/en-us/answers/questions/5900450/personal-microsoft-authenticator-restore',
    readFrom:
      'https://learn.microsoft.com/en-us/answers/questions/5900450/personal-microsoft-authenticator-restore (stored copy, search corpus "pages")',
    by: 'ai-answer',
    read: '2026-12-07',
    passages: [
      // asker (user)
      'My phone recently died and I have purchased a new phone. I am unable to restore from backup.',
      // asker (user)
      'Your backup is not stored with (My 365 account). Try signing in to a different personal Microsoft account.',
      // AI answer
      'The error indicates that the backup being searched for is not associated with the Microsoft account currently signed in as the recovery account in Authenticator.',
      // AI answer
      'The same personal Microsoft account is used as the recovery account that was used when backup was originally enabled.',
      // AI answer
      'Backup was actually turned on in Authenticator on the old device.',
      // AI answer
      'Restore is being done on the same device type (iOS→iOS or Android→Android).',
      // AI answer
      'Backups created on iOS cannot be restored on Android, and vice versa.',
      // AI answer
      'On the new phone, open Authenticator → Settings → under Backup, check which personal Microsoft account is shown.',
      // AI answer
      'The error message means the backup is not stored under that account. If there is any chance another personal Microsoft account was used previously (for example an old Outlook/Hotmail/Live address), sign out in Authenticator and sign in with that other account, then try restore again.',
      // AI answer
      'For iOS, backup requires iCloud Drive, iCloud Keychain, and iCloud Backup to have been enabled, and Authenticator must have been toggled on in the Saved to iCloud list, with backup enabled inside the app.',
      // AI answer
      'For Android, Cloud Backup must have been enabled in Authenticator with a personal Microsoft account.',
      // AI answer
      'If backup was not enabled or was disabled before the phone died, there is no stored backup to restore and the accounts must be added again manually.',
    ],
  },
  /*
   * Microsoft's own article was not read. Its dated list is quoted, in quotation marks and attributed to Microsoft, in
   * a copy of a Forbes article on nnuforum.com (stored copy). Only the words inside those quotation marks are copied.
   */
  'ms-autofill': {
    url: 'https://support.microsoft.com/en-us/account-billing/changes-to-microsoft-authenticator-autofill-09fd75df-dc04-4477-9619-811510805ab6',
    readFrom:
      'https://nnuforum.com/microsoft-starts-deleting-your-passwords-in-6-weeks-act-now (stored copy, search corpus "pages")',
    by: 'microsoft',
    read: '2026-12-07',
    quotedBy: 'nnuforum.com, a copy of a Forbes article that quotes the notice',
    passages: [
      'Starting June 2025, you will no longer be able to save new passwords in Authenticator.',
      'During July 2025, you will not be able to use autofill with Authenticator.',
      'From August 2025, your saved passwords will no longer be accessible in Authenticator.',
      'will no longer be accessible and any generated passwords not saved will be deleted.',
      'your saved passwords (but not your generated password history) and addresses are securely synced to your Microsoft account, and you can continue to access them and enjoy seamless autofill functionality with Microsoft Edge.',
    ],
  },
  /*
   * No stored copy of Microsoft's page was found. A university help desk (De La Salle Lipa) republishes its steps word
   * for word (stored copy); passages are copied from that copy.
   */
  'ms-password-reset': {
    url: 'https://support.microsoft.com/en-us/account-billing/reset-a-forgotten-microsoft-account-password-eff4f067-5042-c1a3-fe72-b04d60556c37',
    readFrom:
      'https://wehelp.dlsl.edu.ph/support/solutions/articles/69000857989-password-reset (stored copy, search corpus "pages")',
    by: 'microsoft',
    read: '2026-12-07',
    quotedBy: 'wehelp.dlsl.edu.ph, a university help desk that republishes the article',
    passages: [
      'If the "Enter password" window is still open select Forgot password?',
      'For your protection, Microsoft must verify your identity before you can proceed with resetting your password.',
      'Choose how you want to receive a verification code.',
      'If you don’t see an option for where to send a code, or you no longer have access to any of the verification options shown, use this sign-in helper tool.',
      "If you don't recognize any of the verification email or phone options, use this sign-in helper tool.",
      'Microsoft will send a verification code to the email or phone number you selected.',
      'Paste or type the code you received and select Next.',
      'Type your new password and select Next.',
    ],
  },
  /*
   * No English copy of 118225 was found; the stored Swedish copy of the same article (sv-se) is quoted verbatim.
   * English sense, for reference only (our gloss, not the page's words):
   *  1: when you turn on iCloud for an app, its information is stored securely in iCloud and syncs across your devices.
   *  2: Go to Settings > your name.  3: Tap iCloud.
   *  4: Tap See All next to Saved to iCloud. In iOS 17 or earlier, tap See All under Apps Using iCloud.
   * No date shown.
   */
  'apple-saved-to-icloud': {
    url: 'https://support.apple.com/en-us/118225',
    readFrom: 'https://support.apple.com/sv-se/118225 (stored copy, search corpus "pages")',
    by: 'apple',
    read: '2026-12-07',
    passages: [
      'När du aktiverar iCloud för en app lagras informationen säkert på iCloud och synkroniseras automatiskt på alla dina enheter.',
      'Gå till Inställningar > ditt namn.',
      'Tryck på iCloud.',
      'Tryck på Visa alla bredvid Sparad till iCloud. I iOS 17 eller tidigare trycker du på Visa alla under Appar som använder iCloud.',
    ],
  },
  /*
   * No full copy of the RFC was found in the stores. Its sentences are quoted, in quotation marks and naming the RFC
   * section, in comments of TOTP code in public repositories (code index, find_string); only those quoted words are copied.
   */
  'rfc-totp': {
    url: 'https://datatracker.ietf.org/doc/html/rfc6238',
    readFrom:
      'code comments quoting RFC 6238 sections 4.1, 4.2, 5.2 and 6 (stored code index, find_string "Because of possible clock drifts between a client")',
    by: 'standard',
    read: '2026-12-07',
    quotedBy: 'comments in open-source TOTP code that quote the RFC',
    passages: [
      'T0 is the Unix time to start counting time steps (default value is 0, i.e., the Unix epoch) and is also a system parameter.',
      'T = (Current Unix time - T0) / X',
      'We RECOMMEND a default time-step size of 30 seconds. This default value of 30 seconds is selected as a balance between security and usability.',
      'Because of possible clock drifts between a client and a validation server, we RECOMMEND that the validator be set with a specific limit to the number of time steps a prover can be "out of synch" before being rejected.',
    ],
  },
  /*
   * Microsoft Q&A thread 5888875, read in a stored copy on a mirror of learn.microsoft.com
   * (azure.microsofts.workers.dev). First passage is the asker's words (Alonso, 2026-05-13); the rest are from the
   * only answer, labelled 'AI generated content' from Q&A Assist (not written by Microsoft staff).
   */
  'qa-submit-logs': {
    url: 'https://learn.microsoft.com/en-us/answers/questions/5888875/microsoft-authenticator-unable-to-toggle-cloud-bac',
    readFrom:
      'https://azure.microsofts.workers.dev/en-us/answers/questions/5888875/microsoft-authenticator-unable-to-toggle-cloud-bac (stored copy of the thread on a mirror, search corpus "pages")',
    by: 'ai-answer',
    read: '2026-12-07',
    passages: [
      // asker (user)
      'I disabled cloud back up in order to replace old back up but when i tried to enable again it gives me an error and to submit logs. I did that on the app and it gave me this folio: PUQ8NWF2.',
      // AI answer
      'Since the app already asked to submit logs and provided a folio ID (PUQ8NWF2), keep that ID and share it with support or IT admin if this is a work/school-managed device. They can use it together with the diagnostics logs to investigate further.',
      // AI answer
      'Only one backup per Microsoft personal account is supported.',
    ],
  },
  'ms-entra-support': {
    url: 'https://learn.microsoft.com/en-us/entra/fundamentals/how-to-get-support',
    readFrom:
      'https://github.com/MicrosoftDocs/entra-docs/blob/0452a93f2e309770d5294d0996ad2205481f018a/docs/fundamentals/how-to-get-support.md',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2024-01-05',
    passages: [
      "If you're unable to find answers by using the previously mentioned resources, you can open an online support request.",
      'Support is available online and by phone for Microsoft paid and trial subscriptions on global technical, pre-sales, billing, and subscription issues. Phone support and online billing support are available in additional languages.',
      'Microsoft customers can create and manage support requests in the Azure portal and the Microsoft Entra admin center.',
      "If you're not an Azure customer, you can open a support request with Microsoft Support for business.",
    ],
  },
  'press-managed-apple-id': {
    url: 'https://www.cybersecurityinsight.us/index.php/cs/news-page/microsoft-authenticator-for-ios-now-backs-up-entirely-to-icloud',
    readFrom:
      'https://www.cybersecurityinsight.us/index.php/cs/news-page/microsoft-authenticator-for-ios-now-backs-up-entirely-to-icloud (stored copy, search corpus "pages")',
    by: 'press',
    read: '2026-12-07',
    passages: [
      'For corporate-managed devices using Apple’s managed Apple IDs, those IDs will be used to handle the backup instead of personal Apple accounts.',
      'The feature requires iOS version 16.0 or later, and both iCloud and iCloud Keychain must be enabled on the device.',
      'When users sign in on a new device using the same Apple ID, the backed-up data will be automatically restored.',
    ],
  },
  'ms-other-verification': {
    url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/active-directory/text-voice-call-verification-code-mfa-not-send',
    readFrom:
      'https://github.com/MicrosoftDocs/SupportArticles-docs/blob/76e79ef6722f40d6172d9d028e56fc561c2ce9b8/support/azure/active-directory/text-voice-call-verification-code-mfa-not-send.md',
    by: 'microsoft',
    read: '2026-12-07',
    pageDate: '2020-07-06',
    passages: [
      'If you have set up other options for security verification, select Other verification options, and then try again by selecting a different option. Also, make sure that your phone numbers are correct in your user account settings.',
      'Ask another global admin to confirm whether your phone numbers are set correctly in your user settings.',
    ],
  },
};
