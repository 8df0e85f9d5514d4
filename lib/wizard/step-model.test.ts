import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION as V } from '../../content';
import { parseSearch, toSearch, withoutParams } from './answers-url';
import { isOutcomeId } from './flow';
import { answerPaths } from './paths';
import { replayAnswers, replayLink } from './replay';
import { hrefFor, stepModel } from './step-model';

const answers = [
  { question: 'goal', value: 'restore' },
  { question: 'platforms', value: 'ios-ios' },
];

describe('hrefFor', () => {
  it('puts the answers after a plain base path', () => {
    expect(hrefFor('/check', answers, V)).toBe(`/check?v=${V}&goal=restore&platforms=ios-ios`);
    expect(hrefFor('/check', [], V)).toBe('/check');
  });

  it('keeps the fixed parameters of a base path first', () => {
    expect(hrefFor('/embed?theme=dark&compact=true', answers, V)).toBe(
      `/embed?theme=dark&compact=true&${toSearch(answers, V)}`,
    );
    expect(hrefFor('/embed?theme=dark', [], V)).toBe('/embed?theme=dark');
  });
});

describe('stepModel with a base path that carries settings', () => {
  const restore = [{ question: 'goal', value: 'restore' }];
  const step = stepModel(
    replayLink(parseSearch(toSearch(restore, V)), V).snapshot,
    '/embed?theme=dark',
    V,
  );

  it('keeps the settings in every answer, Back and Start over', () => {
    expect(step.options.map((o) => o.href)).toContain(
      `/embed?theme=dark&${toSearch([...restore, { question: 'accounts', value: 'personal' }], V)}`,
    );
    expect(step.backHref).toBe('/embed?theme=dark');
    expect(step.restartHref).toBe('/embed?theme=dark');
  });

  it('carries the settings through a plain GET form, before the answers', () => {
    expect(step.carried).toEqual([
      { name: 'theme', value: 'dark' },
      { name: 'v', value: String(V) },
      { name: 'goal', value: 'restore' },
    ]);
  });
});

describe('withoutParams', () => {
  it('leaves out the named parameters, wherever and however often they appear', () => {
    expect(
      withoutParams(`theme=dark&v=${V}&goal=lost&theme=light&accent=fff`, ['theme', 'accent']),
    ).toBe(`v=${V}&goal=lost`);
  });

  it('returns the query unchanged when there is nothing to leave out', () => {
    expect(withoutParams(`v=${V}&goal=lost%20x`, [])).toBe(`v=${V}&goal=lost%20x`);
  });
});

describe('progress along every way through the checklist', () => {
  const walks = answerPaths()
    .filter((path) => isOutcomeId(path.stateId))
    .map((path) =>
      path.answers
        .map((_, i) => path.answers.slice(0, i + 1))
        .map((prefix) => stepModel(replayAnswers(prefix).snapshot, '/check', V).progress),
    );

  it('never moves the bar back, and never raises the most questions still to come', () => {
    for (const steps of walks) {
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i]!.fraction).toBeGreaterThanOrEqual(steps[i - 1]!.fraction);
        expect(steps[i]!.atMostAfter).toBeLessThanOrEqual(steps[i - 1]!.atMostAfter);
      }
      expect(steps.at(-1)!.fraction).toBe(1);
    }
  });

  it('shows real progress after the first answer, not a sliver against the longest journey', () => {
    for (const steps of walks) {
      if (steps.length > 2) expect(steps[0]!.fraction).toBeGreaterThanOrEqual(0.1);
    }
  });
});
