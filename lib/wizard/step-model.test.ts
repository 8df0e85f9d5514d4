import { describe, expect, it } from 'vitest';
import { parseSearch, withoutParams } from './answers-url';
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
    expect(hrefFor('/check', answers, 2)).toBe('/check?v=2&goal=restore&platforms=ios-ios');
    expect(hrefFor('/check', [], 2)).toBe('/check');
  });

  it('keeps the fixed parameters of a base path first', () => {
    expect(hrefFor('/embed?theme=dark&compact=true', answers, 2)).toBe(
      '/embed?theme=dark&compact=true&v=2&goal=restore&platforms=ios-ios',
    );
    expect(hrefFor('/embed?theme=dark', [], 2)).toBe('/embed?theme=dark');
  });
});

describe('stepModel with a base path that carries settings', () => {
  const step = stepModel(replayLink(parseSearch('v=3&goal=restore'), 3), '/embed?theme=dark', 3);

  it('keeps the settings in every answer, Back and Start over', () => {
    expect(step.options.map((o) => o.href)).toContain(
      '/embed?theme=dark&v=3&goal=restore&accounts=personal',
    );
    expect(step.backHref).toBe('/embed?theme=dark');
    expect(step.restartHref).toBe('/embed?theme=dark');
  });

  it('carries the settings through a plain GET form, before the answers', () => {
    expect(step.carried).toEqual([
      { name: 'theme', value: 'dark' },
      { name: 'v', value: '3' },
      { name: 'goal', value: 'restore' },
    ]);
  });
});

describe('withoutParams', () => {
  it('leaves out the named parameters, wherever and however often they appear', () => {
    expect(
      withoutParams('theme=dark&v=2&goal=lost&theme=light&accent=fff', ['theme', 'accent']),
    ).toBe('v=2&goal=lost');
  });

  it('returns the query unchanged when there is nothing to leave out', () => {
    expect(withoutParams('v=2&goal=lost%20x', [])).toBe('v=2&goal=lost%20x');
  });
});

describe('progress along every way through the checklist', () => {
  const walks = answerPaths()
    .filter((path) => isOutcomeId(path.stateId))
    .map((path) =>
      path.answers
        .map((_, i) => path.answers.slice(0, i + 1))
        .map((prefix) => stepModel(replayAnswers(prefix), '/check', 1).progress),
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
