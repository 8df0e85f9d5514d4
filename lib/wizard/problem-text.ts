import type { WizardUi } from '../../content';
import type { ReplayProblem } from './replay';
import { fill } from '../text';

/**
 * The sentences that explain what part of a link could not be used. A typed version that
 * could not be read is not listed here: the question itself shows that message by its input.
 */
export function problemMessages(
  problems: readonly ReplayProblem[],
  titleOf: (question: string) => string,
  ui: WizardUi,
): string[] {
  const t = ui.problems;
  return problems.flatMap((p): string[] => {
    switch (p.kind) {
      case 'invalid-answer':
        return [
          fill(t.invalidAnswer, { value: p.value.slice(0, 40), question: titleOf(p.question) }),
        ];
      case 'invalid-version':
        return [];
      case 'unused':
        return [
          fill(t.unused, {
            questions: p.questions
              .map(titleOf)
              .map((q) => `“${q}”`)
              .join(', '),
          }),
        ];
      case 'unknown-param':
        return [fill(t.unknownParam, { key: p.key })];
      case 'repeated':
        return [fill(t.repeated, { key: titleOf(p.key) })];
      case 'too-long':
        return [fill(t.tooLong, { key: titleOf(p.key) })];
      case 'bad-version':
        return [fill(t.badVersion, { value: p.value })];
      case 'too-many':
        return [t.tooMany];
      case 'other-version':
        // A link with no version mark was most likely typed or trimmed by hand, not old.
        return [p.linkVersion === null ? t.noVersion : t.otherVersion];
    }
  });
}
