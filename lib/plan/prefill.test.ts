import { describe, expect, it } from 'vitest';
import type { Answer } from '@/machines/diagnosis-machine';
import { wizardContent } from '@/content';
import { PLAN_OUTCOMES, planLinkFor, planPrefill } from './prefill';

function answers(...pairs: [string, string][]): Answer[] {
  return pairs.map(([question, value]) => ({ question, value }));
}

describe('planPrefill', () => {
  it('names the Apple Account for a backup made on a current iPhone', () => {
    // Arrange
    const given = answers(
      ['goal', 'restore'],
      ['platforms', 'ios-ios'],
      ['ios-new-phone', 'empty'],
    );

    // Act
    const options = planPrefill(given);

    // Assert
    expect(options).toEqual({ backupHolder: 'apple' });
  });

  it('names the Microsoft account for a backup made on Android', () => {
    const given = answers(['goal', 'restore'], ['platforms', 'android-android']);

    expect(planPrefill(given)).toEqual({ backupHolder: 'microsoft' });
  });

  it('follows the old phone when moving between iPhone and Android', () => {
    expect(planPrefill(answers(['platforms', 'ios-android'])).backupHolder).toBe('apple');
    expect(planPrefill(answers(['platforms', 'android-ios'])).backupHolder).toBe('microsoft');
  });

  it('names the Microsoft account for the older iPhone backup', () => {
    const legacySwitch = answers(['platforms', 'ios-ios'], ['ios-model', 'in-app-switch']);
    const beginRecovery = answers(['platforms', 'ios-ios'], ['ios-new-phone', 'begin-recovery']);

    expect(planPrefill(legacySwitch).backupHolder).toBe('microsoft');
    expect(planPrefill(beginRecovery).backupHolder).toBe('microsoft');
  });

  it('reads the platform from the error question when no move was asked', () => {
    expect(planPrefill(answers(['error-platform', 'android'])).backupHolder).toBe('microsoft');
    expect(planPrefill(answers(['error-platform', 'ios'])).backupHolder).toBe('apple');
  });

  it('names no backup holder when the phone was never said', () => {
    const given = answers(['goal', 'not-working'], ['account-type', 'missing']);

    expect(planPrefill(given)).toEqual({});
  });

  it('sends work or school accounts to the IT help desk', () => {
    const given = answers(['goal', 'not-working'], ['account-type', 'work-school']);

    expect(planPrefill(given)).toEqual({ workSchool: true });
  });

  it('does not mark a personal account as work or school', () => {
    const given = answers(['goal', 'not-working'], ['account-type', 'personal-microsoft']);

    expect(planPrefill(given).workSchool).toBeUndefined();
  });
});

describe('planLinkFor', () => {
  it('links the lost-codes outcomes to a prefilled plan', () => {
    // Arrange
    const given = answers(['goal', 'restore'], ['platforms', 'ios-android']);

    // Act
    const href = planLinkFor('cross-platform', given);

    // Assert
    expect(href).toBe('/plan?holder=apple');
  });

  it('links to an empty plan when nothing is known yet', () => {
    expect(planLinkFor('service-recovery', [])).toBe('/plan');
  });

  it('carries work or school and the backup holder together', () => {
    const given = answers(['platforms', 'android-android'], ['account-type', 'work-school']);

    expect(planLinkFor('backup-overwritten', given)).toBe('/plan?work=1&holder=microsoft');
  });

  it('gives no plan link for an outcome that fixes the backup', () => {
    expect(planLinkFor('ios-keychain-off', answers(['platforms', 'ios-ios']))).toBeNull();
  });

  it('offers a plan wherever a result tells the person to recover accounts one by one', () => {
    const recoversOneByOne = Object.entries(wizardContent.outcomes)
      .filter(([, o]) => [...o.does, ...o.steps.flatMap((s) => s.does)].includes('declare-lost'))
      .map(([id]) => id);
    expect(recoversOneByOne.length).toBeGreaterThan(0);
    expect(recoversOneByOne.filter((id) => !PLAN_OUTCOMES.includes(id))).toEqual([]);
  });
});
