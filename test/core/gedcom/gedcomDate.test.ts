import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatGedcomDate, readGedcomDate } from '../../../src/core/gedcom/gedcomDate';
import { isValidPartialDate } from '../../../src/core/dates/partialDate';

const read = (text: string) => {
  const r = readGedcomDate(text);
  return r.ok ? r.date : r.message;
};

describe('readGedcomDate', () => {
  it.each([
    ['12 MAR 1850', { year: 1850, month: 3, day: 12 }],
    ['MAR 1850', { year: 1850, month: 3 }],
    ['1850', { year: 1850 }],
    ['abt 1850', { year: 1850, qualifier: 'about' }],
    ['CAL 1850', { year: 1850, qualifier: 'about' }],
    ['EST 2 JAN 1850', { year: 1850, month: 1, day: 2, qualifier: 'about' }],
    ['BEF 1900', { year: 1900, qualifier: 'before' }],
    ['AFT DEC 1900', { year: 1900, month: 12, qualifier: 'after' }],
    ['BET 1850 AND 1860', { year: 1855, qualifier: 'about' }],
    ['BET JAN 1850 AND DEC 1850', { year: 1850 }],
    ['FROM 1900 TO 1910', { year: 1900 }],
    ['TO 1910', { year: 1910, qualifier: 'before' }],
    ['INT 1850 (about the time of the census)', { year: 1850 }],
    ['11 FEB 1750/51', { year: 1751, month: 2, day: 11 }],
    ['1699/00', { year: 1700 }],
    ['1056/1060', { year: 1058, qualifier: 'about' }],
    ['ABT 1103/1105', { year: 1104, qualifier: 'about' }],
    ['@#DGREGORIAN@ 3 MAY 1900', { year: 1900, month: 5, day: 3 }],
    ['JULIAN 3 MAY 1600', { year: 1600, month: 5, day: 3 }],
    ['  12   mar   1850  ', { year: 1850, month: 3, day: 12 }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps the ends of a period and says when it approximated', () => {
    expect(readGedcomDate('FROM 1900 TO 1910')).toMatchObject({ ok: true, period: { from: { year: 1900 }, to: { year: 1910 } }, approximation: expect.stringContaining('period') });
    expect(readGedcomDate('BET 1850 AND 1860')).toMatchObject({ approximation: expect.stringContaining('range') });
    expect(readGedcomDate('12 MAR 1850')).not.toHaveProperty('approximation');
  });

  it.each(['(unknown)', '31 FEB 1900', '12 1850', 'HEBREW 1 TSH 5000', '@#DFRENCH R@ 1 VEND 10', '44 BC', 'BET 1850 AND', 'ABT', 'yesterday', '', '0', '1850/1800', '1850/1900'])(
    'says "%s" cannot be read',
    (text) => {
      const r = readGedcomDate(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
    },
  );

  it('formatGedcomDate is read back exactly', () => {
    const date = fc
      .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), day: fc.integer({ min: 1, max: 28 }), withDay: fc.boolean(), q: fc.constantFrom(undefined, 'about', 'before', 'after') })
      .map(({ year, month, day, withDay, q }) => {
        const d: Record<string, unknown> = { year };
        if (month !== undefined) d.month = month;
        if (month !== undefined && withDay) d.day = day;
        if (q) d.qualifier = q;
        return d as { year: number; month?: number; day?: number; qualifier?: 'about' | 'before' | 'after' };
      });
    fc.assert(
      fc.property(date, (d) => {
        expect(isValidPartialDate(d)).toBe(true);
        expect(read(formatGedcomDate(d))).toEqual(d);
      }),
    );
  });
});
