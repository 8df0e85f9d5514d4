import { describe, expect, it } from 'vitest';
import { wizardTexts } from '../../content';
import { MIN_IOS_APP_VERSION, type Answer } from '../../machines/diagnosis-machine';
import { answerValues, isVersionQuestion } from './flow';
import { replayAnswers } from './replay';
import { prerenderedAnswers } from '../serving/static-steps';
import { hasStepTexts, isWizardTexts, textsForStep } from './step-texts';
import { wizardTextsAsset } from '../../server/serving/wizard-texts-asset';

const all = wizardTexts();
const pages = prerenderedAnswers();

/** Every answer a person can give at a step, a few typed versions included. */
function movesFrom(answers: readonly Answer[]): Answer[][] {
  const { stateId } = replayAnswers(answers);
  const values = answerValues(stateId);
  if (isVersionQuestion(stateId)) values.push(MIN_IOS_APP_VERSION, '6.10.2', '6.0.1', '5');
  return values.map((value) => [...answers, { question: stateId, value }]);
}

function pageTexts(answers: readonly Answer[]) {
  const replay = replayAnswers(answers);
  return textsForStep(
    all,
    replay.stateId,
    replay.answers.map((a) => a.question),
  );
}

describe('the words a wizard page carries', () => {
  it(`hold, on each of the ${pages.length} built pages, every step one answer away`, () => {
    for (const answers of pages) {
      const texts = pageTexts(answers);
      for (const next of movesFrom(answers)) {
        const { stateId } = replayAnswers(next);
        expect(hasStepTexts(texts, stateId), `${JSON.stringify(next)} -> ${stateId}`).toBe(true);
      }
    }
  });

  it('hold the step Back leads to and the first question, for Start over', () => {
    for (const answers of pages.filter((a) => a.length > 0)) {
      const texts = pageTexts(answers);
      expect(hasStepTexts(texts, replayAnswers(answers.slice(0, -1)).stateId)).toBe(true);
      expect(hasStepTexts(texts, replayAnswers([]).stateId)).toBe(true);
    }
  });

  it('hold, on a result, every question answered on the way (its transcript quotes them)', () => {
    for (const answers of pages) {
      const replay = replayAnswers(answers);
      if (!replay.isOutcome) continue;
      const texts = pageTexts(answers);
      for (const a of replay.answers) expect(Object.hasOwn(texts.questions, a.question)).toBe(true);
    }
  });

  it('hold every source the steps they carry cite, and the titles they show', () => {
    for (const answers of pages) {
      const texts = pageTexts(answers);
      // Every `sources` list in the carried steps, wherever the schema puts one.
      const cited = new Set<string>();
      JSON.stringify([texts.questions, texts.outcomes], (key, value: unknown) => {
        if (key === 'sources' && Array.isArray(value)) for (const id of value) cited.add(id);
        return value;
      });
      expect(cited.size).toBeGreaterThan(0);
      for (const id of cited) expect(Object.hasOwn(texts.sources, id), id).toBe(true);
      // Titles: every question's, and every result a carried result links to.
      for (const id of Object.keys(all.questions)) expect(texts.titles[id]).toBe(all.titles[id]);
      for (const outcome of Object.values(texts.outcomes)) {
        for (const id of outcome.related) expect(texts.titles[id], id).toBe(all.titles[id]);
      }
    }
  });

  it('are a small part of all the words, deep in the tree', () => {
    const deepest = pages.reduce((a, b) => (b.length > a.length ? b : a));
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(pageTexts(deepest))).toBeLessThan(size(all) / 2);
  });
});

describe('the file of every step’s words', () => {
  it('holds them all, under a name made from its bytes', () => {
    const asset = wizardTextsAsset();
    const parsed: unknown = JSON.parse(asset.body);
    expect(isWizardTexts(parsed)).toBe(true);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(all)));
    expect(asset.href).toBe(`/wizard-texts/${asset.file}`);
    expect(asset.file).toMatch(/^v\d+-[0-9a-f]{16}\.json$/);
  });

  it('is taken as the whole set only when every part is there', () => {
    const whole = JSON.parse(wizardTextsAsset().body) as Record<string, unknown>;
    expect(isWizardTexts(whole)).toBe(true);
    for (const part of Object.keys(whole)) {
      const rest = { ...whole };
      delete rest[part];
      expect(isWizardTexts(rest), part).toBe(false);
    }
    expect(isWizardTexts(null)).toBe(false);
    expect(isWizardTexts('<!DOCTYPE html>')).toBe(false);
  });
});
