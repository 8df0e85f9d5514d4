import { describe, expect, it } from 'vitest';
import { answerParams, embedBasePath, embedStartTarget } from './link';
import { parseEmbedOptions } from './protocol';

const target = (params: Record<string, string | string[]>) =>
  embedStartTarget(params, parseEmbedOptions(params).options, 2);

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
      '/embed?start=restore&theme=dark&v=2&goal=restore',
    );
  });

  it('adds the answers of a navigate token', () => {
    expect(target({ answers: 'v=2&goal=lost&platforms=ios-ios' })).toBe(
      '/embed?answers=v%3D2%26goal%3Dlost%26platforms%3Dios-ios&v=2&goal=lost&platforms=ios-ios',
    );
  });

  it('keeps bad options in the address, so the next page still warns about them', () => {
    expect(target({ start: 'restore', theme: 'purple' })).toBe(
      '/embed?start=restore&theme=purple&v=2&goal=restore',
    );
  });

  it('does nothing once the address holds answers, so it can never loop', () => {
    expect(target({ start: 'restore', v: '1', goal: 'restore' })).toBeNull();
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
      '/embed?start=lost&theme=dark&theme=light&v=2&goal=lost',
    );
  });
});

describe('answerParams', () => {
  it('leaves out every option', () => {
    expect(
      answerParams({ v: '1', goal: 'lost', theme: 'dark', answers: 'x', accent: 'fff' }),
    ).toEqual({ v: '1', goal: 'lost' });
  });
});

describe('embedStartTarget with hostile answers', () => {
  it('adds nothing that is not an answer, so it cannot redirect to itself', () => {
    expect(target({ answers: '__proto__' })).toBeNull();
    expect(target({ answers: 'constructor=1&toString=2' })).toBeNull();
  });

  it('keeps the real answers and drops the rest', () => {
    expect(target({ answers: 'v=2&goal=restore&__proto__=x' })).toBe(
      '/embed?answers=v%3D2%26goal%3Drestore%26__proto__%3Dx&v=2&goal=restore',
    );
  });
});
