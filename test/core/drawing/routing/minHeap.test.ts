import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../../../src/core/drawing/routing/minHeap';

describe('MinHeap', () => {
  it('gives items back in order of their keys, whatever order they went in', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true }))), (entries) => {
        const heap = new MinHeap();
        entries.forEach(([item, key]) => heap.push(item, key));
        const keys: number[] = [];
        const keyOf = new Map<number, number[]>();
        entries.forEach(([item, key]) => keyOf.set(item, [...(keyOf.get(item) ?? []), key]));
        while (heap.size > 0) {
          const item = heap.pop();
          const options = keyOf.get(item)!;
          // Of this item's keys, take the least one not yet used.
          const k = options.indexOf(Math.min(...options));
          keys.push(options.splice(k, 1)[0]!);
        }
        expect(keys).toEqual(entries.map(([, key]) => key).sort((a, b) => a - b));
        expect(heap.pop()).toBe(-1);
      }),
    );
  });
});
