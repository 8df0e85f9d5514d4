/**
 * Every sentence of the site's own chrome: headers, buttons, notices, error pages. Wizard
 * questions and outcomes live in ./wizard. Placeholders in braces are filled by `fill()`.
 */
export const ui = {
  site: {
    /** The locale dates are written in: "29 November 2026". */
    locale: 'en-GB',
    name: 'Authenticator restore checklist',
    tagline: 'Get your Microsoft Authenticator accounts back, one check at a time.',
    skipLink: 'Skip to content',
    homeLink: 'Home',
    footer: [
      'An independent guide, not made by Microsoft or Apple.',
      'Your answers stay in the page address: no cookies, no tracking.',
      'Only daily counts are kept: steps, answers, language, and whether a result fixed it.',
      'Each step names its sources, and says which were only quoted or are users’ reports.',
    ],
    navLabel: 'Main',
    nav: {
      checklist: 'Checklist',
      services: 'Services',
      support: 'For support',
      helpDesks: 'For help desks',
    },
  },
  landing: {
    title: 'Your Authenticator codes are gone. Let’s get them back.',
    intro:
      'Answer a few short questions. Each one is a single check on your phone. You end with the fix that applies to you, or the right place to recover your accounts.',
    startHeading: 'What is going on?',
    startHint: 'Pick the closest. You can go back at any step.',
    howHeading: 'How this works',
    how: [
      'One question per page. Most take under a minute to check.',
      'Each step lists the pages it rests on: Microsoft’s or Apple’s own where they exist. Where a step rests only on users’ reports or an AI-written forum answer, it says so.',
      'Your answers are only in the page address. Bookmark it or send it to your support team to continue later.',
      'Works on the phone you are fixing, with a keyboard or screen reader, and with JavaScript turned off.',
    ],
    outcomesLink: 'See every possible result',
    accountsHeading: 'Just need to get back into your accounts?',
    accountsBody:
      'Skip the checks and go to each service’s own recovery page, in the order that works best.',
    accountsPlan: 'Make a recovery plan',
    accountsServices: 'Find one service',
  },
  /** The flow map's controls (the map's own words are with the support pages' copy). */
  flowMap: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to width',
    hint: 'Tap or pinch the map to zoom in where you point (with a mouse: Ctrl and scroll, or double-click). Once zoomed in, drag it or use the arrow keys to move it, and tap a box to open its page. + and − zoom, 0 fits it again.',
    regionLabel: 'Map of the checklist. Use the arrow keys to move, + and − to zoom.',
  },
  /** The phone's own share sheet, offered beside Copy where the browser has one. */
  shareSheet: {
    button: 'Share…',
    failed: 'Sharing did not work. Copy the link instead.',
    title: 'My Authenticator restore checklist',
  },
  /** "Have a code from support?": on the start page, and the page that opens a code. */
  code: {
    heading: 'Have a code from support?',
    label: 'Your code',
    hint: 'Type the code support read to you, for example {example}. Capitals and dashes do not matter.',
    submit: 'Open',
    problemTitle: 'We could not open that code',
    problemIntro: 'Check the code with the person who gave it to you, and type it again.',
    emptyTitle: 'Open a code from support',
    emptyBody: 'Type the code support read to you, and you go straight to the step they meant.',
    start: 'Start the checklist instead',
  },
  wizard: {
    back: 'Back',
    navLabel: 'Checklist steps',
    startOver: 'Start over',
    mapLink: 'See where you are on the map of the whole checklist',
    progress: 'Question {current}',
    progressMore: 'At most {left} more. It stops as soon as your fix is found.',
    progressOneMore: 'At most 1 more.',
    progressLast: 'This is the last question.',
    progressDone: 'Result',
    progressLabel: 'Progress through the checklist',
    answersLabel: 'Your answer',
    sourcesHeading: 'Where this comes from',
    versionUnknown: 'I don’t know',
    printButton: 'Print this page',
    linkHeading: 'Keep this page',
    linkHint:
      'This page’s address holds your answers. Bookmark it, or copy it to continue on another device.',
    share: 'Share with support',
  },
  outcome: {
    fixLabel: 'What to do',
    referralLabel: 'Where to recover',
    expectHeading: 'Before you start',
    stepsHeading: 'Steps',
    uncertainHeading: 'What is not certain',
    relatedHeading: 'Also worth a look',
    transcriptHeading: 'What you told us',
    mapLink: 'See your path on the map of the whole checklist',
    sourceRead: 'read {date}',
    sourceReadCopy: 'read {date}, in a saved copy of the page',
    sourceQuoted: 'seen only as quoted by {quotedBy}',
    sourcesLabel: 'Sources:',
    serviceLink: 'How to get back into {name}',
    stepPlanLink: 'Make a checklist of your accounts',
    sourceRef: 'Source {n}: {title}',
    /** Said after a step's reference number when the source is not the vendor's own. */
    refNote: {
      users: 'user report',
      'ai-answer': 'AI-written answer',
      press: 'news report',
    },
    /** Under a step: the exact words of the pages it rests on, folded away until asked for. */
    passagesSummary: 'What the sources say',
    passageBy: {
      microsoft: 'Microsoft says',
      apple: 'Apple says',
      google: 'Google says',
      standard: 'The standard says',
      users: 'A user reports',
      'ai-answer': 'An AI-written answer says',
      press: 'A news report says',
    },
    passageQuoted: 'as quoted by {quotedBy}',
    sourcesHeading: 'Where this comes from',
    by: {
      microsoft: 'Microsoft',
      apple: 'Apple',
      google: 'Google',
      standard: 'Internet standard',
      users: 'Reported by users, not confirmed by Microsoft or Apple',
      'ai-answer': 'An AI-written answer on Microsoft Q&A, not checked by Microsoft',
      press: 'A news report, not confirmed on a Microsoft or Apple page',
    },
    startChecklist: 'Start the checklist',
    allOutcomesTitle: 'Every result the checklist can reach',
    allOutcomesIntro:
      'Each page below is one ending of the checklist. Support teams can link to them directly.',
  },
  /** The way from an outcome where codes are lost to the per-service recovery plan. */
  outcomePlan: {
    heading: 'Make a checklist of your accounts',
    body: 'Pick the services you had in Authenticator. You get a checklist in the order that makes recovery easiest, with each one’s official recovery page.',
    link: 'Build your recovery plan',
  },
  /** "Did this fix it?" under every result, with a reply to each answer. */
  feedback: {
    heading: 'Did this fix it?',
    intro: 'Only the answer is counted, for this result, never who gave it.',
    yes: 'Yes',
    notYet: 'Not yet',
    no: 'No',
    replyYes:
      'Good. Thank you for telling us. Keep the link to this page in case you need the steps again.',
    replyNotYet:
      'That is fine: some steps take a while to show a change, such as a restore or a message a service sends you. Give it a few minutes, then go through the steps above once more, in order. If it still has not worked, answer “No” to see where to go next.',
    replyNo: 'Sorry it did not work. This is where to go next:',
    nextPlan: 'Make a recovery plan, account by account',
    nextShare: 'Share this result with your help desk',
    nextRestart: 'Answer the questions from the start: a different answer may lead elsewhere',
    invalidTitle: 'That answer could not be read',
    invalid:
      'The answer to “Did this fix it?” was not one we know, so nothing was counted. Go back to the result and choose Yes, Not yet or No.',
    invalidBack: 'Back to the checklist',
  },
  problems: {
    heading: 'Part of this link could not be used',
    headingNothing: 'This link could not be used',
    intro: 'We used every answer up to the point below. Carry on from here, or start over.',
    invalidAnswer: '“{value}” is not an answer to “{question}”.',
    invalidVersion: '“{value}” is not a version number we can read.',
    unused: 'Some answers in the link belong to questions this journey does not ask: {questions}.',
    unknownParam: 'The link has a part we do not recognise: “{key}”.',
    repeated: 'The link answers “{key}” more than once; we used the first answer.',
    tooLong: 'The answer to “{key}” is too long to be real.',
    badVersion: 'The link’s version mark “{value}” is not valid.',
    tooMany: 'The link has far more parts than any journey needs; we read the first ones.',
    otherVersion:
      'This link was made for an earlier version of the checklist. We used the answers that still apply; please check them.',
    noVersion:
      'This link has no version mark, so we read it with the current checklist. Please check the answers below.',
    continueHere: 'Continue from here',
  },
  notFound: {
    title: 'We could not use that link',
    body: 'The page may have moved, or the link was cut off or changed on the way. Nothing you entered was lost: your answers only ever live in the address. You can start the checklist again; it takes a few minutes.',
    home: 'Go to the start page',
    services: 'Find a service’s recovery page',
  },
  error: {
    title: 'Something went wrong on our side',
    body: 'Sorry. Your answers are still in the address bar. Try again, or start over.',
    retry: 'Try again',
  },
} as const;
