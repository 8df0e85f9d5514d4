import { describe, expect, it } from 'vitest';
import { EDGES } from './flow';
import { countCrossings, layoutFlow, wrap } from './flow-diagram';
import { reachableStates } from './paths';

describe('the flow diagram', () => {
  it('lays out every state and every pair of linked states, with real coordinates', async () => {
    const states = reachableStates();
    const diagram = await layoutFlow(states, {
      title: (id) => `Title of ${id}`,
      edge: (e) => e.value ?? e.checks.at(-1) ?? e.event,
    });
    expect(diagram.nodes.map((n) => n.id).sort()).toEqual([...states].sort());
    const pairs = new Set(EDGES.map((e) => `${e.from}→${e.to}`));
    expect(diagram.edges.map((e) => `${e.from}→${e.to}`).sort()).toEqual([...pairs].sort());
    for (const edge of diagram.edges) {
      expect(edge.d, edge.id).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+/);
      expect(edge.label).not.toBeNull();
    }
    for (const node of diagram.nodes) {
      expect(node.x + node.width).toBeLessThanOrEqual(diagram.width);
      expect(node.y + node.height).toBeLessThanOrEqual(diagram.height);
    }
    expect(diagram.nodes.find((n) => n.id === 'goal')!.y).toBeLessThan(
      diagram.nodes.find((n) => n.id === 'ios-backup-ready')!.y,
    );
    expect(diagram.nodes.find((n) => n.id === 'service-recovery')!.kind).toBe('referral');
    expect(diagram.nodes.find((n) => n.id === 'cross-platform')!.kind).toBe('fix');
    expect(diagram.nodes.find((n) => n.id === 'goal')!.kind).toBe('question');
  }, 60_000);

  it('joins the words of transitions between the same two states', async () => {
    const diagram = await layoutFlow(['goal', 'platforms', 'cross-platform'], {
      title: (id) => id,
      edge: (e) => e.value ?? '',
    });
    const cross = diagram.edges.find((e) => e.from === 'platforms' && e.to === 'cross-platform');
    expect(cross?.label?.lines.join(' ')).toBe('ios-android / android-ios');
  });

  it('wraps text on spaces and cuts what does not fit', () => {
    expect(wrap('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrap('one two three four', 9, 2)).toEqual(['one two', 'three…']);
  });
});

describe('crossings', () => {
  it('counts a horizontal arrow crossing a vertical one, and not arrows that only touch', () => {
    const edge = (id: string, d: string) => ({ id, from: 'a', to: 'b', d, label: null });
    const diagram = {
      width: 100,
      height: 100,
      nodes: [],
      edges: [
        edge('h', 'M0 50 L100 50'),
        edge('v', 'M50 0 L50 100'),
        edge('end', 'M100 0 L100 100'),
      ],
    };
    expect(countCrossings(diagram)).toBe(1);
  });

  // Content version 3 asks about the situation first, so the map has more steps to place.
  it('keeps the real map to few crossings (the first layout of the version 3 tree had 24)', async () => {
    const { outcomeContent, questionContent } = await import('../../content');
    const diagram = await layoutFlow(reachableStates(), {
      title: (id) => questionContent(id)?.title ?? outcomeContent(id)?.title ?? id,
      edge: (e) => e.value ?? e.event,
    });
    expect(countCrossings(diagram)).toBeLessThanOrEqual(24);
  }, 60_000);
});
