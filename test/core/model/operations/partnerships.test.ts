import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../../src/core/model/emptyDocument';
import {
  addPartnership,
  addPartnershipEvent,
  addPerson,
  removePartnership,
  removePartnershipEvent,
  updatePartnership,
  updatePartnershipEvent,
} from '../../../../src/core/model/operations';
import type { GenogramDocument, Id } from '../../../../src/core/model/types';

function couple(): { doc: GenogramDocument; a: Id; b: Id } {
  const a = addPerson(emptyDocument(), { gender: 'female' });
  const b = addPerson(a.doc, { gender: 'female' });
  return { doc: b.doc, a: a.id, b: b.id };
}

describe('partnerships', () => {
  it('adds a partnership between any two people, same sex included', () => {
    const c = couple();
    const { doc, id } = addPartnership(c.doc, c.a, c.b);
    expect(doc.partnerships).toEqual([{ id, a: c.a, b: c.b, kind: 'partnership', events: [] }]);
  });

  it('allows the same two people a second partnership (remarriage)', () => {
    const c = couple();
    const first = addPartnership(c.doc, c.a, c.b);
    const second = addPartnership(first.doc, c.b, c.a);
    expect(second.doc.partnerships).toHaveLength(2);
  });

  it('refuses a self-partnership and unknown persons', () => {
    const c = couple();
    expect(() => addPartnership(c.doc, c.a, c.a)).toThrow(/with themselves/);
    expect(() => addPartnership(c.doc, c.a, 'p_x')).toThrow(/no person with id "p_x"/);
  });

  it('updates and removes', () => {
    const c = couple();
    const { doc, id } = addPartnership(c.doc, c.a, c.b, { notes: 'met at work' });
    const updated = updatePartnership(doc, id, { kind: 'transitory', notes: undefined });
    expect(updated.partnerships[0]).toEqual({ id, a: c.a, b: c.b, kind: 'transitory', events: [] });
    expect(() => updatePartnership(doc, id, { b: c.a })).toThrow(/with themselves/);
    expect(removePartnership(updated, id).partnerships).toEqual([]);
    expect(() => removePartnership(updated, 'u_x')).toThrow(/no partnership/);
  });

  it('sorts events given at creation into date order', () => {
    const c = couple();
    const { doc } = addPartnership(c.doc, c.a, c.b, {
      events: [{ type: 'separated', date: { year: 2010 } }, { type: 'married', date: { year: 2001 } }],
    });
    expect(doc.partnerships[0]!.events.map((e) => e.type)).toEqual(['married', 'separated']);
  });
});

describe('partnership events', () => {
  it('keeps events in date order as they are added, undated ones where they were put', () => {
    const c = couple();
    const p = addPartnership(c.doc, c.a, c.b);
    let doc = p.doc;
    doc = addPartnershipEvent(doc, p.id, { type: 'divorced', date: { year: 2012 } });
    doc = addPartnershipEvent(doc, p.id, { type: 'married', date: { year: 2001, month: 6 } });
    doc = addPartnershipEvent(doc, p.id, { type: 'separated', date: { year: 2009 } });
    doc = addPartnershipEvent(doc, p.id, { type: 'started' });
    doc = addPartnershipEvent(doc, p.id, { type: 'cohabiting', date: { year: 1999, qualifier: 'about' } });
    expect(doc.partnerships[0]!.events.map((e) => e.type)).toEqual(['cohabiting', 'married', 'separated', 'divorced', 'started']);
  });

  it('moves an event whose date changes, keeps it in place when only its type changes', () => {
    const c = couple();
    let doc = addPartnership(c.doc, c.a, c.b, {
      events: [{ type: 'married', date: { year: 2001 } }, { type: 'separated', date: { year: 2005 } }],
    }).doc;
    const id = doc.partnerships[0]!.id;
    doc = updatePartnershipEvent(doc, id, 0, { date: { year: 2008 } });
    expect(doc.partnerships[0]!.events.map((e) => e.type)).toEqual(['separated', 'married']);
    doc = updatePartnershipEvent(doc, id, 0, { type: 'divorced' });
    expect(doc.partnerships[0]!.events.map((e) => e.type)).toEqual(['divorced', 'married']);
    expect(updatePartnershipEvent(doc, id, 0, { type: 'divorced' })).toBe(doc);
    doc = removePartnershipEvent(doc, id, 1);
    expect(doc.partnerships[0]!.events).toEqual([{ type: 'divorced', date: { year: 2005 } }]);
    expect(() => removePartnershipEvent(doc, id, 3)).toThrow(/no event number 4/);
  });
});
