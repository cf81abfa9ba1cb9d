import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSortKey, formatEventDate, formatEventMonthYear, parseEventDate } from '../../../src/core/chronology/eventDate';

const read = (text: string, end = '') => {
  const r = parseEventDate(text, end);
  if (!r.ok) throw new Error(r.message);
  return r.date;
};

describe('parseEventDate', () => {
  it('reads every form reviews write', () => {
    expect(read('?22 May 2016')).toEqual({ from: { year: 2016, month: 5, day: 22 }, uncertain: true });
    expect(read('c. May 2016')).toEqual({ from: { year: 2016, month: 5, qualifier: 'about' } });
    expect(read('May 2016')).toEqual({ from: { year: 2016, month: 5 } });
    expect(read('2016')).toEqual({ from: { year: 2016 } });
    expect(read('22/05/2016')).toEqual({ from: { year: 2016, month: 5, day: 22 } });
    expect(read('Jun 2016 – Aug 2016')).toEqual({ from: { year: 2016, month: 6 }, to: { year: 2016, month: 8 } });
  });

  it('reads the other ways a period and a doubt are written', () => {
    expect(read('Jun 2016 - Aug 2016')).toEqual(read('Jun 2016 – Aug 2016'));
    expect(read('Jun 2016–Aug 2016')).toEqual(read('Jun 2016 – Aug 2016'));
    expect(read('Jun 2016 to Aug 2016')).toEqual(read('Jun 2016 – Aug 2016'));
    expect(read('Jun 2016', 'Aug 2016')).toEqual(read('Jun 2016 – Aug 2016'));
    expect(read('22 May 2016?')).toEqual(read('?22 May 2016'));
    expect(read('? 22 May 2016')).toEqual(read('?22 May 2016'));
    expect(read('2016-05-22')).toEqual(read('22/05/2016'));
    expect(read('Jun 2016 – ?Aug 2016')).toEqual({ from: { year: 2016, month: 6 }, to: { year: 2016, month: 8 }, uncertain: true });
  });

  it('refuses what is not a date, saying what it read', () => {
    const bad = (text: string, end = '') => {
      const r = parseEventDate(text, end);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.message;
    };
    expect(bad('')).toBe('there is no date');
    expect(bad('last Tuesday')).toContain('"last Tuesday" is not a date');
    expect(bad('31/02/2016')).toContain('not a date');
    expect(bad('Aug 2016 – Jun 2016')).toContain('ends before it starts');
    expect(bad('May 2016', 'soon')).toContain('"soon" is not an end date');
    expect(bad('2016 – 2017 – 2018')).toContain('not a date');
  });

  it('writes each form back the way it reads', () => {
    for (const text of ['?22 May 2016', 'c. May 2016', 'May 2016', '2016', '22 May 2016', 'Jun 2016 – Aug 2016']) {
      expect(formatEventDate(read(text))).toBe(text);
    }
    expect(formatEventMonthYear(read('?22 May 2016'))).toBe('?May 2016');
    expect(formatEventMonthYear(read('3 Jun 2016 – 9 Aug 2016'))).toBe('Jun 2016 – Aug 2016');
  });

  it('round-trips any day, month or year date through its written form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        fc.boolean(),
        (year, month, day, withDay, uncertain) => {
          const from = month === undefined ? { year } : withDay ? { year, month, day } : { year, month };
          const date = uncertain ? { from, uncertain: true } : { from };
          expect(read(formatEventDate(date))).toEqual(date);
        },
      ),
    );
  });

  it('sorts by the start of the event', () => {
    expect(eventSortKey(read('22 May 2016'))).toBeLessThan(eventSortKey(read('Jun 2016 – Aug 2016')));
  });
});
