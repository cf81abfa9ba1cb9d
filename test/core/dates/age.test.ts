import { describe, expect, it } from 'vitest';
import { formatAge } from '../../../src/core/dates/age';
import { formatMonthYear } from '../../../src/core/dates/partialDate';

const d = (year: number, month?: number, day?: number) => ({ year, ...(month ? { month } : {}), ...(day ? { day } : {}) });

describe('formatAge', () => {
  it.each([
    // birth, at, short, long
    [d(2020, 1, 15), d(2020, 1, 18), '3d', '3 days'],
    [d(2020, 1, 15), d(2020, 1, 15), '0d', '0 days'],
    [d(2020, 1, 15), d(2020, 1, 22), '1w', '1 week'],
    [d(2020, 1, 15), d(2020, 2, 5), '3w', '3 weeks'],
    [d(2020, 1, 15), d(2020, 4, 14), '12w', '12 weeks'],
    [d(2020, 1, 15), d(2020, 4, 15), '3m', '3 months'],
    [d(2020, 1, 15), d(2020, 9, 20), '8m', '8 months'],
    [d(2020, 1, 15), d(2021, 2, 14), '12m', '12 months'],
    [d(2020, 1, 15), d(2022, 1, 14), '23m', '23 months'],
    [d(2020, 1, 15), d(2022, 1, 15), '2', '2'],
    [d(1990, 6, 1), d(2024, 5, 31), '33', '33'],
    [d(2024, 2, 29), d(2024, 3, 28), '4w', '4 weeks'],
  ])('born %j, at %j: %s / %s', (birth, at, short, long) => {
    expect(formatAge(birth, at, 'short')).toBe(short);
    expect(formatAge(birth, at, 'long')).toBe(long);
  });

  it('never claims more precision than the birth date has', () => {
    // Month only: months, never weeks (read at the 15th).
    expect(formatAge(d(2020, 1), d(2020, 2, 20))).toBe('1 month');
    expect(formatAge(d(2020, 1), d(2020, 1, 20))).toBe('0 months');
    // Year only: whole years, read at 1 July.
    expect(formatAge(d(2020), d(2020, 9))).toBe('0');
    expect(formatAge(d(2018), d(2020, 9))).toBe('2');
  });

  it('ignores qualifiers, as ages always have, and gives nothing before the birth', () => {
    expect(formatAge({ year: 2020, month: 1, day: 15, qualifier: 'about' }, d(2020, 9, 20), 'short')).toBe('8m');
    expect(formatAge(d(2020, 5, 1), d(2020, 4, 30))).toBeUndefined();
  });

  it('short ages stay within three characters below 100 years, so they fit inside a symbol', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 * 365 }), (days) => {
        const at = new Date(Date.UTC(1900, 0, 1) + days * 86_400_000);
        const text = formatAge(d(1900, 1, 1), d(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()), 'short')!;
        expect(text.length).toBeLessThanOrEqual(3);
      }),
    );
  });
});

describe('formatMonthYear', () => {
  it('drops the day, keeps the qualifier', () => {
    expect(formatMonthYear(d(2025, 3, 12))).toBe('Mar 2025');
    expect(formatMonthYear(d(2025))).toBe('2025');
    expect(formatMonthYear({ year: 2025, month: 3, day: 1, qualifier: 'about' })).toBe('c. Mar 2025');
  });
});
