/**
 * The answers to "Did this fix it?" and where each is shown on the result. No zod and no
 * content here: the feedback form in the browser imports this.
 */
export const FEEDBACK_ANSWERS = ['yes', 'not-yet', 'no'] as const;
export type FeedbackAnswer = (typeof FEEDBACK_ANSWERS)[number];

/** Where the form posts, and where the live page sends its count. */
export const FEEDBACK_PATH = '/api/insights/feedback';

/**
 * The id of the reply to an answer. Without JavaScript the form's answer comes back as this
 * fragment, and the reply with that id shows through CSS `:target`.
 */
export function feedbackAnchor(said: FeedbackAnswer): string {
  return `fixed-${said}`;
}
