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
    expect(documentDates(doc)).toEqual([
      y(1990), { year: 1990, qualifier: 'about' }, y(2010, 6), y(2015), y(2016), y(2020, 3, 1), y(2023, 1),
    ]);
  });

  it('steps to the previous and next event', () => {
    const dates = documentDates(doc);
    expect(previousDate(dates, y(2015))).toEqual(y(2010, 6));
    expect(nextDate(dates, y(2015))).toEqual(y(2016));
    expect(previousDate(dates, y(1980))).toBeUndefined();
    expect(nextDate(dates, y(2030))).toBeUndefined();
  });
});
