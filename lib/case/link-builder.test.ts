import { describe, expect, it } from 'vitest';
import { buildLink, situationsReaching } from './link-builder';

const V = 3;

describe('the link builder', () => {
  it('sends a customer to a result by the shortest way from their own situation', () => {
    expect(buildLink({ to: 'cross-platform', goal: 'prepare' }, V)).toEqual({
      kind: 'built',
      stateId: 'cross-platform',
      answers: [
        { question: 'goal', value: 'prepare' },
        { question: 'accounts', value: 'personal' },
        { question: 'platforms', value: 'ios-android' },
      ],
      problems: [],
    });
    const lost = buildLink({ to: 'ios-keychain-sync', goal: 'lost' }, V);
    expect(lost).toMatchObject({ kind: 'built', stateId: 'ios-keychain-sync' });
    if (lost.kind === 'built') expect(lost.answers[0]).toEqual({ question: 'goal', value: 'lost' });
  });

  it('asks for the situation instead of assuming one, when several lead there', () => {
    expect(buildLink({ to: 'cross-platform' }, V)).toEqual({
      kind: 'needs-situation',
      stateId: 'cross-platform',
      situations: ['locked-out', 'restore', 'prepare'],
    });
    expect(situationsReaching('cross-platform')).toEqual(['locked-out', 'restore', 'prepare']);
  });

  it('needs no situation where only one leads there, nor for the first question', () => {
    expect(situationsReaching('android-backup-ready')).toEqual(['prepare']);
    const built = buildLink({ to: 'android-backup-ready' }, V);
    expect(built).toMatchObject({ kind: 'built', stateId: 'android-backup-ready' });
    if (built.kind === 'built') expect(built.answers[0]?.value).toBe('prepare');
    expect(buildLink({ to: 'goal', goal: 'lost' }, V)).toEqual({
      kind: 'built',
      stateId: 'goal',
      answers: [],
      problems: [],
    });
  });

  it('says when the customer’s situation never leads to the step, and which do', () => {
    expect(buildLink({ to: 'cross-platform', goal: 'lost' }, V)).toEqual({
      kind: 'situation-misses',
      stateId: 'cross-platform',
      situation: 'lost',
      situations: ['locked-out', 'restore', 'prepare'],
    });
  });

  it('refuses a situation that is not one of the first question’s answers', () => {
    expect(buildLink({ to: 'cross-platform', goal: '<script>' }, V)).toEqual({
      kind: 'unknown-situation',
    });
    expect(buildLink({ to: 'cross-platform', goal: ['nope', 'lost'] }, V)).toEqual({
      kind: 'unknown-situation',
    });
  });

  it('sends a customer to any question', () => {
    const built = buildLink({ to: 'ios-keychain-sync', goal: 'restore' }, V);
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
