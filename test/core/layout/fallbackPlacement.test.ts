import { describe, expect, it } from 'vitest';
import { fallbackPlacement } from '../../../src/core/layout/fallbackPlacement';
import { PERSON_CELL_WIDTH } from '../../../src/core/metrics/figureSizes';
import { doc, p } from '../../support/drawingFixtures';

describe('fallbackPlacement', () => {
  it('puts children a row below their parents, partners side by side, siblings oldest first', () => {
    const d = doc({
      persons: [p('k2', { birth: { year: 2002 } }), p('dad', { gender: 'male' }), p('mum'), p('k1', { birth: { year: 2000 } }), p('gran')],
      partnerships: [{ id: 'c', a: 'mum', b: 'dad', kind: 'partnership', events: [] }],
      parentLinks: [
        { id: '1', parent: 'mum', child: 'k1', kind: 'birth' },
        { id: '2', parent: 'dad', child: 'k1', kind: 'birth' },
        { id: '3', parent: 'mum', child: 'k2', kind: 'birth' },
        { id: '5', parent: 'dad', child: 'k2', kind: 'birth' },
        { id: '4', parent: 'gran', child: 'mum', kind: 'birth' },
      ],
    });
    const layout = fallbackPlacement(d);
    const row = (id: string) => layout.boxes.get(id)!.row;
    expect([row('gran'), row('mum'), row('dad'), row('k1'), row('k2')]).toEqual([0, 1, 1, 2, 2]);
    expect(Math.abs(layout.boxes.get('mum')!.x - layout.boxes.get('dad')!.x)).toBe(PERSON_CELL_WIDTH);
    expect(layout.boxes.get('k1')!.x).toBeLessThan(layout.boxes.get('k2')!.x);
    expect(layout.rowY).toEqual([0, 190, 380]);
    expect(layout.rowOrder.flat().sort()).toEqual(['dad', 'gran', 'k1', 'k2', 'mum']);
  });

  it('places a person with two partners between them, the earlier on the left', () => {
    const d = doc({
      persons: [p('m', { gender: 'male' }), p('w1'), p('w2')],
      partnerships: [
        { id: 'a', a: 'm', b: 'w1', kind: 'partnership', events: [{ type: 'married', date: { year: 1990 } }] },
        { id: 'b', a: 'm', b: 'w2', kind: 'partnership', events: [{ type: 'married', date: { year: 2000 } }] },
      ],
    });
    const layout = fallbackPlacement(d);
    const x = (id: string) => layout.boxes.get(id)!.x;
    expect(x('w1')).toBeLessThan(x('m'));
    expect(x('m')).toBeLessThan(x('w2'));
  });

  it('honours pinned positions and survives an ancestry cycle', () => {
    const d = doc({
      persons: [p('a', { pinned: { x: 500, y: 380 } }), p('b'), p('c')],
      parentLinks: [
        { id: '1', parent: 'b', child: 'c', kind: 'birth' },
        { id: '2', parent: 'c', child: 'b', kind: 'birth' },
      ],
    });
    const layout = fallbackPlacement(d);
    expect(layout.boxes.get('a')).toMatchObject({ x: 500, y: 380, row: 2 });
    expect(layout.boxes.size).toBe(3);
  });

  it('returns an empty layout for an empty document', () => {
    const layout = fallbackPlacement(doc({ persons: [] }));
    expect(layout.boxes.size).toBe(0);
    expect(layout.bounds).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
