import { describe, expect, it } from 'vitest';
import {
  directoryCopy,
  services,
  servicesUi,
  type DirectoryCopy,
  type Service,
} from '../../content';
import { RISKY_ACTIONS } from '../../machines/safety';
import { checkPieces, untaggedTexts, type Piece } from '../wizard/advice-safety';
import { escapeHtml, escapeMarkdown, planFileHtml, planFileMarkdown } from './download';
import { planEntry, planEntryAdvice, planFacts, planSections } from './entry';
import { orderPlan, type BackupHolder, type PlanItem, type PlanOptions } from './recovery-plan';

const HOLDERS: readonly (BackupHolder | undefined)[] = ['apple', 'microsoft', undefined];
const allIds = services.map((service) => service.id);

/** Every plan the page can make: each holder, with and without work, none or all picked. */
const variants = HOLDERS.flatMap((backupHolder) =>
  [false, true].flatMap((workSchool) =>
    [[], allIds].map((ids) => {
      const options: PlanOptions = { backupHolder, workSchool };
      return {
        name: `holder=${backupHolder ?? 'none'} work=${workSchool} picked=${ids.length}`,
        options,
        items: orderPlan(services, ids, options),
      };
    }),
  ),
);

function problems(item: PlanItem<Service>, options: PlanOptions, words = directoryCopy) {
  return checkPieces(planEntryAdvice(item, words), planFacts(options)).map(
    (p) => `${p.where}: ${p.problem}`,
  );
}

const textOf = (pieces: readonly Piece[]) => pieces.flatMap((p) => p.texts).join(' ');

/** Warns against resetting end-to-end encrypted data, in its tags and in its words. */
function warnsOfReset(pieces: readonly Piece[]): boolean {
  return (
    pieces.some((p) => p.warns.includes('reset-encrypted-data')) &&
    /Never choose “reset end-to-end encrypted data”/.test(textOf(pieces))
  );
}

/** Says to restore before adding accounts or turning backup on, in its tags and words. */
function saysRestoreFirst(pieces: readonly Piece[]): boolean {
  return pieces.some(
    (p) =>
      p.warns.includes('add-accounts-before-restore') &&
      p.warns.includes('enable-backup-before-restore') &&
      p.texts.some((t) => /tap “Restore from backup”.* before you add any account/.test(t)),
  );
}

const itemFor = (items: readonly PlanItem<Service>[], id: string) =>
  items.find((item) => item.service.id === id);

describe('every plan variant is safe as the page shows it', () => {
  it('makes plans for every holder, with and without work, and each plan has items', () => {
    expect(variants).toHaveLength(12);
    for (const v of variants) {
      expect(v.items.length > 0 || (!v.options.backupHolder && !v.options.workSchool), v.name).toBe(
        true,
      );
    }
  });

  it('checks exactly the notes and warnings the page renders', () => {
    for (const { items } of variants) {
      for (const item of items) {
        const entry = planEntry(item);
        expect(planEntryAdvice(item).flatMap((p) => p.texts)).toEqual([
          ...entry.notes,
          ...entry.warnings,
        ]);
      }
    }
  });

  it.each(RISKY_ACTIONS)('%s is never advised where it harms, in any plan', (action) => {
    const found = variants.flatMap(({ name, options, items }) =>
      items.flatMap((item) =>
        problems(item, options)
          .filter((p) => p.includes(action))
          .map((p) => `${name}: ${p}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('guarded advice always comes with its warning, in any plan', () => {
    const found = variants.flatMap(({ name, options, items }) =>
      items.flatMap((item) => problems(item, options).map((p) => `${name}: ${p}`)),
    );
    expect(found).toEqual([]);
  });

  it('every sentence that speaks of a risky action is tagged with it', () => {
    const pieces = variants.flatMap((v) => v.items.flatMap((item) => planEntryAdvice(item)));
    expect(untaggedTexts(pieces)).toEqual([]);
  });

  it('the Apple Account always carries the reset warning, wherever it is in a plan', () => {
    const withApple = variants.filter((v) => itemFor(v.items, 'apple'));
    expect(withApple.map((v) => v.options.backupHolder)).toContain('apple');
    for (const v of withApple) {
      expect(warnsOfReset(planEntryAdvice(itemFor(v.items, 'apple')!)), v.name).toBe(true);
    }
  });

  it('with the Microsoft account as holder, the plan always says to restore first', () => {
    const holderPlans = variants.filter((v) => v.options.backupHolder === 'microsoft');
    expect(holderPlans).toHaveLength(4);
    for (const v of holderPlans) {
      const item = itemFor(v.items, 'microsoft-personal')!;
      expect(item.backupHolder, v.name).toBe(true);
      expect(saysRestoreFirst(planEntryAdvice(item)), v.name).toBe(true);
      expect(planEntry(item).notes.join(' '), v.name).toMatch(/“Restore from backup”/);
    }
  });
});

describe('the downloaded plan carries the same safety words as the page', () => {
  const filesOf = (items: readonly PlanItem<Service>[]) => {
    const file = {
      title: servicesUi.plan.title,
      intro: servicesUi.plan.intro,
      planUrl: 'https://example.org/plan',
      sections: planSections(items),
      ticked: [],
      words: servicesUi.plan,
    };
    return { html: planFileHtml(file), md: planFileMarkdown(file) };
  };

  it('every note and warning of every plan is in both files, word for word', () => {
    for (const { name, items } of variants) {
      const { html, md } = filesOf(items);
      for (const text of items.flatMap((item) => planEntryAdvice(item).flatMap((p) => p.texts))) {
        expect(html, `${name}: ${text}`).toContain(escapeHtml(text));
        expect(md, `${name}: ${text}`).toContain(escapeMarkdown(text));
      }
    }
  });

  it('keeps the Apple reset warning and the Microsoft “restore first” note', () => {
    const { html: apple } = filesOf(orderPlan(services, [], { backupHolder: 'apple' }));
    expect(apple).toMatch(/Never choose “reset end-to-end encrypted data”/);
    const { md: microsoft } = filesOf(orderPlan(services, [], { backupHolder: 'microsoft' }));
    expect(microsoft).toMatch(/tap “Restore from backup”.* before you add any account/);
  });
});

describe('the plan checks catch what they are for', () => {
  const applePlan = orderPlan(services, [], { backupHolder: 'apple' });
  const apple = itemFor(applePlan, 'apple')!;
  const msPlan = orderPlan(services, [], { backupHolder: 'microsoft' });
  const microsoft = itemFor(msPlan, 'microsoft-personal')!;
  const withService = (item: PlanItem<Service>, change: Partial<Service>) => ({
    ...item,
    service: { ...item.service, ...change },
  });

  it('catches a Keychain approval without the reset warning', () => {
    const unsafe = withService(apple, {
      warnings: apple.service.warnings.filter((w) => !w.includes('end-to-end')),
      warns: [],
    });
    expect(problems(unsafe, { backupHolder: 'apple' })).toEqual([
      'plan item 1 (apple), warnings: approve-keychain without warning of reset-encrypted-data',
    ]);
    expect(warnsOfReset(planEntryAdvice(unsafe))).toBe(false);
  });

  it('catches a holder note that no longer says to restore first', () => {
    const words: DirectoryCopy = {
      ...directoryCopy,
      backupHolder: { ...directoryCopy.backupHolder, microsoft: { held: 'Held it.', advice: [] } },
    };
    expect(saysRestoreFirst(planEntryAdvice(microsoft, words))).toBe(false);
  });

  it('catches "turn on backup" advised to someone still waiting to restore', () => {
    const unsafe = withService(microsoft, { does: ['enable-backup-before-restore'] });
    expect(problems(unsafe, { backupHolder: 'microsoft' })).not.toEqual([]);
  });

  it('catches a warning that speaks of a risky action without its tag', () => {
    const unsafe = withService(apple, {
      warnings: [...apple.service.warnings, 'Then turn on “Cloud Backup” on the new phone.'],
    });
    expect(untaggedTexts(planEntryAdvice(unsafe))).toHaveLength(1);
  });
});
