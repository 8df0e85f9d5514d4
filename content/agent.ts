/**
 * The words for sharing with support, the support console, the link builder and the flow
 * map. Placeholders in braces are filled by `fill()`. Rule sentences are keyed by the guard
 * names in machines/diagnosis-machine.ts: `when` says why the branch taken was taken,
 * `unless` why an earlier branch for the same answer was not.
 */
export const agent = {
  share: {
    title: 'Share with support',
    intro:
      'Send this to your support team, or use it to carry on on another device. Nothing is sent anywhere unless you copy it.',
    opensAt: 'It opens at: {title}',
    start: 'The first question of the checklist',
    linkLabel: 'Link to this page',
    linkHint: 'Anyone with this link sees your answers and this page. It holds nothing else.',
    codeLabel: 'Case code',
    codeHint:
      'Read it out on a call. It holds the same answers as the link. Dashes and capitals do not matter.',
    qrHeading: 'Continue on another device',
    qrHint: 'Point the other device’s camera at this code to open this page there.',
    qrLabel: 'QR code of the link to this page',
    copyLink: 'Copy link',
    copyCode: 'Copy code',
    copied: 'Copied',
    copiedAnnouncement: 'Copied to the clipboard.',
    copyFailed: 'Could not copy. Select the text and copy it instead.',
    back: 'Back to the checklist',
    noAnswers:
      'This link holds no answers we can use, so sharing it would only open the first question.',
  },
  console: {
    title: 'Support console',
    intro:
      'Paste a customer’s link or type their case code to see what they answered, where they are now, and why each step followed. Nothing you enter is stored or sent anywhere.',
    inputLabel: 'Link or case code',
    inputHint: 'For example {example}, or a link to a page of this checklist.',
    submit: 'Open',
    buildLink: 'Build a link for a customer',
    flowLink: 'See the whole checklist as a map',
    problemHeading: 'This could not be read',
    noticeHeading: 'About this link',
    noticeIntro: 'The answers below are every answer that could be used.',
    counting: 'Characters are counted from the start, without dashes or spaces.',
    tryAgain: 'Check it with the customer and try again, or ask for the link instead.',
    code: {
      empty: 'Type a case code or paste a link.',
      tooShort: 'This code is missing characters: case codes have at least 4 letters and digits.',
      cutShort:
        'This code is missing characters: its end looks cut off. Check the whole code, to its last character, and type it again.',
      tooLong: 'This is too long to be a case code.',
      badCharacter:
        'This code has a typo near character {position}: “{character}” is not used in case codes.',
      typo: 'This code has a typo near character {position}.',
      swap: 'This code has two characters swapped near character {position}.',
      typoUnplaced: 'This code has more than one typo, so we cannot say where.',
      newer:
        'This code comes from a newer version of the checklist (version {version}) than this site runs (version {current}).',
      older:
        'This code comes from version {version} of the checklist, which this site can no longer read.',
      unreadable:
        'This code passes its checks but does not describe a way through the checklist. It may have several typos.',
    },
    link: {
      notOurs: 'This does not look like a case code or a link to this checklist.',
      noAnswers: 'This link holds no answers: the customer is at the first question.',
      outcomePage: 'This link is a result page on its own: it holds no answers.',
    },
    otherVersion: {
      heading: 'This code is from another version of the checklist',
      read: 'It was made with version {version}; this site runs version {current}. We read it with the answers version {version} offered. Check them with the customer.',
      stoppedQuestion:
        'Today’s checklist asks “{question}”, which version {version} did not, so reading stopped there.',
      stoppedAnswer: '“{value}” is no longer an answer to “{question}”, so reading stopped there.',
      changesHeading: 'What changed on this customer’s way since then',
      questionGone: '“{question}” is no longer asked.',
      answerGone: '“{value}” is no longer an answer to “{question}”.',
      answerAdded: '“{question}” now also offers “{value}”.',
      noChanges: 'Nothing on this customer’s way changed.',
    },
    caseHeading: 'Case {code}',
    linkHeading: 'Customer link',
    transcriptHeading: 'What the customer answered',
    transcriptEmpty: 'No answers yet: the customer is at the first question.',
    question: 'Question {n}',
    answer: 'Answer',
    rule: 'Why the next step',
    nowHeading: 'Where the customer is now',
    nowQuestion: 'At the question “{title}”.',
    nowOutcome: 'At the result “{title}”.',
    openStep: 'Open this step as the customer sees it',
    outcomeHeading: 'The result',
    outcomePage: 'Open the result page',
    sourcesHeading: 'Sources for this result',
    summaryHeading: 'Ticket summary',
    summaryLabel: 'Ticket summary, as plain text',
    copySummary: 'Copy summary',
    linkLabel: 'Customer link',
    codeLabel: 'Case code',
    copyLink: 'Copy link',
    copyCode: 'Copy code',
  },
  summary: {
    title: 'Authenticator restore checklist: case {code}',
    version: 'Checklist version: {version}',
    link: 'Link: {link}',
    answers: 'Answers:',
    noAnswers: 'Answers: none yet',
    line: '{n}. {question}',
    answer: '   Answer: {answer}',
    why: '   Why: {rule}',
    nowQuestion: 'Now at the question: {title}',
    nowOutcome: 'Result ({category}): {title}',
    outcomeSummary: 'In short: {summary}',
    sources: 'Sources:',
    source: '- {title}: {url} ({standing})',
    fix: 'a fix',
    referral: 'recovery elsewhere',
  },
  rules: {
    isAnswer: { when: '“{answer}” leads to “{next}”.' },
    isRestoring: {
      when: 'The customer is restoring onto a phone (a new one, or theirs after a reset), so “{answer}” leads to “{next}”.',
      unless:
        'The customer is not restoring onto a phone (they are preparing, checking a backup, or deleted accounts).',
    },
    isMovingToNewPhone: {
      when: 'The customer is setting up a new phone, so the old phone is asked about next: “{answer}” leads to “{next}”.',
      unless: 'The customer is not moving to a new phone while the old one may still be there.',
    },
    isSamePhone: {
      when: 'The accounts disappeared from the phone the customer still uses, so “{answer}” leads to “{next}”.',
      unless: 'The customer is not restoring onto the same phone.',
    },
    wereAccountsDeleted: {
      when: 'The customer deleted accounts in the app, and the backup follows the app, so “{answer}” leads to “{next}”.',
      unless: 'The customer did not delete the accounts in the app.',
    },
    isIphone: {
      when: 'The backup is an iPhone’s and is restored on an iPhone, so “{answer}” leads to “{next}”.',
      unless: 'The restore is not from an iPhone to an iPhone.',
    },
    isAndroid: {
      when: 'The backup is an Android phone’s and is restored on an Android phone, so “{answer}” leads to “{next}”.',
      unless: 'The restore is not from Android to Android.',
    },
    isOldPhoneWorking: {
      when: 'The customer’s old phone still works and shows the accounts, so “{answer}” leads to “{next}”.',
      unless: 'The customer’s old phone is gone, or its Authenticator is empty.',
    },
    isOldIphoneWorking: {
      when: 'The customer’s old iPhone still works and shows the accounts, so “{answer}” leads to “{next}”.',
      unless: 'The customer has no working old iPhone with the accounts.',
    },
    isAppVersionAtLeast: {
      when: 'Version {answer} is {min} or later, so the next step is “{next}”.',
      unless: 'Version {answer} is older than {min}.',
    },
    isReadableVersion: {
      when: 'Version {answer} is a version number we can read, so the next step is “{next}”.',
    },
  },
  builder: {
    title: 'Build a link for a customer',
    intro:
      'Send a customer straight to a result or a question, or to where their situation starts. You get a link, a case code and a QR code to send them.',
    outcomeHeading: 'Send to a result',
    outcomeLabel: 'Result',
    questionHeading: 'Send to a question',
    questionLabel: 'Question',
    stepHint:
      'The link starts from the customer’s situation and answers the fewest questions needed from there.',
    situationHeading: 'Start from a situation',
    situationHint:
      'Fill in what you already know and leave the rest as “Not set”. For example: my phone is lost, backup was on, iPhone to iPhone.',
    notSet: 'Not set',
    submit: 'Make link',
    resultHeading: 'Link for the customer',
    linkLabel: 'Customer link',
    linkHint: 'Send it by email or chat. It holds only the answers listed below.',
    qrHint: 'The customer can scan this from your screen to open the link on their phone.',
    qrLabel: 'QR code of the customer link',
    opensAt: 'It opens at: {title}',
    answersHeading: 'Answers already filled in',
    noneFilled: 'None: it opens at the first question.',
    preview: 'Open it as the customer will',
    notFound: 'That is not a step of the checklist. Pick one from the list.',
    situationLabel: 'The customer’s situation',
    situationChoose: 'Choose what the customer said',
    needsSituation:
      'Choose the customer’s situation: “{title}” can be reached from more than one. From: {situations}.',
    situationMisses:
      'From “{situation}”, the checklist never reaches “{title}”. It can be reached from: {situations}. Choose another situation or another step.',
    unknownSituation: 'That is not one of the situations. Pick one from the list.',
    back: 'Back to the support console',
  },
  flow: {
    title: 'The whole checklist as a map',
    intro:
      'Every question and every result, drawn from the checklist’s own rules. Select a box to open that question or result.',
    diagramLabel: 'Map of the checklist: questions lead by their answers to results.',
    pathIntro: 'Your path is drawn in bold, from the first question to “{title}”.',
    pathBack: 'Back to your step',
    pathUnread:
      'Part of this link could not be read, so the path stops where its answers stop making sense.',
    pathNone: 'No answers in this link could be read, so no path is drawn. The whole map is below.',
    legendQuestion: 'Question',
    legendFix: 'Result: a fix',
    legendReferral: 'Result: recovery elsewhere',
    textHeading: 'The same map as a list',
    textIntro: 'Each question, its answers, and where each answer leads.',
    typed: 'A typed version number',
    leadsTo: 'leads to',
    result: 'result',
    otherwise: 'otherwise',
    when: {
      isRestoring: 'if restoring',
      isMovingToNewPhone: 'if moving to a new phone',
      isSamePhone: 'if on the same phone',
      wereAccountsDeleted: 'if accounts were deleted',
      isIphone: 'if iPhone to iPhone',
      isAndroid: 'if Android to Android',
      isOldPhoneWorking: 'if the old phone works',
      isOldIphoneWorking: 'if the old iPhone works',
      isAppVersionAtLeast: 'version {min} or later',
      isReadableVersion: 'an older version',
    },
  },
} as const;
