import { z } from 'zod';
import { sentences, words as text } from './words-schema';

const cell = z.strictObject({ values: text, effect: text });
const eventRow = z.strictObject({ fields: text, when: text });

/**
 * What the builder says about one option: the words its kind of form control needs. Which
 * names must be there, each with which words, is read off the options table in
 * lib/embed/copy.ts, which fails the build on a missing or extra one (content sits below lib,
 * so the table is not read here).
 */
const fieldCopy = z.strictObject({
  label: text,
  none: text.optional(),
  choices: z.record(z.string(), text).optional(),
  hint: text.optional(),
  invalid: text.optional(),
  placeholder: text.optional(),
  order: text.optional(),
});

/** The help-desk embed's words (content/embed.ts): the frame and the integrators' docs page. */
export const embedSchema = z.strictObject({
  frame: z.strictObject({ newTab: text }),
  docs: z.strictObject({
    metaTitle: text,
    title: text,
    intro: sentences,
    accessibility: z.strictObject({ text, link: text }),
    builder: z.strictObject({
      heading: text,
      intro: text,
      fields: z.record(z.string(), fieldCopy),
      submit: text,
      scriptHeading: text,
      scriptHint: text,
      iframeHeading: text,
      iframeHint: text,
      copyScript: text,
      copyIframe: text,
      copied: text,
      copyFailed: text,
      previewHeading: text,
      previewHint: text,
      previewTitle: text,
      previewSummaryHeading: text,
      previewSummaryNone: text,
      previewRequestSummary: text,
    }),
    options: z.strictObject({
      heading: text,
      intro: text,
      columns: z.strictObject({ attribute: text, parameter: text, values: text, effect: text }),
      scriptOnly: text,
      rows: z.record(z.string(), cell),
    }),
    events: z.strictObject({
      heading: text,
      intro: text,
      example: text,
      exampleLabel: text,
      columns: z.strictObject({ name: text, fields: text, when: text }),
      rows: z.strictObject({
        ready: eventRow,
        step: eventRow,
        navigate: eventRow,
        outcome: eventRow,
        resize: eventRow,
      }),
    }),
    summary: z.strictObject({
      heading: text,
      intro: sentences,
      example: text,
      exampleLabel: text,
    }),
    safety: z.strictObject({ heading: text, points: sentences, selfHost: text }),
  }),
});
