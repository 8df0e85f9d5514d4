/**
 * Every sentence around the services directory, the service pages and the recovery plan.
 * Placeholders in braces are filled by `fill()`. Parsed by servicesUiSchema and
 * directoryCopySchema in ./schema.ts; the services themselves are in ./data.ts.
 */
export const servicesUi = {
  directory: {
    title: 'Get back into each account',
    intro:
      'When Authenticator’s codes are gone, each service has its own way back in. Find a service for its official recovery page, what to have ready, and how long it takes.',
    planLink: 'Build your recovery plan',
    planHint: 'Pick the services you had in Authenticator and get them in the best order.',
    searchLabel: 'Find a service',
    searchHint: 'Type its name or web address, like “gmail” or “x.com”.',
    searchButton: 'Search',
    resultsHeading: 'Services matching “{query}”',
    resultCountOne: '1 service matches “{query}”.',
    resultCountMany: '{count} services match “{query}”.',
    noResults: 'No service in our list matches “{query}”.',
    noResultsHelp: 'What to do for a service that is not listed',
    showAll: 'Show all services',
    allHeading: 'All services',
    allCount: '{count} services, grouped by kind.',
    jumpTo: 'Jump to a group',
    matched: {
      alias: 'Also called “{term}”',
      domain: 'Web address {term}',
      fuzzy: 'Close to “{term}”',
    },
    notConfirmed: 'Not fully confirmed',
  },
  service: {
    titleSuffix: 'lost authenticator codes',
    backToList: 'All services',
    recoveryLink: 'Open {name}’s recovery page',
    recoveryHost: 'On {host}, {name}’s own website.',
    signsInWith: 'You sign in to {name} with another account. Get back into that one first:',
    needsHeading: 'Ways back in',
    needsIntro: 'Any one of these may be enough. The most useful comes first.',
    waitHeading: 'How long it takes',
    warningsHeading: 'Before you start',
    noFallback: '{name} says it cannot let you back in without one of the things above.',
    caveatHeading: 'Not fully confirmed',
    noteHeading: 'Good to know',
    knownAsHeading: 'Also known as',
    domainsHeading: 'Web addresses',
    checked: 'Checked on {date}.',
    holderHeading: 'If this account held your Authenticator backup',
    addToPlan: 'Add {name} to a recovery plan',
    addToYourPlan: 'Add {name} to your recovery plan',
    inYourPlan: '{name} is in your recovery plan: open it',
  },
  plan: {
    title: 'Your recovery plan',
    intro:
      'Work through your accounts in this order: email first, because other services send recovery messages there.',
    ticksWithScript: 'Tick each one off as you go.',
    ticksWithoutScript:
      'Ticks here need JavaScript, which is off in this browser. Print this plan or download it, and tick on paper.',
    emptyIntro:
      'Pick the services you had in Microsoft Authenticator. We put them in the order that makes recovery easiest, with each one’s official recovery page.',
    keepLink:
      'The plan is in this page’s address: bookmark it, or copy the link to come back on another device.',
    keepTicks: 'Your ticks are kept in this browser only, and nowhere else.',
    problemsHeading: 'Part of this link could not be used',
    problemsIntro: 'We left these out and made the plan from the rest.',
    unknownService: 'We do not know a service called “{value}”.',
    badHolder: '“{value}” is not an account that can hold the Authenticator backup.',
    badWork: '“{value}” is not a yes or no for work or school accounts.',
    checklistHeading: 'Your checklist',
    progress: '{done} of {total} services done',
    progressOne: '{done} of 1 service done',
    added: '{names} added to your plan.',
    goTo: 'Go to {name}’s recovery page',
    itHelpDesk:
      'Contact {helpDesk}. Your organisation resets work and school sign-in, not a public page.',
    addedWork: 'Added because you had a work or school account in Authenticator.',
    needsLabel: 'Ways back in, best first:',
    waitLabel: 'Time:',
    more: 'More about {name}',
    copyLink: 'Copy link to this plan',
    copied: 'Copied',
    copiedStatus: 'The link to this plan is copied.',
    copyFailed: 'Could not copy. Copy the address from your browser’s address bar instead.',
    print: 'Print this plan',
    clear: 'Clear ticks',
    clearedStatus: 'All ticks cleared.',
    clearAsk: 'Clear all {count} ticks? This cannot be undone.',
    clearAskOne: 'Clear your 1 tick? This cannot be undone.',
    clearYes: 'Yes, clear them',
    clearNo: 'No, keep them',
    printHeading: 'Open this plan again',
    printHint: 'Type this address or scan the code with your phone to get back to this plan.',
    printQrLabel: 'QR code of the link to this plan',
    pickerHeading: 'Choose your services',
    changeHeading: 'Add or remove services',
    pickerHint: 'Tick every service you had in Authenticator. Not sure? Tick it anyway.',
    filterLabel: 'Filter the list',
    filterHint: 'Type a name or web address.',
    filterCountOne: '1 service shown.',
    filterCountMany: '{count} services shown.',
    filterNone: 'No service matches. It may not be in our list: see the steps below the list.',
    aboutLegend: 'About your Authenticator',
    workLabel: 'I had a work or school account in Authenticator',
    holderLegend: 'Where was your Authenticator backup kept?',
    holder: {
      apple: 'In iCloud, with my Apple Account (iPhone)',
      microsoft: 'With a personal Microsoft account (Android, or the older iPhone backup)',
      none: 'I don’t know, or there was no backup',
    },
    submit: 'Make my plan',
    submitCount: 'Make my plan ({count} services)',
    submitCountOne: 'Make my plan (1 service)',
    downloadHeading: 'Keep a copy for when you are offline',
    downloadHint:
      'A file that opens on any phone or computer without internet, with every link and warning in it.',
    downloadHtml: 'Download this plan (web page)',
    downloadMarkdown: 'Download as plain text (Markdown)',
    downloadTicks:
      'The file holds your ticks so far: they go with the download only to make the file, and are not kept.',
    fileFrom: 'Made from this plan online:',
    fileDone: 'Done',
    fileNotDone: 'Not done yet',
  },
  notListed: {
    heading: 'A service that is not in the list',
    intro: 'Most services still have a way back in. Try these, in order:',
    steps: [
      'On the service’s sign-in page, look for “Try another way”, “Lost your device?” or “Can’t use your authenticator app?”.',
      'Search the service’s own help pages for “lost 2FA device” or “two-factor recovery”.',
      'Use a backup or recovery code if you saved one when you turned on two-step sign-in.',
      'If nothing works, contact the service’s support team. Use only the contact details on its own website.',
    ],
    directoryLink: 'Search the 2FA Directory',
    directoryHint: 'It lists which sites offer two-step sign-in, with links to their help pages.',
    directoryUrl: 'https://2fa.directory/',
    credit: 'Data sourced from 2FA Directory by 2factorauth',
  },
};

/** The words for the values entries take: what to have ready, each group, how confirmed. */
export const directoryCopy = {
  needs: {
    'backup-codes': 'Your backup codes',
    'recovery-key': 'A recovery key or code you saved at setup',
    'other-method': 'Another sign-in method, like a backup phone or security key',
    'trusted-device': 'A device where you are still signed in',
    'email-access': 'Access to the account’s email',
    'id-check': 'A photo ID or a selfie check',
    'account-details': 'Details that show the account is yours',
    'support-ticket': 'Asking the service’s support team',
    'admin-reset': 'Your admin, for a work, team or school account',
  },
  categories: {
    'email-identity': 'Email and sign-in accounts',
    'microsoft-apple': 'Microsoft and Apple accounts',
    'password-manager': 'Password managers',
    'developer-cloud': 'Developer, cloud and domains',
    finance: 'Money and payments',
    shopping: 'Shopping and selling',
    social: 'Social and messaging',
    gaming: 'Games',
    'work-productivity': 'Work and productivity',
    other: 'Other',
  },
  confirmation: {
    confirmed: 'We read the service’s own page.',
    partial:
      'We saw the service’s page, but some details come from other sources. Check the official page.',
    unconfirmed:
      'We could not read the service’s page ourselves. Check every step on the official page.',
  },
  planGroups: {
    'email-identity':
      'First: your email and sign-in accounts. Other services send recovery mail here.',
    'microsoft-apple': 'Next: your Microsoft or Apple account.',
    other: 'Then: everything else.',
  },
  itHelpDesk: 'your IT help desk',
  backupHolder: {
    // The reset warning is on the Apple entry itself: it holds for every Apple Account.
    apple: { held: 'This account held your Authenticator backup, in iCloud Keychain.', advice: [] },
    microsoft: {
      held: 'This account held your Authenticator backup.',
      advice: [
        {
          // MicrosoftDocs/azure-docs#57045: adding the account on a new phone replaced the
          // backup, and Microsoft answered that "there is only one copy of it".
          text: 'Once you’re back in, open Authenticator on the new phone and tap “Restore from backup” (“Begin recovery” on an older iPhone) before you add any account there, this one included, or turn on “Cloud Backup”. There is only one copy of the backup, and turning backup on first can replace it.',
          warns: ['add-accounts-before-restore', 'enable-backup-before-restore'],
        },
      ],
    },
  },
};
