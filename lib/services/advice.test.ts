import { describe, expect, it } from 'vitest';
import { directoryCopy, serviceById, services, type DirectoryCopy } from '../../content';
import { RISKY_ACTIONS } from '../../machines/safety';
import { planFacts } from '../plan/entry';
import { checkPieces, untaggedTexts, type Piece } from '../wizard/advice-safety';
import { serviceAdvice, serviceHolderAdvice } from './advice';

// A service page knows nothing of the person's phone, and its reader may still be restoring.
const facts = planFacts({});

const problemsOf = (pieces: readonly Piece[]) =>
  checkPieces(pieces, facts).map((p) => `${p.where}: ${p.problem}`);
const textOf = (pieces: readonly Piece[]) => pieces.flatMap((p) => p.texts).join(' ');

describe('every service page is safe as it is shown', () => {
  it.each(RISKY_ACTIONS)('%s is never advised where it harms, on any service page', (action) => {
    const found = services.flatMap((s) =>
      problemsOf(serviceAdvice(s)).filter((p) => p.includes(action)),
    );
    expect(found).toEqual([]);
  });

  it('guarded advice always comes with its warning, on every service page', () => {
    expect(services.flatMap((s) => problemsOf(serviceAdvice(s)))).toEqual([]);
  });

  it('every sentence that speaks of a risky action is tagged with it', () => {
    expect(untaggedTexts(services.flatMap((s) => serviceAdvice(s)))).toEqual([]);
  });

  it('the Apple Account page leads to Keychain approval and warns against the reset', () => {
    const pieces = serviceAdvice(serviceById('apple')!);
    expect(pieces.flatMap((p) => p.does)).toContain('approve-keychain');
    expect(pieces.flatMap((p) => p.warns)).toContain('reset-encrypted-data');
    expect(textOf(pieces)).toMatch(/Never choose “reset end-to-end encrypted data”/);
  });

  it('the Microsoft account page says to restore first if it held the backup', () => {
    const advice = serviceHolderAdvice(serviceById('microsoft-personal')!);
    expect(advice.flatMap((a) => a.warns)).toEqual(
      expect.arrayContaining(['add-accounts-before-restore', 'enable-backup-before-restore']),
    );
    expect(advice.map((a) => a.text).join(' ')).toMatch(
      /tap “Restore from backup”.* before you add any account/,
    );
  });

  it('shows holder advice only on the accounts that can hold the backup', () => {
    const withAdvice = services.filter((s) => serviceHolderAdvice(s).length > 0).map((s) => s.id);
    expect(withAdvice).toEqual(['microsoft-personal']);
  });
});

describe('the service page checks catch what they are for', () => {
  const apple = serviceById('apple')!;

  it('catches the Apple page without its reset warning', () => {
    const unsafe = { ...apple, warns: [] };
    expect(problemsOf(serviceAdvice(unsafe))).toEqual([
      'service apple: approve-keychain without warning of reset-encrypted-data',
    ]);
  });

  it('catches a service that advises deleting the backup', () => {
    const unsafe = { ...apple, does: [...apple.does, 'delete-backup' as const] };
    expect(problemsOf(serviceAdvice(unsafe))).toContain(
      'service apple: advises delete-backup where it harms',
    );
  });

  it('catches holder advice that speaks of turning backup on without its tag', () => {
    const words: DirectoryCopy = {
      ...directoryCopy,
      backupHolder: {
        ...directoryCopy.backupHolder,
        microsoft: {
          held: 'Held it.',
          advice: [{ text: 'Turn on “Cloud Backup” first.', does: [], warns: [] }],
        },
      },
    };
    const microsoft = serviceById('microsoft-personal')!;
    expect(untaggedTexts(serviceAdvice(microsoft, words))).toHaveLength(1);
  });
});
