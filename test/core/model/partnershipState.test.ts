import { describe, expect, it } from 'vitest';
import { partnershipStateAt } from '../../../src/core/model/partnershipState';
import type { Partnership, PartnershipEvent } from '../../../src/core/model/types';

function couple(events: PartnershipEvent[], kind: Partnership['kind'] = 'partnership'): Partnership {
  return { id: 'p', a: 'x', b: 'y', kind, events };
}

describe('partnershipStateAt', () => {
  const history = couple([
    { type: 'cohabiting', date: { year: 1998 } },
    { type: 'married', date: { year: 2001, month: 6 } },
    { type: 'separated', date: { year: 2004 } },
    { type: 'divorced', date: { year: 2006 } },
  ]);

  it('follows the dated history to the reference date', () => {
    expect(partnershipStateAt(history, { year: 1997 })).toEqual({ line: 'partnership', notYetStarted: true, labels: [] });
    expect(partnershipStateAt(history, { year: 1999 })).toEqual({ line: 'cohabiting', notYetStarted: false, labels: ['LT 1998'] });
    expect(partnershipStateAt(history, { year: 2002 }).line).toBe('married');
    expect(partnershipStateAt(history, { year: 2002 }).ended).toBeUndefined();
    expect(partnershipStateAt(history, { year: 2005 })).toMatchObject({ line: 'married', ended: 'separated' });
    expect(partnershipStateAt(history, { year: 2010 })).toEqual({
      line: 'married',
      ended: 'divorced',
      notYetStarted: false,
      labels: ['LT 1998', 'm. 2001', 's. 2004', 'd. 2006'],
    });
  });

  it('compares within a year by month and day', () => {
    expect(partnershipStateAt(history, { year: 2001, month: 5, day: 31 }).line).toBe('cohabiting');
    expect(partnershipStateAt(history, { year: 2001, month: 7, day: 1 }).line).toBe('married');
  });

  it('treats dissolved and annulled as divorced, reconciled as ongoing', () => {
    for (const type of ['dissolved', 'annulled'] as const) {
      expect(partnershipStateAt(couple([{ type: 'civil-partnership' }, { type }]), { year: 2000 }).ended).toBe('divorced');
    }
    const back = couple([{ type: 'married' }, { type: 'separated', date: { year: 2000 } }, { type: 'reconciled', date: { year: 2002 } }]);
    expect(partnershipStateAt(back, { year: 2001 }).ended).toBe('separated');
    expect(partnershipStateAt(back, { year: 2003 }).ended).toBeUndefined();
  });

  it('keeps a transitory relationship dotted until it becomes more', () => {
    const t = couple([{ type: 'started', date: { year: 2010 } }, { type: 'cohabiting', date: { year: 2012 } }], 'transitory');
    expect(partnershipStateAt(t, { year: 2011 }).line).toBe('transitory');
    expect(partnershipStateAt(t, { year: 2013 }).line).toBe('cohabiting');
  });

  it('applies undated events that come before the reference date in the history', () => {
    const p = couple([{ type: 'married' }, { type: 'divorced' }]);
    expect(partnershipStateAt(p, { year: 1900 })).toEqual({ line: 'married', ended: 'divorced', notYetStarted: false, labels: ['m.', 'd.'] });
    expect(partnershipStateAt(couple([]), { year: 2000 })).toEqual({ line: 'partnership', notYetStarted: false, labels: [] });
  });

  it('marks a widowed or ended couple, and a civil partnership as solid', () => {
    expect(partnershipStateAt(couple([{ type: 'civil-partnership', date: { year: 2015 } }]), { year: 2016 })).toMatchObject({
      line: 'married',
      labels: ['cp. 2015'],
    });
    expect(partnershipStateAt(couple([{ type: 'married' }, { type: 'widowed' }]), { year: 2016 }).ended).toBe('widowed');
    expect(partnershipStateAt(couple([{ type: 'cohabiting' }, { type: 'ended', date: { year: 2003 } }]), { year: 2004 }).ended).toBe('ended');
  });
});
