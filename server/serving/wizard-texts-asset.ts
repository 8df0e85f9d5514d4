import 'server-only';
import { createHash } from 'node:crypto';
import { CONTENT_VERSION, wizardTexts } from '../../content';
import { textsForStep } from '../../lib/wizard/step-texts';

/**
 * Every step's words as one file, for the live wizard to load once a page has started (see
 * lib/wizard/step-texts.ts). Its name holds a hash of its bytes, so it can be cached for good: new
 * words are a new name. Built once, at build time, by app/wizard-texts/[file]/route.ts.
 */
export const WIZARD_TEXTS_PATH = '/wizard-texts';

let asset: { file: string; href: string; body: string } | null = null;

export function wizardTextsAsset() {
  if (asset) return asset;
  const body = JSON.stringify(wizardTexts());
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const file = `v${CONTENT_VERSION}-${hash}.json`;
  asset = { file, href: `${WIZARD_TEXTS_PATH}/${file}`, body };
  return asset;
}

/** What a wizard page at `stateId`, reached by these answers, hands the live wizard. */
export function wizardPageTexts(stateId: string, answers: readonly { question: string }[]) {
  return {
    texts: textsForStep(
      wizardTexts(),
      stateId,
      answers.map((a) => a.question),
    ),
    textsHref: wizardTextsAsset().href,
  };
}
