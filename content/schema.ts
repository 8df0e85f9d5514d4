import { z } from 'zod';
import { GUARDED_ACTIONS, RESTORE_ROUTES, RISKY_ACTIONS } from '../machines/safety';

/** Hosts we link people to: the vendors' own help and account sites, nothing else. */
export const OFFICIAL_HOSTS = [
  'support.microsoft.com',
  // Microsoft's own support-content servers, where older versions of its articles still stand.
  'wus.prod.support.services.microsoft.com',
  'learn.microsoft.com',
  'account.live.com',
  'account.microsoft.com',
  'mysignins.microsoft.com',
  'aka.ms',
  'techcommunity.microsoft.com',
  'support.apple.com',
  'iforgot.apple.com',
  'account.apple.com',
  'appleid.apple.com',
  'apps.apple.com',
  'play.google.com',
  'support.google.com',
  // The standard behind 30-second codes, for advice that holds for any code app.
  'datatracker.ietf.org',
] as const;

/** Community reports we may cite, always labelled as such on the page. */
export const COMMUNITY_HOSTS = ['learn.microsoft.com', 'github.com'] as const;

/** News reports we may cite where no vendor page says it, always labelled as such. */
export const PRESS_HOSTS = ['www.cybersecurityinsight.us'] as const;

/** Sites whose copy of a vendor's text is the only one we could read ("as quoted by …"). */
export const QUOTING_HOSTS = ['m365admin.handsontek.net', 'www.bleepingcomputer.com'] as const;

const isoDate = z.iso.date();

const httpsUrl = z.url({ protocol: /^https$/ });

export const sourceSchema = z
  .strictObject({
    title: z.string().min(3),
    url: httpsUrl,
    /** Who wrote it: the vendor, people reporting, an AI-written forum answer, or a news report. */
    by: z.enum(['microsoft', 'apple', 'google', 'standard', 'users', 'ai-answer', 'press']),
    /** The day someone read this page itself and checked what our content says against it. */
    read: isoDate.optional(),
    /** Read in a saved copy of the page (a web archive's), not on the live site. */
    savedCopy: z.literal(true).optional(),
    /** When the text was seen only as quoted on another site: that site. */
    quotedBy: z.string().min(3).optional(),
  })
  .refine((s) => (s.read === undefined) !== (s.quotedBy === undefined), {
    message: 'A source is either read on a date or known only as quoted by someone, never both',
  })
  .refine((s) => !s.savedCopy || s.read !== undefined, {
    message: 'Only a page that was read can have been read in a saved copy',
  });

/**
 * A cited page: its id, or its id and the short exact passage in it that supports the claim
 * (`says`), which content.test.ts finds in the page's saved excerpt (content/wizard/excerpts.ts).
 */
const citation = z.union([
  z.string().min(1),
  z.strictObject({ source: z.string().min(1), says: z.string().min(5) }),
]);
type Citation = z.infer<typeof citation>;

/** A passage a claim rests on, as the page has it. */
export type Passage = { source: string; says: string };

/** Splits citations into the ids cited (what pages list) and the passages they carry. */
function withPassages<T extends { sources: Citation[] }>({ sources, ...rest }: T) {
  return {
    ...rest,
    sources: sources.map((c) => (typeof c === 'string' ? c : c.source)),
    passages: sources.flatMap((c): Passage[] =>
      typeof c === 'string' ? [] : [{ source: c.source, says: c.says }],
    ),
  };
}

const sourceIds = z.array(citation).min(1);

const linkSchema = z.strictObject({
  label: z.string().min(2),
  href: httpsUrl,
});

const riskyAction = z.enum(RISKY_ACTIONS);
const advice = z.enum([...RISKY_ACTIONS, ...GUARDED_ACTIONS]);

/**
 * What a piece of advice does, in the safety rules' words (machines/safety.ts): the risky or
 * guarded actions it advises, the ones it warns against, and the restore routes it offers.
 */
const safetyTags = {
  does: z.array(advice).default([]),
  warns: z.array(riskyAction).default([]),
  offers: z.array(z.enum(RESTORE_ROUTES)).default([]),
};

export const stepSchema = z
  .strictObject({
    text: z.string().min(5),
    /** A link the person needs for this step (a sign-in page, a form). Official hosts only. */
    link: linkSchema.optional(),
    /** Services this step names: each links to its entry in the directory, right there. */
    services: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /** A step that has the person recover accounts one by one: it links to the recovery plan. */
    plan: z.literal(true).optional(),
    sources: sourceIds,
    ...safetyTags,
  })
  .transform(withPassages);

export const noteSchema = z
  .strictObject({
    text: z.string().min(5),
    sources: sourceIds,
  })
  .transform(withPassages);

export const answerSchema = z.strictObject({
  label: z.string().min(1),
  hint: z.string().min(1).optional(),
});

export const questionSchema = z
  .strictObject({
    title: z.string().min(5),
    /** Short paragraphs under the title: where to look, with exact menu paths. */
    help: z.array(z.string().min(5)).default([]),
    answers: z.record(z.string().regex(/^[a-z0-9-]+$/), answerSchema),
    /** Only for questions answered by typing a version number. */
    input: z
      .strictObject({
        label: z.string().min(3),
        hint: z.string().min(3),
        submit: z.string().min(2),
        invalid: z.string().min(5),
        whereToFind: z.array(z.string().min(5)).optional(),
      })
      .optional(),
    /** Only for checklist questions: the items to tick, keyed as the machine's CHECKLISTS. */
    checklist: z
      .strictObject({
        legend: z.string().min(5),
        items: z.record(z.string().regex(/^[a-z0-9-]+$/), answerSchema),
        submit: z.string().min(2),
      })
      .optional(),
    /** Why this question is asked: the reason a support agent can read out. */
    why: z.string().min(10),
    sources: z.array(citation).default([]),
    ...safetyTags,
  })
  .transform(withPassages);

export const outcomeSchema = z.strictObject({
  title: z.string().min(5),
  summary: z.string().min(10),
  /**
   * What to know before the steps, under "Before you start": what will and will not come back,
   * or what not to do, said before any step that can lose data.
   */
  expect: z.string().min(10).optional(),
  steps: z.array(stepSchema).min(1),
  /** Where sources disagree or a claim is only reported by users: said plainly. */
  uncertain: z.array(noteSchema).default([]),
  /** Other outcomes worth a look from here, by id. */
  related: z.array(z.string().min(1)).default([]),
  /** What the summary and "expect" say, in the safety rules' words (shown before any step). */
  does: z.array(advice).default([]),
  warns: z.array(riskyAction).default([]),
});

/**
 * The saved excerpt of a cited page: where its text was read, when, and the passages that
 * the content quotes. A page seen only as quoted on another page names that page.
 */
export const excerptSchema = z.strictObject({
  /** The page the excerpt stands for, as the source lists it. */
  url: httpsUrl,
  /** Where the text was read: a repository file at a commit, or a stored copy's address. */
  readFrom: z.string().min(10),
  by: z.enum(['microsoft', 'apple', 'google', 'standard', 'users', 'ai-answer', 'press']),
  read: isoDate,
  /** The page's own date (ms.date, "Last updated"), where it shows one. */
  pageDate: isoDate.optional(),
  /** Seen only as quoted: who quoted it (readFrom is then the quoting page). */
  quotedBy: z.string().min(3).optional(),
  /** Whose words the passages are, where a thread mixes a user's and an answer's. */
  note: z.string().min(5).optional(),
  /** Exact passages, copied as the page has them. */
  passages: z.array(z.string().min(5)).min(1),
});

export const wizardContentSchema = z.strictObject({
  /** Bumped whenever a question or answer id changes meaning; old links then say so. */
  version: z.number().int().positive(),
  questions: z.record(z.string(), questionSchema),
  outcomes: z.record(z.string(), outcomeSchema),
  sources: z.record(z.string(), sourceSchema),
  excerpts: z.record(z.string(), excerptSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type Excerpt = z.infer<typeof excerptSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type WizardContent = z.infer<typeof wizardContentSchema>;
