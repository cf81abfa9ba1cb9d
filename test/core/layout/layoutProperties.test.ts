import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { countViolations } from '../../../src/core/layout/violations';
import { syntheticFamily } from '../../../src/core/example/syntheticFamily';

describe('layoutDocument over many made-up families', () => {
  it('never breaks the row, adjacency, overlap or line rules, and marks any broken birth order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.boolean(), async (n, seed, own) => {
        const doc = syntheticFamily(n, seed);
        const layout = await layoutDocument(doc, { engine: own ? 'own' : 'elk' });
        expect(layout.boxes.size).toBe(n);
        const v = countViolations(doc, layout);
        expect(v).toMatchObject({ rowMismatch: 0, partnersNotAdjacent: 0, overlaps: 0, partnerLinesThroughSymbols: 0, siblingOrderUnmarked: 0 });
      }),
      { numRuns: 24, seed: 20261125 },
    );
  });

  it('stays clean when a child is added to a laid-out family, and keeps the other rows in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 10, max: 100 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(), async (n, seed, pick) => {
        const doc = syntheticFamily(n, seed);
        if (doc.partnerships.length === 0) return;
        const first = await layoutDocument(doc);
        const couple = doc.partnerships[pick % doc.partnerships.length]!;
        const edited = {
          ...doc,
          persons: [...doc.persons, { id: 'added', gender: 'female' as const, birth: { year: 2024 } }],
          parentLinks: [...doc.parentLinks, { id: 'added-a', parent: couple.a, child: 'added', kind: 'birth' as const }, { id: 'added-b', parent: couple.b, child: 'added', kind: 'birth' as const }],
        };
        const second = await layoutDocument(edited);
        const v = countViolations(edited, second);
        expect(v).toMatchObject({ rowMismatch: 0, partnersNotAdjacent: 0, overlaps: 0, partnerLinesThroughSymbols: 0, siblingOrderUnmarked: 0 });
        // Rows that did not receive the child keep their persons in the same order.
        const addedRow = second.boxes.get('added')!.row;
        second.rowOrder.forEach((ids, r) => {
          if (r === addedRow) return;
          const before = first.rowOrder.find((old) => old.length && ids.includes(old[0]!));
          if (before && before.length === ids.length) expect(ids).toEqual(before);
        });
      }),
      { numRuns: 20, seed: 7 },
    );
  });
});
