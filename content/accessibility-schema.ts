import { z } from 'zod';
import { sentences, wordsFor } from './words-schema';

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
  tested: sentences,
  limits: sentences,
});

export type AccessibilityCopy = z.infer<typeof accessibilitySchema>;
