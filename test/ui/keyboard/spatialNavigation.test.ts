import { describe, expect, it } from 'vitest';
import type { PersonBox } from '../../../src/core/layout/types';
import { firstInReadingOrder, nearestInDirection } from '../../../src/ui/keyboard/spatialNavigation';

function boxes(list: [string, number, number][]): Map<string, PersonBox> {
  return new Map(list.map(([id, x, y]) => [id, { id, x, y, size: 40, row: Math.round(y / 190) }]));
}

// Two grandparents above; parent and partner in the middle row; two children below.
const family = boxes([
  ['gm', 0, 0],
  ['gf', 120, 0],
  ['mum', 50, 190],
  ['dad', 300, 190],
  ['kid1', 120, 380],
  ['kid2', 240, 380],
]);

describe('arrow-key navigation', () => {
  it('moves along the row, preferring the same row', () => {
    expect(nearestInDirection(family, 'mum', 'right')).toBe('dad');
    expect(nearestInDirection(family, 'kid1', 'right')).toBe('kid2');
    expect(nearestInDirection(family, 'kid2', 'left')).toBe('kid1');
  });
  it('moves between generations', () => {
    expect(nearestInDirection(family, 'mum', 'up')).toBe('gm');
    expect(nearestInDirection(family, 'mum', 'down')).toBe('kid1');
    expect(nearestInDirection(family, 'kid2', 'up')).toBe('dad');
  });
  it('never skips a generation: down goes to the next row, the person nearest sideways', () => {
    // The mother stands far to the left; a great-grandchild lies straight below her, two rows down.
    const wide = boxes([
      ['mum', 0, 190],
      ['kid', 900, 380],
      ['grandkid', 0, 570],
    ]);
    expect(nearestInDirection(wide, 'mum', 'down')).toBe('kid');
    expect(nearestInDirection(wide, 'grandkid', 'up')).toBe('kid');
    // Rows with nobody on them are passed over.
    const gap = new Map([...wide].filter(([id]) => id !== 'kid'));
    expect(nearestInDirection(gap, 'mum', 'down')).toBe('grandkid');
  });
  it('left and right stay on the row', () => {
    expect(nearestInDirection(family, 'gf', 'right')).toBeUndefined();
    expect(nearestInDirection(family, 'dad', 'left')).toBe('mum');
  });
  it('stops at the edge and starts top-left when nothing is selected', () => {
    expect(nearestInDirection(family, 'gm', 'left')).toBeUndefined();
    expect(nearestInDirection(family, undefined, 'down')).toBe('gm');
    expect(firstInReadingOrder(new Map())).toBeUndefined();
  });
});
