import { describe, expect, it } from 'vitest';
import { householdTimeline, timelineRange } from '../../../src/core/households/timeline';
import { axisTicks } from '../../../src/core/households/timelineAxis';
import { Family, y } from '../kinship/family';

function family() {
  return new Family()
    .person('child', 'female', { birth: y(2012, 5, 1) })
    .person('mum', 'female', { birth: y(1990) })
    .person('p1', 'male')
    .person('p2', 'male', { death: y(2021, 2, 1) })
    .person('nan', 'female')
    .person('neighbour', 'male')
    .child(['mum'], 'child')
    .partners('mum', 'p1', [{ type: 'cohabiting', date: y(2013) }, { type: 'separated', date: y(2015, 9) }])
    .partners('mum', 'p2', [{ type: 'cohabiting', date: y(2019, 4) }])
    .household('flat', [
      { person: 'mum' },
      { person: 'child', from: y(2012, 5, 1), to: y(2018, 1, 1) },
      { person: 'child', from: y(2020, 1, 1) },
      { person: 'p1', from: y(2013), to: y(2015, 9) },
      { person: 'p2', from: y(2019, 4, 1) },
    ])
    .household('nans', [{ person: 'nan' }, { person: 'child', from: y(2018, 1, 1), to: y(2020, 1, 1) }])
    .household('other', [{ person: 'neighbour' }]);
}

describe('householdTimeline', () => {
  const doc = family().doc;
  const t = householdTimeline(doc, 'child', y(2022, 1, 1));

  it('has the child first, then everyone who lived with the child, by first shared date', () => {
    expect(t.rows.map((r) => r.personId)).toEqual(['child', 'mum', 'p1', 'nan', 'p2']);
    expect(t.rows[2]!.relation).toBe("mother's former partner");
    expect(t.householdIds).toEqual(['flat', 'nans']);
  });

  it("clips each period to the child's periods in that household", () => {
    const mum = t.rows.find((r) => r.personId === 'mum')!;
    expect(mum.bars.map((b) => [b.householdId, b.from, b.to])).toEqual([
      ['flat', y(2012, 5, 1), y(2018, 1, 1)],
      ['flat', y(2020, 1, 1), undefined],
    ]);
    const p1 = t.rows.find((r) => r.personId === 'p1')!;
    expect(p1.bars.map((b) => [b.from, b.to])).toEqual([[y(2013), y(2015, 9)]]);
    const nan = t.rows.find((r) => r.personId === 'nan')!;
    // Open-ended on both sides, clipped to the child's stay.
    expect(nan.bars.map((b) => [b.from, b.to])).toEqual([[y(2018, 1, 1), y(2020, 1, 1)]]);
    const own = t.rows[0]!.bars;
    expect(own.map((b) => b.openEnd)).toEqual([false, true, false]);
    expect(own[1]!.end).toBe(t.end);
  });

  it('covers the child and the reference date, and keeps marks inside the range', () => {
    expect(t.start).toBeCloseTo(2012 + 121 / 366, 5);
    expect(t.end).toBeCloseTo(2022, 5);
    const mum = t.rows.find((r) => r.personId === 'mum')!;
    expect(mum.marks.map((m) => m.event ?? m.kind)).toEqual(['cohabiting', 'separated', 'cohabiting']);
    expect(t.rows.find((r) => r.personId === 'p2')!.marks.map((m) => m.kind)).toEqual(['partnership', 'death']);
    expect(t.rows[0]!.marks.map((m) => m.kind)).toEqual(['birth']);
  });

  it('starts no bar before a birth and ends every bar at a death', () => {
    const p2 = t.rows.find((r) => r.personId === 'p2')!;
    expect(p2.bars.map((b) => [b.from, b.to])).toEqual([[y(2020, 1, 1), y(2021, 2, 1)]]);
    const withBaby = family().person('baby', 'male', { birth: y(2016, 3, 3) });
    withBaby.doc.households[0]!.members.push({ person: 'baby' });
    const baby = householdTimeline(withBaby.doc, 'child', y(2022, 1, 1)).rows.find((r) => r.personId === 'baby')!;
    expect(baby.bars.map((b) => [b.from, b.to])).toEqual([[y(2016, 3, 3), y(2018, 1, 1)], [y(2020, 1, 1), undefined]]);
  });

  it('gives a child with no household a single row and a range around the date', () => {
    const lone = new Family().person('c', 'male').doc;
    const only = householdTimeline(lone, 'c', y(2020, 7, 1));
    expect(only.rows).toEqual([{ personId: 'c', relation: 'self', bars: [], marks: [] }]);
    expect(only.end - only.start).toBeCloseTo(1, 5);
  });
});

describe('householdTimeline on any document', () => {
  it('has the subject first, bars inside the range and each bar a real overlap', async () => {
    const fc = (await import('fast-check')).default;
    const { randomFamily } = await import('../kinship/randomFamily');
    fc.assert(
      fc.property(randomFamily, fc.integer({ min: 1990, max: 2030 }), (doc, year) => {
        const subject = doc.persons[0]!.id;
        const t = householdTimeline(doc, subject, { year });
        expect(t.rows[0]!.personId).toBe(subject);
        expect(new Set(t.rows.map((r) => r.personId)).size).toBe(t.rows.length);
        expect(t.end).toBeGreaterThan(t.start);
        for (const row of t.rows) {
          for (const bar of row.bars) {
            expect(bar.start).toBeGreaterThanOrEqual(t.start - 1e-9);
            expect(bar.end).toBeLessThanOrEqual(t.end + 1e-9);
            expect(bar.end).toBeGreaterThanOrEqual(bar.start);
          }
          for (const mark of row.marks) expect(mark.at >= t.start && mark.at <= t.end).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('visits on the timeline', () => {
  it('a stretch is a visit when either period is visiting; two visitors never shared a home', () => {
    const doc = new Family().person('child', 'female').person('mum', 'female').person('dad', 'male').person('bf', 'male')
      .household('mums', [{ person: 'child' }, { person: 'mum' }, { person: 'bf', from: y(2020), visiting: true }])
      .household('dads', [{ person: 'dad' }, { person: 'child', visiting: true }, { person: 'bf', visiting: true }]).doc;
    const t = householdTimeline(doc, 'child', y(2021));
    const bars = (id: string) => t.rows.find((r) => r.personId === id)?.bars.map((b) => [b.householdId, b.visiting]);
    expect(bars('mum')).toEqual([['mums', false]]);
    expect(bars('bf')).toEqual([['mums', true]]);
    expect(bars('dad')).toEqual([['dads', true]]);
    expect(bars('child')).toEqual([['mums', false], ['dads', true]]);
  });
});

describe('timelineRange: the axis follows the span it shows', () => {
  it('a life of 11 months is drawn over 11 months, not up to today', () => {
    const doc = new Family().person('baby', 'female', { birth: y(2000, 1, 10), death: y(2000, 12, 10) }).person('mum', 'female')
      .household('h', [{ person: 'baby' }, { person: 'mum' }]).doc;
    const t = householdTimeline(doc, 'baby', y(2000, 12, 10));
    const range = timelineRange(t, 2025.5, 2000.9);
    expect(range.start).toBeCloseTo(2000 + 9 / 366, 3);
    expect(range.end).toBeCloseTo(2000 + 344 / 366, 3);
    expect(range.end - range.start).toBeLessThan(1);
  });

  it('a living child runs to now, whatever the reference date, and takes in a reference date outside', () => {
    const t = householdTimeline(family().doc, 'child', y(2016, 1, 1));
    expect(timelineRange(t, 2025.5).end).toBe(2025.5);
    expect(timelineRange(t, 2025.5).start).toBeCloseTo(2012 + 121 / 366, 5);
    const early = householdTimeline(family().doc, 'child', y(2010, 1, 1));
    expect(timelineRange(early, 2025.5).start).toBe(2010);
  });
});

describe('axisTicks', () => {
  it('whole years over a long span, spaced for their labels', () => {
    expect(axisTicks(2012.3, 2025.5, 700).map((t) => t.label)).toEqual(['2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(axisTicks(2012.3, 2025.5, 600).map((t) => t.label)).toEqual(['2013', '2015', '2017', '2019', '2021', '2023', '2025']);
    expect(axisTicks(1990, 2025, 320).map((t) => t.label)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025']);
  });

  it('months over a short span, the year on the first and on each January', () => {
    expect(axisTicks(2000.02, 2000.95, 600).map((t) => t.label)).toEqual(['Feb 2000', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(axisTicks(2000.5, 2001.6, 320).map((t) => t.label)).toEqual(['Sep 2000', 'Nov', 'Jan 2001', 'Mar', 'May', 'Jul']);
  });
});

describe('a child who died', () => {
  it('nobody lived with the child after the death: bars end there, and people who came later are not on the timeline', () => {
    const doc = new Family().person('baby', 'female', { birth: y(2020, 11, 4), death: y(2021, 10, 1) }).person('mum', 'female').person('dad', 'male').person('later', 'male')
      .household('h', [{ person: 'baby', from: y(2020, 11) }, { person: 'mum' }, { person: 'dad', to: y(2022, 8) }, { person: 'later', from: y(2023, 5) }]).doc;
    const t = householdTimeline(doc, 'baby', y(2021, 10, 1));
    expect(t.rows.map((r) => r.personId)).toEqual(['baby', 'mum', 'dad']);
    expect(t.rows.find((r) => r.personId === 'dad')!.bars.map((b) => b.to)).toEqual([y(2021, 10, 1)]);
    const range = timelineRange(t, 2026);
    expect(range.end - range.start).toBeLessThan(1);
  });
});
