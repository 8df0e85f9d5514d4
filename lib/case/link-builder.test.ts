import { describe, expect, it } from 'vitest';
import { buildLink } from './link-builder';

const V = 3;

describe('the link builder', () => {
  it('sends a customer to a result by the shortest way', () => {
    expect(buildLink({ to: 'cross-platform' }, V)).toEqual({
      kind: 'built',
      stateId: 'cross-platform',
      answers: [
        { question: 'goal', value: 'prepare' },
        { question: 'accounts', value: 'personal' },
        { question: 'platforms', value: 'ios-android' },
      ],
      problems: [],
    });
  });

  it('sends a customer to any question', () => {
    const built = buildLink({ to: 'ios-keychain-sync' }, V);
    expect(built).toMatchObject({ kind: 'built', stateId: 'ios-keychain-sync' });
  });

  it('starts from a situation: iPhone to iPhone, old phone lost', () => {
    const built = buildLink(
      { from: 'situation', goal: 'lost', accounts: 'personal', platforms: 'ios-ios' },
      V,
    );
    expect(built).toMatchObject({ kind: 'built', stateId: 'ios-new-phone', problems: [] });
  });

  it('keeps what fits a situation and reports what does not', () => {
    const built = buildLink({ from: 'situation', goal: 'not-working', platforms: 'ios-ios' }, V);
    expect(built).toMatchObject({
      kind: 'built',
      stateId: 'account-type',
      problems: [{ kind: 'unused', questions: ['platforms'] }],
    });
  });

  it('refuses an unknown step and ignores junk', () => {
    expect(buildLink({ to: '<script>' }, V)).toEqual({ kind: 'unknown-step' });
    expect(buildLink({ to: ['nope', 'goal'] }, V)).toEqual({ kind: 'unknown-step' });
    expect(buildLink({}, V)).toEqual({ kind: 'none' });
    expect(buildLink('junk', V)).toEqual({ kind: 'none' });
    expect(buildLink({ from: 'situation' }, V)).toMatchObject({ kind: 'built', stateId: 'goal' });
  });
});
