import { describe, expect, it } from 'vitest';
import { parseTicks, serializeTicks, ticksStorageKey, toggleTick } from './plan-ticks';

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
