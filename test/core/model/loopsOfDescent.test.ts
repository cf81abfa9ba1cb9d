import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLoopsOfDescent } from '../../../src/core/model/loopsOfDescent';

type Edge = [number, number];

function graphOf(count: number, edges: readonly Edge[]) {
  const out: Edge[][] = Array.from({ length: count }, () => []);
  for (const e of edges) out[e[0]]!.push(e);
  return { nodes: Array.from({ length: count }, (_, i) => i), edgesFrom: (n: number) => out[n]!, target: (e: Edge) => e[1] };
}

/** Which nodes each node reaches, by brute force. */
function reach(count: number, edges: readonly Edge[]): boolean[][] {
  const r = Array.from({ length: count }, () => new Array<boolean>(count).fill(false));
  for (const [a, b] of edges) r[a]![b] = true;
  for (let k = 0; k < count; k++) for (let i = 0; i < count; i++) for (let j = 0; j < count; j++) if (r[i]![k] && r[k]![j]) r[i]![j] = true;
  return r;
}

const graphs = fc.integer({ min: 1, max: 9 }).chain((count) =>
  fc.tuple(fc.constant(count), fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { maxLength: 20 })),
);

describe('findLoopsOfDescent', () => {
  it('reports a loop reached only through a cross edge whole (a, b and c loop together)', () => {
    // 0 → 1 → 0 is found first; 0 → 2 → 1 closes the rest of the same loop through a finished node.
    const { loops, closingEdges } = findLoopsOfDescent(graphOf(3, [[0, 1], [1, 0], [0, 2], [2, 1]]));
    expect(loops).toEqual([{ members: [0, 1, 2], cycle: [0, 1] }]);
    expect(closingEdges.map((c) => c.edge)).toEqual([[1, 0]]);
  });

  it('finds a node that is its own parent, and nothing in a diamond', () => {
    expect(findLoopsOfDescent(graphOf(1, [[0, 0]])).loops).toEqual([{ members: [0], cycle: [0] }]);
    expect(findLoopsOfDescent(graphOf(4, [[0, 1], [0, 2], [1, 3], [2, 3]])).loops).toEqual([]);
  });

  it('groups exactly the nodes that reach each other, and leaves no loop once the closing edges are gone', () => {
    fc.assert(
      fc.property(graphs, ([count, edges]) => {
        const { loops, closingEdges, finishOrder } = findLoopsOfDescent(graphOf(count, edges));
        const r = reach(count, edges);
        const expected = new Map<number, number[]>();
        for (let i = 0; i < count; i++) {
          if (!r[i]![i]) continue;
          expected.set(i, Array.from({ length: count }, (_, j) => j).filter((j) => r[i]![j] && r[j]![i]));
        }
        const expectedGroups = [...new Set([...expected.values()].map((g) => g.join(',')))];
        expect(loops.map((l) => l.members.join(',')).sort()).toEqual(expectedGroups.sort());
        for (const loop of loops) {
          // The way round is a real cycle inside the loop.
          for (let i = 0; i < loop.cycle.length; i++) {
            const from = loop.cycle[i]!;
            const to = loop.cycle[(i + 1) % loop.cycle.length]!;
            expect(edges.some(([a, b]) => a === from && b === to)).toBe(true);
            expect(loop.members).toContain(from);
          }
        }
        const closing = new Set(closingEdges.map((c) => c.edge));
        const kept = edges.filter((e) => !closing.has(e));
        const keptReach = reach(count, kept);
        for (let i = 0; i < count; i++) expect(keptReach[i]![i]).toBe(false);
        // Every kept edge points forwards in the reversed finishing order.
        expect([...finishOrder].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
        const position = new Map(finishOrder.map((n, i) => [n, i]));
        for (const [a, b] of kept) expect(position.get(a)!).toBeGreaterThan(position.get(b)!);
      }),
    );
  });

  it('walks a line of 200,000 without overflowing the stack', () => {
    const count = 200_000;
    const edges: Edge[] = Array.from({ length: count - 1 }, (_, i) => [i, i + 1]);
    edges.push([count - 1, 0]);
    const { loops } = findLoopsOfDescent(graphOf(count, edges));
    expect(loops).toHaveLength(1);
    expect(loops[0]!.members).toHaveLength(count);
  });
});
