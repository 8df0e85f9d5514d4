import { describe, expect, it } from 'vitest';
import {
  addedSince,
  carriedTicks,
  parseLastPlan,
  parseTicks,
  serializeTicks,
  ticksStorageKey,
  toggleTick,
  withService,
  type LastPlan,
} from './ticks';

describe('plan ticks', () => {
  it('keys a plan the same whatever order its services came in', () => {
    expect(ticksStorageKey(['github', 'google'])).toBe(ticksStorageKey(['google', 'github']));
    expect(ticksStorageKey(['google'])).not.toBe(ticksStorageKey(['google', 'github']));
  });

  it('reads back what it stored', () => {
    // Arrange
    const stored = serializeTicks(['google', 'github']);

    // Act
    const ticks = parseTicks(stored, ['apple', 'github', 'google']);

    // Assert
    expect(ticks.sort()).toEqual(['github', 'google']);
  });

  it('drops ticks for services that are not in the plan', () => {
    expect(parseTicks('["google","steam"]', ['google'])).toEqual(['google']);
  });

  it('ignores stored text that is not a list of ids', () => {
    expect(parseTicks('not json', ['google'])).toEqual([]);
    expect(parseTicks('{"google":true}', ['google'])).toEqual([]);
    expect(parseTicks('[1,2]', ['google'])).toEqual([]);
    expect(parseTicks(null, ['google'])).toEqual([]);
  });

  it('removes the entry once nothing is ticked', () => {
    expect(serializeTicks([])).toBeNull();
  });

  it('ticks and unticks one service', () => {
    expect(toggleTick(['google'], 'github', true)).toEqual(['google', 'github']);
    expect(toggleTick(['google', 'github'], 'google', false)).toEqual(['github']);
    expect(toggleTick(['google'], 'google', true)).toEqual(['google']);
  });
});

describe('the last plan and carried ticks', () => {
  it('reads back a stored last plan, and nothing that is not one', () => {
    const plan = {
      ids: ['google', 'github'],
      workSchool: true,
      holder: 'apple' as const,
      ticksKey: ticksStorageKey(['google', 'github', 'apple-account']),
    };
    expect(parseLastPlan(JSON.stringify(plan))).toEqual(plan);
    expect(parseLastPlan(JSON.stringify({ ...plan, ids: [] }))).toBeNull();
    expect(parseLastPlan(JSON.stringify({ ...plan, holder: 'nokia' }))).toBeNull();
    expect(parseLastPlan(JSON.stringify({ ...plan, extra: 1 }))).toBeNull();
    expect(parseLastPlan('{')).toBeNull();
    expect(parseLastPlan(null)).toBeNull();
  });

  it('adds a service to the last plan once, at the end', () => {
    const plan = { ids: ['google', 'github'], workSchool: false, holder: null, ticksKey: 'k' };
    expect(withService(plan, 'revolut')).toEqual(['google', 'github', 'revolut']);
    expect(withService(plan, 'github')).toEqual(['google', 'github']);
  });

  it('keeps ticks for the services still in the plan after adding or removing some', () => {
    expect(carriedTicks(['google', 'steam'], [], ['google', 'steam', 'amazon'])).toEqual([
      'google',
      'steam',
    ]);
    expect(carriedTicks(['google', 'steam'], ['amazon'], ['google', 'amazon'])).toEqual([
      'amazon',
      'google',
    ]);
  });
});

describe('addedSince', () => {
  const stored = (plan: Omit<LastPlan, 'ticksKey'>) => JSON.stringify({ ...plan, ticksKey: 'k' });
  const plan = (ids: string[], holder: LastPlan['holder'] = null) => ({
    ids,
    workSchool: false,
    holder,
  });

  it('names the services a plan gained since the one opened before', () => {
    expect(
      addedSince(stored(plan(['google', 'github'])), plan(['google', 'github', 'amazon'])),
    ).toEqual(['amazon']);
  });

  it('counts the backup holder the plan already held, so picking it adds nothing', () => {
    const before = stored(plan([], 'apple'));

    expect(addedSince(before, plan(['apple'], 'apple'))).toEqual([]);
    expect(addedSince(before, plan(['steam'], 'apple'))).toEqual(['steam']);
  });

  it('says nothing for another plan, a reload, or nothing stored', () => {
    expect(addedSince(stored(plan(['google'])), plan(['github', 'amazon']))).toEqual([]);
    expect(addedSince(stored(plan(['google'])), plan(['google']))).toEqual([]);
    expect(addedSince(null, plan(['google']))).toEqual([]);
    expect(addedSince('{"not":"ours"}', plan(['google']))).toEqual([]);
  });
});
