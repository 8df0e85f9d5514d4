import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION as V } from '../../content';
import { toSearch } from '../wizard/answers-url';
import { shortestPathTo } from '../wizard/paths';
import { answerParams, embedBasePath, embedStartTarget } from './link';
import { parseEmbedOptions } from './protocol';

const target = (params: Record<string, string | string[]>) =>
  embedStartTarget(params, parseEmbedOptions(params).options, V);

/** The answers a start situation stands for: the first question answered with it. */
const started = (situation: string) => toSearch([{ question: 'goal', value: situation }], V);

/** A navigate token: a machine's way to a question, as the frame's links carry it. */
const token = toSearch(shortestPathTo('ios-new-phone')!, V);
const tokenParam = (value: string) => new URLSearchParams({ answers: value }).toString();

describe('embedBasePath', () => {
  it('is /embed when every option has its default', () => {
    expect(embedBasePath(parseEmbedOptions({}).options)).toBe('/embed');
  });

  it('keeps the options that set the look, and drops start and answers', () => {
    const { options } = parseEmbedOptions({
      start: 'restore',
      accent: '#0F766E',
      theme: 'dark',
      compact: 'true',
    });

    expect(embedBasePath(options)).toBe('/embed?accent=0f766e&theme=dark&compact=true');
  });
});

describe('embedStartTarget', () => {
  it('answers the goal question with the start situation', () => {
    expect(target({ start: 'restore', theme: 'dark' })).toBe(
      `/embed?start=restore&theme=dark&${started('restore')}`,
    );
  });

  it('adds the answers of a navigate token', () => {
    expect(target({ answers: token })).toBe(`/embed?${tokenParam(token)}&${token}`);
  });

  it('keeps bad options in the address, so the next page still warns about them', () => {
    expect(target({ start: 'restore', theme: 'purple' })).toBe(
      `/embed?start=restore&theme=purple&${started('restore')}`,
    );
  });

  it('does nothing once the address holds answers, so it can never loop', () => {
    expect(target({ start: 'restore', v: String(V), goal: 'restore' })).toBeNull();
    expect(target({ start: 'restore', goal: 'lost' })).toBeNull();
  });

  it('does nothing without a valid start or answers', () => {
    expect(target({})).toBeNull();
    expect(target({ start: 'everything', theme: 'dark' })).toBeNull();
  });

  it('ignores option names inside a token, and a token of nothing else', () => {
    expect(target({ answers: 'theme=dark' })).toBeNull();
    expect(target({ answers: 'theme=dark&goal=lost' })).toBe(
      '/embed?answers=theme%3Ddark%26goal%3Dlost&goal=lost',
    );
  });

  it('keeps repeated options as they were given', () => {
    expect(target({ start: 'lost', theme: ['dark', 'light'] })).toBe(
      `/embed?start=lost&theme=dark&theme=light&${started('lost')}`,
    );
  });
});

describe('answerParams', () => {
  it('leaves out every option', () => {
    expect(
      answerParams({ v: String(V), goal: 'lost', theme: 'dark', answers: 'x', accent: 'fff' }),
    ).toEqual({ v: String(V), goal: 'lost' });
  });
});

describe('embedStartTarget with hostile answers', () => {
  it('adds nothing that is not an answer, so it cannot redirect to itself', () => {
    expect(target({ answers: '__proto__' })).toBeNull();
    expect(target({ answers: 'constructor=1&toString=2' })).toBeNull();
  });

  it('keeps the real answers and drops the rest', () => {
    const hostile = `${started('restore')}&__proto__=x`;
    expect(target({ answers: hostile })).toBe(
      `/embed?${tokenParam(hostile)}&${started('restore')}`,
    );
  });
});
