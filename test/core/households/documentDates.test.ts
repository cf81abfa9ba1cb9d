import { describe, expect, it } from 'vitest';
import { documentDates, nextDate, previousDate } from '../../../src/core/households/documentDates';
import { Family, y } from '../kinship/family';

describe('documentDates', () => {
  const doc = new Family()
    .person('a', 'female', { birth: y(1990), death: y(2020, 3, 1) })
    .person('b', 'male', { birth: y(1990) })
    .person('c', 'unknown', { pregnancy: { outcome: 'ongoing', expected: y(2023, 1) } })
    .person('d', 'male', { birth: { year: 1990, qualifier: 'about' } })
    .partners('a', 'b', [{ type: 'married', date: y(2010, 6) }, { type: 'separated' }])
    .child(['a'], 'd', 'foster', { from: y(2015), to: y(2016) })
    .household('h', [{ person: 'a', from: y(2010, 6) }]).doc;

  it('lists each date once, in order, from every part of the document', () => {
    // "1990" and "c. 1990" fall on the same most likely day: one stop, the exact one.
    expect(documentDates(doc)).toEqual([y(1990), y(2010, 6), y(2015), y(2016), y(2020, 3, 1), y(2023, 1)]);
  });

  it('makes one stop of dates on the same likely day, so the steps never skip a slider stop', () => {
    const month = { year: 2024, month: 10 };
    const day = { year: 2024, month: 10, day: 15 };
    const d = { ...doc, persons: [...doc.persons, { id: 'p_x', gender: 'male' as const, birth: month }, { id: 'p_y', gender: 'male' as const, birth: day }] };
    const dates = documentDates(d);
    expect(dates.filter((x) => x.year === 2024)).toEqual([day]);
    for (let i = 1; i < dates.length; i++) expect(previousDate(dates, dates[i]!)).toEqual(dates[i - 1]);
  });

  it('steps to the previous and next event', () => {
    const dates = documentDates(doc);
    expect(previousDate(dates, y(2015))).toEqual(y(2010, 6));
    expect(nextDate(dates, y(2015))).toEqual(y(2016));
    expect(previousDate(dates, y(1980))).toBeUndefined();
    expect(nextDate(dates, y(2030))).toBeUndefined();
  });
});
