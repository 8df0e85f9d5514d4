import { z } from 'zod';
import { words, wordsFor } from './words-schema';

/** The accessibility statement and the footer's link to it (content/accessibility.ts). */
export const accessibilitySchema = z.strictObject({
  ...wordsFor([
    'footerLink',
    'metaTitle',
    'title',
    'intro',
    'standardHeading',
    'standard',
    'testedHeading',
    'testedIntro',
    'limitsHeading',
    'reportHeading',
    'report',
    'checkedOn',
  ]).shape,
  tested: z.array(words).min(1),
  limits: z.array(words).min(1),
});

export type AccessibilityCopy = z.infer<typeof accessibilitySchema>;
