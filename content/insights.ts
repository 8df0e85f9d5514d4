/**
 * Every sentence about the anonymous counts: the privacy page, the footer's link, and the
 * help-desk leads' dashboard. Placeholders in braces are filled by `fill()`.
 */
export const insights = {
  footerLink: 'What we count',
  privacy: {
    metaTitle: 'What we count',
    title: 'What we count, and what we never keep',
    intro:
      'Your answers stay in the link in your address bar. We set no cookies and we do not know who you are.',
    countedHeading: 'What the server counts',
    counted: [
      'Each time a step of the checklist is shown, the server adds one to that step’s counter.',
      'Each time you answer a question and go on, it adds one to that answer’s counter. A version number you type is counted only as “typed”, never the number.',
      'With each step shown, it adds one to the counter of the language your browser asks for first: only the main language (“de” for German in Switzerland, say), from a fixed list of about thirty, else “other”. Nothing else your browser sends is kept.',
      'When you answer “Did this fix it?” under a result, it adds one to that result’s counter for “Yes”, “Not yet” or “No”.',
      'A counter is kept per day (no time of day), per version of the checklist, and per place: this site, or a help desk’s page that shows the checklist inside it. For a help desk, it keeps that site’s address without any path, like https://help.example.com.',
    ],
    neverHeading: 'What is never kept',
    never: [
      'Your IP address, your browser or your device.',
      'The page address, your other answers, or a case code.',
      'Cookies, or anything else that joins two of your steps together. A counter cannot tell whether two steps were yours or two different people’s.',
    ],
    floods:
      'To stop floods of fake counts, the server remembers for about a minute, in its memory only, how many counts came from each network address. It is never written down.',
    notCountedHeading: 'When nothing is counted',
    notCounted: [
      'Your browser sends Global Privacy Control or Do Not Track. You can still answer “Did this fix it?”: the answer is not counted.',
      'Your browser loads a page ahead of time, before you open it.',
      'The people who run this site have turned counting off. Pages then send nothing to be counted.',
    ],
    whyHeading: 'Why we count',
    why: 'Help desks that send people here want to know which results people reach and where they stop, so that they can make the checklist clearer. Only the totals are shown to them.',
    planNote:
      'The ticks on a recovery plan are kept in your browser only and are never sent to us.',
    statusOn: 'Counting is on for this site.',
    statusOff: 'Counting is turned off for this site: nothing is counted.',
    statusYou:
      'Your browser is asking not to be tracked right now, so none of your steps are counted.',
  },
  dashboard: {
    metaTitle: 'Insights',
    title: 'Where people end up, and where they stop',
    intro:
      'Totals only: how often each step was shown and each answer chosen. Nothing here is about a person, and nothing on this page changes the counts.',
    unavailable:
      'The counts cannot be read right now: the database does not answer. Try again in a minute. Counting goes on meanwhile.',
    ignored: 'Some filters could not be used and were left out: {names}.',
    filters: {
      heading: 'Filters',
      from: 'From',
      to: 'To',
      entry: 'Where',
      entryAll: 'Site and embed',
      entrySite: 'This site',
      entryEmbed: 'Embedded on a help desk',
      host: 'Help desk site',
      hostAll: 'All',
      hostUnknown: 'Not known',
      version: 'Checklist version',
      versionAll: 'All versions',
      apply: 'Show',
    },
    summary:
      '{started} journeys started and {results} results reached from {from} to {to}. Counts reach the database within a few seconds.',
    funnel: {
      heading: 'Question by question',
      intro:
        '“Reached” is how often the question was shown, “answered” how often someone answered it and went on, and “stopped” the difference. Going back or leaving counts as stopped.',
      chartTitle: 'Questions by how often they were reached, answered and stopped at',
      question: 'Question',
      reached: 'Reached',
      answered: 'Answered',
      dropped: 'Stopped',
      answersHeading: 'Answers chosen at each question',
      answer: 'Answer',
      chosen: 'Chosen',
      share: 'Share',
      typed: 'Typed a version number',
      empty: 'No question was shown in this period.',
    },
    outcomes: {
      heading: 'Results reached',
      intro: '{fix} ended at a fix and {referral} at a recovery route elsewhere.',
      chartTitle: 'Results by how often they were reached',
      result: 'Result',
      kind: 'Kind',
      fix: 'Fix',
      referral: 'Recovery elsewhere',
      reached: 'Reached',
      share: 'Share',
      empty: 'No result was reached in this period.',
      feedbackIntro:
        'The answers people gave under each result. “Resolved” is the share of those answers that said “Yes”; “none yet” means nobody answered.',
      yes: 'Yes',
      notYet: 'Not yet',
      no: 'No',
      resolved: 'Resolved',
      none: 'none yet',
    },
    languages: {
      heading: 'Languages',
      intro:
        'Steps shown, by the main language the browser asked for first. Languages not on the list of about thirty are counted as “other”.',
      language: 'Language',
      shown: 'Steps shown',
      share: 'Share',
      other: 'Other or not said',
      empty: 'No step was shown in this period.',
    },
    days: {
      heading: 'Day by day',
      chartTitle: 'Journeys started and results reached per day',
      day: 'Day',
      started: 'Started',
      results: 'Results',
    },
    export: {
      heading: 'Download these numbers',
      csv: 'CSV',
      json: 'JSON',
    },
  },
};
