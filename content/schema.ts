import { z } from 'zod';

/** Hosts we link people to: the vendors' own help and account sites, nothing else. */
export const OFFICIAL_HOSTS = [
  'support.microsoft.com',
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
] as const;

/** Community reports we may cite, always labelled as such on the page. */
export const COMMUNITY_HOSTS = ['learn.microsoft.com', 'github.com'] as const;

const isoDate = z.iso.date();

const httpsUrl = z.url({ protocol: /^https$/ });

export const sourceSchema = z.strictObject({
  title: z.string().min(3),
  url: httpsUrl,
  /** Who wrote it: the vendor itself, the vendor quoted by others, or people reporting. */
  kind: z.enum(['official', 'official-indirect', 'community']),
  /** The day this source was last checked against what our content says. */
  verified: isoDate,
});

const sourceIds = z.array(z.string().min(1)).min(1);

const linkSchema = z.strictObject({
  label: z.string().min(2),
  href: httpsUrl,
});

export const stepSchema = z.strictObject({
  text: z.string().min(5),
  /** A link the person needs for this step (a sign-in page, a form). Official hosts only. */
  link: linkSchema.optional(),
  sources: sourceIds,
});

export const noteSchema = z.strictObject({
  text: z.string().min(5),
  sources: sourceIds,
});

export const answerSchema = z.strictObject({
  label: z.string().min(1),
  hint: z.string().min(1).optional(),
});

export const questionSchema = z.strictObject({
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
  sources: z.array(z.string().min(1)).default([]),
});

export const outcomeSchema = z.strictObject({
  title: z.string().min(5),
  summary: z.string().min(10),
  /** What will and will not come back, said before any step that can lose data. */
  expect: z.string().min(10).optional(),
  steps: z.array(stepSchema).min(1),
  /** Where sources disagree or a claim is only reported by users: said plainly. */
  uncertain: z.array(noteSchema).default([]),
  /** Other outcomes worth a look from here, by id. */
  related: z.array(z.string().min(1)).default([]),
});

export const wizardContentSchema = z.strictObject({
  /** Bumped whenever a question or answer id changes meaning; old links then say so. */
  version: z.number().int().positive(),
  questions: z.record(z.string(), questionSchema),
  outcomes: z.record(z.string(), outcomeSchema),
  sources: z.record(z.string(), sourceSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type WizardContent = z.infer<typeof wizardContentSchema>;
