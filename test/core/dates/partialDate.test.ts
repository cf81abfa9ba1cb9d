import { describe, expect, it } from 'vitest';
import {
  ageAt,
  compareDates,
  dateRange,
  formatDate,
  formatYear,
  isValidPartialDate,
  parsePartialDate,
} from '../../../src/core/dates/partialDate';
import { before, certain } from '../../../src/core/checks/finding';

describe('parsePartialDate', () => {
  it.each([
    ['1998', { year: 1998 }],
    ['Mar 1998', { year: 1998, month: 3 }],
    ['march 1998', { year: 1998, month: 3 }],
    ['3/1998', { year: 1998, month: 3 }],
    ['3/4/1998', { year: 1998, month: 4, day: 3 }],
    ['1998-04-03', { year: 1998, month: 4, day: 3 }],
    ['3 Apr 1998', { year: 1998, month: 4, day: 3 }],
    ['c. 1998', { year: 1998, qualifier: 'about' }],
    ['about Mar 1998', { year: 1998, month: 3, qualifier: 'about' }],
    ['before 2001', { year: 2001, qualifier: 'before' }],
    ['aft. 1990', { year: 1990, qualifier: 'after' }],
  ])('reads %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, date: expected });
  });

  it('treats an empty field as no date', () => {
    expect(parsePartialDate('  ')).toEqual({ ok: true, date: undefined });
  });

  it.each(['31/2/2001', '13/2001', 'next year', '19988', 'Foo 2001'])('rejects %s with a message naming it', (text) => {
    const result = parsePartialDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(text);
  });
});

describe('ranges and order', () => {
  it('spans a month or a year', () => {
    expect(dateRange({ year: 2000, month: 2 })).toEqual({ earliest: 20000201, latest: 20000229 });
    expect(dateRange({ year: 2001 })).toEqual({ earliest: 20010101, latest: 20011231 });
  });

  it('is only certainly before when the ranges cannot overlap', () => {
    expect(before(certain, { year: 2000 }, { year: 2001 })).toBe(true);
    expect(before(certain, { year: 2000 }, { year: 2000, month: 5 })).toBe(false);
    expect(before(certain, { year: 2000, qualifier: 'about' }, { year: 2001 })).toBe(false);
    expect(before(certain, { year: 2000, qualifier: 'before' }, { year: 2000 })).toBe(true);
  });

  it('orders partial dates by their likely middle', () => {
    const dates = [{ year: 2001 }, { year: 2000, month: 12 }, { year: 2001, month: 1, day: 2 }];
    expect([...dates].sort(compareDates)).toEqual([{ year: 2000, month: 12 }, { year: 2001, month: 1, day: 2 }, { year: 2001 }]);
  });

  it('validates days against the month', () => {
    expect(isValidPartialDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidPartialDate({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isValidPartialDate({ year: 2023, day: 2 })).toBe(false);
  });
});

describe('ages and formatting', () => {
  it('counts completed years', () => {
    expect(ageAt({ year: 2000, month: 6, day: 15 }, { year: 2010, month: 6, day: 14 })).toBe(9);
    expect(ageAt({ year: 2000, month: 6, day: 15 }, { year: 2010, month: 6, day: 15 })).toBe(10);
    expect(ageAt({ year: 2011 }, { year: 2010 })).toBeUndefined();
  });

  it('writes dates the way a report does', () => {
    expect(formatDate({ year: 2003, month: 3, day: 12 })).toBe('12 Mar 2003');
    expect(formatDate({ year: 1998, qualifier: 'about' })).toBe('c. 1998');
    expect(formatYear({ year: 1998, month: 4, qualifier: 'before' })).toBe('<1998');
  });
});
