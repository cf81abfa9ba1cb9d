import { describe, expect, it } from 'vitest';
import { ShapeCache } from '../../../../src/core/drawing/households/shapeCache';

describe('ShapeCache', () => {
  it('makes each value once and forgets the least recently used past its bound', () => {
    const cache = new ShapeCache<number>(2);
    let made = 0;
    const make = (v: number) => () => {
      made++;
      return v;
    };
    expect(cache.getOrMake('a', make(1))).toBe(1);
    expect(cache.getOrMake('b', make(2))).toBe(2);
    expect(cache.getOrMake('a', make(9))).toBe(1);
    expect(cache.getOrMake('c', make(3))).toBe(3);
    expect(cache.size).toBe(2);
    expect(made).toBe(3);
    // 'b' was the least recently used, so it is made again; 'a' is still there.
    expect(cache.getOrMake('b', make(4))).toBe(4);
    expect(cache.getOrMake('c', make(5))).toBe(3);
  });
});
