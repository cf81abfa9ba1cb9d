import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromYearFraction, toYearFraction } from '../../../src/core/households/timePosition';

describe('year fractions', () => {
  it('reads partial dates at their most likely day', () => {
    expect(toYearFraction({ year: 2015 })).toBeCloseTo(2015 + 181 / 365, 6);
    expect(toYearFraction({ year: 2015, month: 1, day: 1 })).toBe(2015);
    expect(toYearFraction({ year: 2016, month: 3 })).toBeCloseTo(2016 + (31 + 29 + 14) / 366, 6);
  });

  it('round-trips every exact day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const date = { year, month, day: Math.min(day, last) };
        expect(fromYearFraction(toYearFraction(date))).toEqual(date);
      }),
    );
  });
});
