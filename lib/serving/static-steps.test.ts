import { describe, expect, it } from 'vitest';
import { MIN_IOS_APP_VERSION } from '../../machines/diagnosis-machine';
import { answerPaths } from '../wizard/paths';
import { parseSearch } from '../wizard/answers-url';
import { replayAnswers, replayLink } from '../wizard/replay';
import {
  answersOfSegments,
  prerenderedAnswers,
  stepPath,
  stepPathOfReplay,
  stepSegments,
} from './static-steps';
import { hrefFor } from '../wizard/step-model';

describe('prerendered steps', () => {
  it('are the first question and every answer path the machine takes', () => {
    const all = prerenderedAnswers();
    expect(all[0]).toEqual([]);
    expect(new Set(all.map((answers) => JSON.stringify(answers))).size).toBe(all.length);
    expect(all).toHaveLength(answerPaths().filter((p) => p.answers.length > 0).length + 1);
    const states = new Set(all.map((answers) => replayAnswers(answers).stateId));
    for (const path of answerPaths()) expect(states.has(path.stateId)).toBe(true);
  });

  it('each stand for exactly the answers they were built from', () => {
    for (const answers of prerenderedAnswers()) {
      const segments = stepPath('/check', answers, 7).split('/').slice(2);
      expect(answersOfSegments(segments, 7)).toEqual(answers);
    }
    expect(stepSegments(1)[0]).toEqual(['1']);
  });

  it('refuse segments that are not a journey at this version', () => {
    expect(answersOfSegments(['2', 'restore'], 1)).toBeNull();
    expect(answersOfSegments(['1', 'teleport'], 1)).toBeNull();
    expect(answersOfSegments([], 1)).toBeNull();
  });
});

describe('stepPathOfReplay', () => {
  const stepPathForSearch = (page: string, search: URLSearchParams, version: number) =>
    stepPathOfReplay(page, replayLink(parseSearch(search.toString()), version), version);

  const path = answerPaths().find((p) => p.answers.length >= 3)!;
  const link = new URL(hrefFor('/check', path.answers, 1), 'http://x').searchParams;

  it('finds the prerendered step for a link the wizard writes, in any order', () => {
    const expected = stepPath('/check', path.answers, 1);
    expect(stepPathForSearch('/check', link, 1)).toBe(expected);
    const reversed = new URLSearchParams([...link].reverse());
    expect(stepPathForSearch('/check', reversed, 1)).toBe(expected);
    expect(stepPathForSearch('/check', new URLSearchParams(), 1)).toBe('/check/1');
  });

  it('leaves to the page every link it says something about', () => {
    const withExtra = new URLSearchParams(link);
    withExtra.set('utm_source', 'mail');
    expect(stepPathForSearch('/check', withExtra, 1)).toBeNull();
    expect(stepPathForSearch('/check', link, 2)).toBeNull();
    const repeated = new URLSearchParams(link);
    repeated.append('goal', 'lost');
    expect(stepPathForSearch('/check', repeated, 1)).toBeNull();
  });

  it('leaves a typed version the graph did not try to the page, which shows it', () => {
    const typed = answerPaths().find((p) =>
      p.answers.some((a) => a.value === MIN_IOS_APP_VERSION),
    )!;
    const index = typed.answers.findIndex((a) => a.value === MIN_IOS_APP_VERSION);
    const answers = typed.answers
      .slice(0, index + 1)
      .map((a) => (a.value === MIN_IOS_APP_VERSION ? { ...a, value: '6.9 (build 12)' } : a));
    const search = new URL(hrefFor('/check', answers, 1), 'http://x').searchParams;
    expect(stepPathForSearch('/check', search, 1)).toBeNull();
  });
});
