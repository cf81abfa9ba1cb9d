import { describe, expect, it } from 'vitest';
import { householdsOf, householdsVisitedBy, visitorsAt, isMemberAt, membersAt, membershipCertainty } from '../../../src/core/households/membershipAt';
import { Family, y } from '../kinship/family';

describe('isMemberAt', () => {
  it('treats missing edges as open-ended', () => {
    expect(isMemberAt({ person: 'a' }, y(1900))).toBe(true);
    expect(isMemberAt({ person: 'a', from: y(2010) }, y(2030))).toBe(true);
    expect(isMemberAt({ person: 'a', to: y(2010) }, y(2000))).toBe(true);
  });

  it('counts the moving-in day and not the leaving day', () => {
    const period = { person: 'a', from: y(2015, 3, 3), to: y(2018, 6, 1) };
    expect(isMemberAt(period, y(2015, 3, 2))).toBe(false);
    expect(isMemberAt(period, y(2015, 3, 3))).toBe(true);
    expect(isMemberAt(period, y(2018, 5, 31))).toBe(true);
    expect(isMemberAt(period, y(2018, 6, 1))).toBe(false);
  });

  it('reads partial edges at their middle', () => {
    const period = { person: 'a', from: y(2015), to: y(2017, 3) };
    expect(isMemberAt(period, y(2015, 3, 1))).toBe(false);
    expect(isMemberAt(period, y(2015, 8, 1))).toBe(true);
    expect(isMemberAt(period, y(2017, 3, 14))).toBe(true);
    expect(isMemberAt(period, y(2017, 3, 15))).toBe(false);
  });
});

describe('membershipCertainty', () => {
  it('is certain only when every reading agrees', () => {
    const period = { person: 'a', from: y(2015), to: y(2017, 3) };
    expect(membershipCertainty(period, y(2016, 6, 1))).toBe('certain');
    expect(membershipCertainty(period, y(2015, 3, 1))).toBe('possible');
    expect(membershipCertainty(period, y(2017, 3, 20))).toBe('possible');
    expect(membershipCertainty(period, y(2014, 12, 31))).toBe('none');
    expect(membershipCertainty(period, y(2017, 4, 1))).toBe('none');
    expect(membershipCertainty({ person: 'a', from: { year: 2015, qualifier: 'about' } }, y(2016, 1, 1))).toBe('possible');
    expect(membershipCertainty({ person: 'a' }, y(2016))).toBe('certain');
  });
});

describe('membersAt and householdsOf', () => {
  const f = new Family()
    .person('mum', 'female').person('child', 'female').person('p1', 'male').person('p2', 'male')
    .household('flat', [
      { person: 'mum' },
      { person: 'child', from: y(2012, 5, 1) },
      { person: 'p1', from: y(2013), to: y(2015, 9) },
      { person: 'p1', from: y(2019) },
      { person: 'p2', from: y(2016, 2, 1), to: y(2017, 1, 1) },
    ])
    .household('nan', [{ person: 'child', from: y(2010), to: y(2012, 5, 1) }]);

  it('lists each person once, only during their periods', () => {
    const flat = f.doc.households[0]!;
    expect(membersAt(flat, y(2011, 1, 1))).toEqual(['mum']);
    expect(membersAt(flat, y(2014, 1, 1))).toEqual(['mum', 'child', 'p1']);
    expect(membersAt(flat, y(2016, 6, 1))).toEqual(['mum', 'child', 'p2']);
    expect(membersAt(flat, y(2018, 1, 1))).toEqual(['mum', 'child']);
    expect(membersAt(flat, y(2020, 1, 1))).toEqual(['mum', 'child', 'p1']);
  });

  it('puts a person who moved on the day in the new household only', () => {
    expect(householdsOf(f.doc, 'child', y(2012, 4, 30)).map((h) => h.id)).toEqual(['nan']);
    expect(householdsOf(f.doc, 'child', y(2012, 5, 1)).map((h) => h.id)).toEqual(['flat']);
    expect(householdsOf(f.doc, 'child', y(2009, 1, 1))).toEqual([]);
    expect(householdsOf(f.doc, 'nobody', y(2012, 1, 1))).toEqual([]);
  });
});

describe('visitors', () => {
  const f = new Family()
    .person('mum', 'female').person('boyfriend', 'male').person('dad', 'male')
    .household('flat', [
      { person: 'mum' },
      { person: 'boyfriend', from: y(2019), to: y(2021), visiting: true },
      { person: 'boyfriend', from: y(2021) },
      { person: 'dad', visiting: true },
    ])
    .household('dads', [{ person: 'dad' }]);
  const flat = f.doc.households[0]!;

  it('are never members (the outline encloses residents only), and are listed apart while they visit', () => {
    expect(membersAt(flat, y(2020, 1, 1))).toEqual(['mum']);
    expect(visitorsAt(flat, y(2020, 1, 1))).toEqual(['boyfriend', 'dad']);
    // Moved in: a resident, no longer a visitor.
    expect(membersAt(flat, y(2022, 1, 1))).toEqual(['mum', 'boyfriend']);
    expect(visitorsAt(flat, y(2022, 1, 1))).toEqual(['dad']);
  });

  it('live where they live, and visit where they visit', () => {
    expect(householdsOf(f.doc, 'dad', y(2020, 1, 1)).map((h) => h.id)).toEqual(['dads']);
    expect(householdsVisitedBy(f.doc, 'dad', y(2020, 1, 1)).map((h) => h.id)).toEqual(['flat']);
    expect(householdsVisitedBy(f.doc, 'boyfriend', y(2022, 1, 1))).toEqual([]);
  });
});
