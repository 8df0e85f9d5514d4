import type { Outcome, Question } from '../../content';
import type { Answer } from '../../machines/diagnosis-machine';
import {
  GUARDED_ACTIONS,
  harms,
  pathFacts,
  WARNING_FOR,
  type GuardedAction,
  type PathFacts,
  type RestoreRoute,
  type RiskyAction,
} from '../../machines/safety';

/**
 * Reads the advice a person is given on a path against the safety rules of
 * machines/safety.ts: what each page advises, warns against and offers, in the order shown.
 * The same reading serves the service pages and the recovery plan (`checkPieces`,
 * `untaggedTexts`), so a rule is kept once for every page that gives advice.
 */

export type Advice = RiskyAction | GuardedAction;

/** One piece of a page, in reading order: the page's own lead-in, then each step. */
export type Piece = {
  where: string;
  texts: readonly string[];
  does: readonly Advice[];
  warns: readonly RiskyAction[];
  offers: readonly RestoreRoute[];
};

export type Violation = { answers: readonly Answer[]; where: string; problem: string };

export type PageContent = {
  questions: Readonly<Record<string, Question>>;
  outcomes: Readonly<Record<string, Outcome>>;
};

function questionPieces(id: string, question: Question): Piece[] {
  return [
    {
      where: `question ${id}`,
      texts: question.help,
      does: question.does,
      warns: question.warns,
      offers: question.offers,
    },
  ];
}

function outcomePieces(id: string, outcome: Outcome): Piece[] {
  return [
    {
      where: `outcome ${id}`,
      texts: [outcome.summary, ...(outcome.expect ? [outcome.expect] : [])],
      does: outcome.does,
      warns: outcome.warns,
      offers: [],
    },
    ...outcome.steps.map((step, i) => ({
      where: `outcome ${id}, step ${i + 1}`,
      texts: [step.text],
      // Recovering accounts one by one is a fallback, unless this step is the old phone's way.
      does:
        step.plan && !step.offers.includes('old-phone')
          ? [...step.does, 'recover-each-account' as const]
          : step.does,
      warns: step.warns,
      offers: step.offers,
    })),
  ];
}

/** Advice judged with the routes its own step offers: moving accounts from the old phone. */
const MOVING_FROM_OLD_PHONE: readonly Advice[] = [
  'add-accounts-before-restore',
  'recover-each-account',
];

function isRisky(advice: Advice): advice is RiskyAction {
  return !(GUARDED_ACTIONS as readonly string[]).includes(advice);
}

/** What a run of pieces advises that harms on this path, and guarded advice left unguarded. */
export function checkPieces(
  pieces: readonly Piece[],
  facts: PathFacts,
  offeredBefore: readonly RestoreRoute[] = [],
): { where: string; problem: string }[] {
  const problems: { where: string; problem: string }[] = [];
  const offered: RestoreRoute[] = [...offeredBefore];
  const warned = new Set<RiskyAction>();
  for (const piece of pieces) {
    piece.warns.forEach((w) => warned.add(w));
    for (const advice of piece.does) {
      if (isRisky(advice)) {
        // Moving accounts by hand from the working old phone is that phone's own route.
        const withThis = MOVING_FROM_OLD_PHONE.includes(advice)
          ? [...offered, ...piece.offers]
          : offered;
        if (harms(advice, facts, withThis)) {
          problems.push({ where: piece.where, problem: `advises ${advice} where it harms` });
        }
      } else {
        const needed = WARNING_FOR[advice];
        if (needed && !warned.has(needed)) {
          problems.push({ where: piece.where, problem: `${advice} without warning of ${needed}` });
        }
      }
    }
    offered.push(...piece.offers);
  }
  return problems;
}

/**
 * Every harm the page at the end of this path would do: its own advice, and the advice of
 * each related outcome it links to, read with the routes this page already offered.
 */
export function adviceViolations(
  answers: readonly Answer[],
  stateId: string,
  content: PageContent,
): Violation[] {
  const facts = pathFacts(answers);
  const question = Object.hasOwn(content.questions, stateId)
    ? content.questions[stateId]
    : undefined;
  const outcome = Object.hasOwn(content.outcomes, stateId) ? content.outcomes[stateId] : undefined;
  const pieces = question
    ? questionPieces(stateId, question)
    : outcome
      ? outcomePieces(stateId, outcome)
      : [];
  const problems = checkPieces(pieces, facts, []);
  const offeredHere = pieces.flatMap((p) => p.offers);
  for (const relatedId of outcome?.related ?? []) {
    const related = content.outcomes[relatedId];
    if (!related) continue;
    problems.push(
      ...checkPieces(outcomePieces(relatedId, related), facts, offeredHere).map((p) => ({
        ...p,
        where: `${p.where}, linked from ${stateId}`,
      })),
    );
  }
  return problems.map((p) => ({ answers, ...p }));
}

/**
 * Words that mean an action, so that no instruction can give or warn against one without
 * saying so in its tags. Each lists the tags that account for it.
 */
const ACTION_WORDS: readonly { pattern: RegExp; tags: readonly Advice[] }[] = [
  {
    pattern:
      /(?:turn(?:ing)?|switch(?:ing)?) (?:it )?on (?:the old switch|"?(?:Cloud Backup|iCloud backup|backup)\b)|(?:Cloud Backup|backup)"? is on\b|turning it on before you restore/i,
    tags: [
      'enable-backup-before-restore',
      'enable-backup-after-restore',
      'enable-backup-on-old-phone',
    ],
  },
  {
    pattern:
      /delete (?:that |the |this |your )?backup|switch(?:ing)? "?Cloud Backup"? off|turn(?:ing)? (?:it|"?Cloud Backup"?) off/i,
    tags: ['delete-backup'],
  },
  {
    pattern:
      /(?<!to )add (?:each|every|any|your|no) accounts?|move (?:your|each) accounts? by hand|add(?:ed)? (?:it|the account) to Authenticator again|added by hand|add nothing/i,
    tags: ['add-accounts-before-restore'],
  },
  { pattern: /reset (?:your )?end-to-end encrypted data/i, tags: ['reset-encrypted-data'] },
  {
    pattern:
      /delet\w* (?:Authenticator|the app) from (?:the |this )(?:old )?(?:iPhone|phone)|delete Authenticator: this phone|erase (?:it|the old)/i,
    tags: ['delete-app-on-old-phone'],
  },
  {
    // "can't be restored on Android" is about the kind of phone, not a loss.
    pattern:
      /can't be (?:restored|recovered|brought back)(?! on)|(?:codes?|backup) (?:is|are) gone/i,
    tags: ['declare-lost'],
  },
];

/** Texts that speak of an action without a tag that accounts for it. */
export function untaggedActions(content: PageContent): string[] {
  return untaggedTexts([
    ...Object.entries(content.questions).flatMap(([id, q]) => questionPieces(id, q)),
    ...Object.entries(content.outcomes).flatMap(([id, o]) => outcomePieces(id, o)),
  ]);
}

/** Typographic quotes as plain ones, so "“Cloud Backup”" and "can’t" read like the wizard's. */
function plainQuotes(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
}

/** The texts of these pieces that speak of an action without a tag that accounts for it. */
export function untaggedTexts(pieces: readonly Piece[]): string[] {
  const missing: string[] = [];
  for (const piece of pieces) {
    const tags = new Set<string>([...piece.does, ...piece.warns]);
    for (const text of piece.texts) {
      for (const { pattern, tags: accepted } of ACTION_WORDS) {
        if (pattern.test(plainQuotes(text)) && !accepted.some((tag) => tags.has(tag))) {
          missing.push(`${piece.where}: "${text}" speaks of ${accepted[0]} without a tag`);
        }
      }
    }
  }
  return missing;
}
