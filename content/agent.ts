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
    inputHint: 'For example 1K7Q-2M4X-D9, or a link to a page of this checklist.',
    submit: 'Open',
    buildLink: 'Build a link for a customer',
    flowLink: 'See the whole checklist as a map',
    problemHeading: 'This could not be read',
    counting: 'Characters are counted from the start, without dashes or spaces.',
    tryAgain: 'Check it with the customer and try again, or ask for the link instead.',
    code: {
      empty: 'Type a case code or paste a link.',
      tooShort: 'This code is too short: case codes have at least 4 letters and digits.',
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
    source: '- {title}: {url} (checked {date})',
    fix: 'a fix',
    referral: 'recovery elsewhere',
  },
  rules: {
    isAnswer: { when: '“{answer}” leads to “{next}”.' },
    isRestoring: {
      when: 'The customer is restoring onto a phone (they are setting up a new phone, or theirs is lost), so “{answer}” leads to “{next}”.',
      unless:
        'The customer is not restoring onto a phone (they are preparing, or checking a backup).',
    },
    isNotRestoring: {
      when: 'The customer is not restoring onto a phone (they are preparing, or checking a backup), so “{answer}” leads to “{next}”.',
      unless:
        'The customer is restoring onto a phone (they are setting up a new phone, or theirs is lost).',
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
    questionHint: 'The link answers the fewest questions needed to get there.',
    situationHeading: 'Start from a situation',
    situationHint:
      'Fill in what you already know and leave the rest as “Not set”. For example: my phone is lost, backup was on, iPhone to iPhone.',
    notSet: 'Not set',
    submit: 'Make link',
    resultHeading: 'Link for the customer',
    opensAt: 'It opens at: {title}',
    answersHeading: 'Answers already filled in',
    noneFilled: 'None: it opens at the first question.',
    preview: 'Open it as the customer will',
    notFound: 'That is not a step of the checklist. Pick one from the list.',
    back: 'Back to the support console',
  },
  flow: {
    title: 'The whole checklist as a map',
    intro:
      'Every question and every result, drawn from the checklist’s own rules when the site is built. Select a box to open that question or result.',
    diagramLabel: 'Map of the checklist: questions lead by their answers to results.',
    scrollHint: 'The map is large: scroll it sideways and down.',
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
      isNotRestoring: 'if not restoring',
      isAppVersionAtLeast: 'version {min} or later',
      isReadableVersion: 'an older version',
    },
  },
} as const;
