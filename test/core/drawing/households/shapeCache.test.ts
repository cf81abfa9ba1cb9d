import { describe, expect, it } from 'vitest';
import { ShapeCache } from '../../../../src/core/drawing/households/shapeCache';

const input = (...n: number[]) => Float64Array.from(n);

describe('ShapeCache', () => {
  it('makes each value once and forgets the least recently used past its bound', () => {
    const cache = new ShapeCache<number>(2);
    let made = 0;
    const make = (v: number) => () => {
      made++;
      return v;
    };
    expect(cache.getOrMake(input(1), make(1))).toBe(1);
    expect(cache.getOrMake(input(2), make(2))).toBe(2);
    expect(cache.getOrMake(input(1), make(9))).toBe(1);
    expect(cache.getOrMake(input(3), make(3))).toBe(3);
    expect(cache.size).toBe(2);
    expect(made).toBe(3);
    // Input 2 was the least recently used, so it is made again; 3 is still there.
    expect(cache.getOrMake(input(2), make(4))).toBe(4);
    expect(cache.getOrMake(input(3), make(5))).toBe(3);
  });

  it('never returns a value made from different numbers, even ones that hash alike', () => {
    const cache = new ShapeCache<string>(10);
    // Differ by less than the hash resolution (1/1000), so the hashes match.
    expect(cache.getOrMake(input(10, 20.0001), () => 'first')).toBe('first');
    expect(cache.getOrMake(input(10, 20.0002), () => 'second')).toBe('second');
    expect(cache.getOrMake(input(10, 20.0002), () => 'third')).toBe('second');
  });
});
