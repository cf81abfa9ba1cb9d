import { describe, expect, it } from 'vitest';
import { breakAncestryCycles } from '../../../src/core/gedcom/breakCycles';
import type { ParentLink } from '../../../src/core/model/types';

const link = (id: string, parent: string, child: string): ParentLink => ({ id, parent, child, kind: 'birth' });

describe('breakAncestryCycles', () => {
  it('keeps an acyclic family whole (including a shared ancestor reached twice)', () => {
    const links = [link('1', 'a', 'b'), link('2', 'a', 'c'), link('3', 'b', 'd'), link('4', 'c', 'd')];
    expect(breakAncestryCycles(['a', 'b', 'c', 'd'], links)).toEqual({ kept: links, removed: [] });
  });

  it('removes the one link that closes a loop', () => {
    const links = [link('1', 'a', 'b'), link('2', 'b', 'c'), link('3', 'c', 'a')];
    expect(breakAncestryCycles(['a', 'b', 'c'], links).removed.map((l) => l.id)).toEqual(['3']);
  });

  it('leaves no cycle in random graphs, and a 100,000-deep line does not overflow', () => {
    let seed = 3;
    const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let t = 0; t < 50; t++) {
      const ids = Array.from({ length: 30 }, (_, i) => `p${i}`);
      const links = Array.from({ length: 60 }, (_, i) => link(String(i), ids[rand(30)]!, ids[rand(30)]!));
      const { kept } = breakAncestryCycles(ids, links);
      // Kahn's algorithm empties an acyclic graph completely.
      const indegree = new Map(ids.map((id) => [id, 0]));
      for (const l of kept) indegree.set(l.child, indegree.get(l.child)! + 1);
      const queue = ids.filter((id) => indegree.get(id) === 0);
      let seen = 0;
      while (queue.length) {
        const id = queue.pop()!;
        seen++;
        for (const l of kept) if (l.parent === id) { indegree.set(l.child, indegree.get(l.child)! - 1); if (indegree.get(l.child) === 0) queue.push(l.child); }
      }
      expect(seen).toBe(ids.length);
    }
    const deep = Array.from({ length: 100_000 }, (_, i) => link(String(i), `p${i}`, `p${i + 1}`));
    const ids = Array.from({ length: 100_001 }, (_, i) => `p${i}`);
    expect(breakAncestryCycles(ids, [...deep, link('back', 'p100000', 'p0')]).removed.map((l) => l.id)).toEqual(['back']);
  });
});
