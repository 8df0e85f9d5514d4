import { describe, expect, it } from 'vitest';
import { services } from '@/content';
import { MAX_PLAN_IDS, orderPlan, parsePlanIds, planKey, planServiceIds } from './recovery-plan';

function ids(items: { service: { id: string } }[]): string[] {
  return items.map((item) => item.service.id);
}

describe('orderPlan', () => {
  it('puts email accounts first, then Microsoft or Apple, then the rest alphabetically', () => {
    // Arrange
    const picked = ['github', 'apple', 'proton', 'discord', 'google', 'amazon'];

    // Act
    const plan = orderPlan(services, picked);

    // Assert
    expect(ids(plan)).toEqual(['google', 'proton', 'apple', 'amazon', 'discord', 'github']);
    expect(plan.map((item) => item.group)).toEqual([
      'email-identity',
      'email-identity',
      'microsoft-apple',
      'other',
      'other',
      'other',
    ]);
    expect(plan.map((item) => item.step)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('puts the backup holder first among Microsoft and Apple accounts', () => {
    const plan = orderPlan(services, ['apple', 'microsoft-personal', 'yahoo'], {
      backupHolder: 'microsoft',
    });

    expect(ids(plan)).toEqual(['yahoo', 'microsoft-personal', 'apple']);
    expect(plan.find((item) => item.backupHolder)?.service.id).toBe('microsoft-personal');
  });

  it('adds the backup holder when it was not picked, and says why', () => {
    const plan = orderPlan(services, ['github', 'google'], { backupHolder: 'apple' });

    expect(ids(plan)).toEqual(['google', 'apple', 'github']);
    expect(plan[1]).toMatchObject({ addedFor: 'backup-holder', backupHolder: true });
    expect(plan[0]?.addedFor).toBeNull();
  });

  it('sends the work or school account to the IT help desk', () => {
    // Arrange
    const picked = ['slack', 'google'];

    // Act
    const plan = orderPlan(services, picked, { workSchool: true });

    // Assert
    const work = plan.find((item) => item.service.id === 'microsoft-entra');
    expect(work).toMatchObject({ contact: 'it-help-desk', addedFor: 'work-school' });
    expect(plan.filter((item) => item.contact === 'it-help-desk')).toHaveLength(1);
    expect(ids(plan)).toEqual(['google', 'microsoft-entra', 'slack']);
  });

  it('keeps a picked work or school account as picked, going to the IT help desk', () => {
    const plan = orderPlan(services, ['microsoft-entra'], { workSchool: true });

    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ addedFor: null, contact: 'it-help-desk' });
  });

  it('links the work or school account to its own page when not told it is work or school', () => {
    const plan = orderPlan(services, ['microsoft-entra']);

    expect(plan[0]?.contact).toBe('recovery-page');
  });

  it('skips unknown and repeated ids', () => {
    const plan = orderPlan(services, ['github', 'nope', 'github']);

    expect(ids(plan)).toEqual(['github']);
  });

  it('returns an empty plan for no ids', () => {
    expect(orderPlan(services, [])).toEqual([]);
  });

  it('orders the same whatever order the ids came in', () => {
    const a = orderPlan(services, ['x', 'zoho', 'aws', 'apple', 'bitwarden']);
    const b = orderPlan(services, ['bitwarden', 'apple', 'aws', 'zoho', 'x']);

    expect(ids(a)).toEqual(ids(b));
  });
});

describe('parsePlanIds', () => {
  it('reads a comma-separated string', () => {
    expect(parsePlanIds('github,google', services)).toEqual({
      ids: ['github', 'google'],
      unknown: [],
    });
  });

  it('reads repeated query values, with commas inside, spaces and capitals', () => {
    const result = parsePlanIds(['GitHub, google', 'apple'], services);

    expect(result).toEqual({ ids: ['github', 'google', 'apple'], unknown: [] });
  });

  it('reports unknown and malformed ids without failing', () => {
    const result = parsePlanIds('github,myspace,<script>,not_kebab', services);

    expect(result).toEqual({ ids: ['github'], unknown: ['myspace', '<script>', 'not_kebab'] });
  });

  it('drops repeats and empty entries', () => {
    expect(parsePlanIds('github,,github, ,', services)).toEqual({ ids: ['github'], unknown: [] });
  });

  it('treats anything that is not a string or list of strings as no ids', () => {
    expect(parsePlanIds(undefined, services)).toEqual({ ids: [], unknown: [] });
    expect(parsePlanIds(42, services)).toEqual({ ids: [], unknown: [] });
    expect(parsePlanIds({ s: 'github' }, services)).toEqual({ ids: [], unknown: [] });
    expect(parsePlanIds(['github', 7], services)).toEqual({ ids: [], unknown: [] });
  });

  it(`reads at most ${MAX_PLAN_IDS} entries`, () => {
    // Arrange
    const many = Array.from({ length: MAX_PLAN_IDS + 20 }, (_, i) => `unknown-${i}`);

    // Act
    const result = parsePlanIds([...many, 'github'].join(','), services);

    // Assert
    expect(result.ids).toEqual([]);
    expect(result.unknown).toHaveLength(MAX_PLAN_IDS);
  });

  it('shortens very long unknown entries', () => {
    const result = parsePlanIds('a'.repeat(500), services);

    expect(result.unknown[0]).toHaveLength(64);
  });
});

describe('planKey', () => {
  it('is the same for the same ids in any order, with repeats', () => {
    expect(planKey(['google', 'apple', 'github', 'apple'])).toBe('apple,github,google');
    expect(planKey(['github', 'google', 'apple'])).toBe(planKey(['apple', 'google', 'github']));
  });

  it('is empty for no ids', () => {
    expect(planKey([])).toBe('');
  });
});

describe('planServiceIds', () => {
  it('counts what the plan holds: the picked, the backup holder and the work account', () => {
    // Arrange
    const picked = ['google', 'github', 'google'];

    // Act
    const held = planServiceIds(picked, { backupHolder: 'apple', workSchool: true });

    // Assert
    expect([...held]).toEqual([
      ['google', null],
      ['github', null],
      ['apple', 'backup-holder'],
      ['microsoft-entra', 'work-school'],
    ]);
    expect(held.size).toBe(
      orderPlan(services, picked, { backupHolder: 'apple', workSchool: true }).length,
    );
  });

  it('adds nothing for a holder already picked', () => {
    expect(planServiceIds(['apple'], { backupHolder: 'apple' }).size).toBe(1);
  });
});
