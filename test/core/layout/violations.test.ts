import { describe, expect, it } from 'vitest';
import { countViolations } from '../../../src/core/layout/violations';
import { coupleKey, type LayoutResult, type PersonBox } from '../../../src/core/layout/types';
import { ROW_HEIGHT, SYMBOL_SIZE } from '../../../src/core/metrics/figureSizes';
import { family } from '../../fixtures/layout/familyBuilder';
import { handLayout } from '../../support/handLayout';

/** A layout by hand: each person at a cell (column, row). */
function place(cells: Record<string, [number, number]>, extra: Partial<LayoutResult> = {}): LayoutResult {
  const boxes = new Map<string, PersonBox>();
  let rows = 0;
  for (const [id, [col, row]] of Object.entries(cells)) {
    boxes.set(id, { id, x: col * 100, y: row * ROW_HEIGHT, size: SYMBOL_SIZE, row });
    rows = Math.max(rows, row + 1);
  }
  return handLayout(boxes, { rowY: Array.from({ length: rows }, (_, r) => r * ROW_HEIGHT), ...extra });
}

describe('countViolations', () => {
  const doc = () =>
    family()
      .person('m', 'male', 1950)
      .person('w', 'female', 1951)
      .person('x', 'male', 1940)
      .couple('m', 'w', 1975)
      .person('a', 'female', 1976)
      .person('b', 'male', 1978)
      .child(['m', 'w'], 'a')
      .child(['m', 'w'], 'b').doc;

  it('finds nothing wrong in a correct layout', () => {
    const v = countViolations(doc(), place({ m: [0, 0], w: [1, 0], x: [3, 0], a: [0, 1], b: [1, 1] }));
    expect(v).toEqual({ rowMismatch: 0, partnersNotAdjacent: 0, partnerLinesThroughSymbols: 0, overlaps: 0, siblingOrder: 0, siblingOrderUnmarked: 0, edgeCrossings: 0 });
  });

  it('counts an outsider between partners, a line through a symbol, overlaps and reversed siblings', () => {
    const v = countViolations(doc(), place({ m: [0, 0], x: [1, 0], w: [2, 0], b: [0, 1], a: [0.2, 1] }));
    expect(v.partnersNotAdjacent).toBe(1);
    expect(v.partnerLinesThroughSymbols).toBe(1);
    expect(v.overlaps).toBe(1);
    expect(v.siblingOrder).toBe(1);
    expect(v.siblingOrderUnmarked).toBe(1);
  });

  it('does not count a reversed pair that carries birth-order numbers, nor a stepped partner line', () => {
    const d = doc();
    d.partnerships.push({ id: 'm2', a: 'm', b: 'x', kind: 'partnership', events: [] });
    const v = countViolations(
      d,
      place(
        { w: [0, 0], m: [1, 0], x: [2, 0], b: [0, 1], a: [1, 1] },
        { birthOrderNumbers: new Map([['a', 1], ['b', 2]]), partnerLines: new Map([[coupleKey('w', 'x'), { level: 1, dropX: 100 }]]) },
      ),
    );
    expect(v.siblingOrder).toBe(1);
    expect(v.siblingOrderUnmarked).toBe(0);
    expect(v.partnersNotAdjacent).toBe(0);
  });

  it('counts symbols off their row, partners on different rows and children above their parents', () => {
    const l = place({ m: [0, 0], w: [1, 1], x: [3, 0], a: [0, 0], b: [1, 1] });
    l.boxes.get('x')!.y += 5;
    const v = countViolations(doc(), l);
    // x off its row; m and w on different rows; a not below m, a not below w, b not below w.
    expect(v.rowMismatch).toBe(5);
  });

  it('counts crossing parent-child lines between neighbouring rows', () => {
    const d = family().person('p', 'male', 1950).person('q', 'female', 1950).person('c', 'male', 1980).person('d', 'male', 1981);
    d.child(['p'], 'c').child(['q'], 'd');
    expect(countViolations(d.doc, place({ p: [0, 0], q: [2, 0], c: [2, 1], d: [0, 1] })).edgeCrossings).toBe(1);
    expect(countViolations(d.doc, place({ p: [0, 0], q: [2, 0], c: [0, 1], d: [2, 1] })).edgeCrossings).toBe(0);
  });
});
