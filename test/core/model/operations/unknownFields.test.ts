import { describe, expect, it } from 'vitest';
import {
  addHouseholdMember,
  addPartnershipEvent,
  releasePins,
  removeHouseholdMember,
  removePersons,
  setMultipleBirth,
  setPinned,
  updateHousehold,
  updateHouseholdMember,
  updateParentLink,
  updatePartnership,
  updatePartnershipEvent,
  updatePerson,
  updateRelationshipLine,
  updateSettings,
} from '../../../../src/core/model/operations';
import type { GenogramDocument } from '../../../../src/core/model/types';
import { sampleFamily } from './sampleFamily';

/** Adds a field this editor does not know to every object in the document, at every level. */
function withExtras(doc: GenogramDocument): GenogramDocument {
  const x = <T extends object>(o: T): T => ({ ...o, futureField: 'kept' });
  return x({
    ...doc,
    settings: x({ ...doc.settings, notation: x(doc.settings.notation) }),
    persons: doc.persons.map((p) => x({ ...p, ...(p.birth ? { birth: x(p.birth) } : {}) })),
    partnerships: doc.partnerships.map((p) => x({ ...p, events: p.events.map(x) })),
    parentLinks: doc.parentLinks.map(x),
    multipleBirths: doc.multipleBirths.map(x),
    relationships: doc.relationships.map(x),
    households: doc.households.map((h) => x({ ...h, members: h.members.map(x) })),
  });
}

/** Every object (not array) in the document that has no futureField. */
function objectsWithoutExtras(value: unknown, path = 'doc'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectsWithoutExtras(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = 'futureField' in record || /\.(pinned|date|from|to|expected|asAt|birth|death)$/.test(path) ? [] : [path];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => objectsWithoutExtras(v, `${path}.${k}`))];
}

describe('unknown fields', () => {
  it('survive every kind of edit on every kind of object', () => {
    const s = sampleFamily();
    let doc = withExtras(s.doc);
    expect(objectsWithoutExtras(doc)).toEqual([]);
    const union = s.union;
    const household = doc.households[0]!.id;
    doc = updatePerson(doc, s.mother, { givenNames: 'Anna', birth: undefined });
    doc = updatePerson(doc, s.third, { notes: 'note' });
    doc = updatePartnership(doc, union, { notes: 'n' });
    doc = addPartnershipEvent(doc, union, { type: 'married', date: { year: 2010 } });
    doc = updatePartnershipEvent(doc, union, 0, { type: 'cohabiting' });
    doc = updateParentLink(doc, doc.parentLinks[0]!.id, { from: { year: 2011 } });
    doc = setMultipleBirth(doc, [s.twinA, s.twinB], 'identical').doc;
    doc = updateRelationshipLine(doc, doc.relationships[0]!.id, { notes: 'x' });
    doc = updateHousehold(doc, household, { label: 'Home 2' });
    doc = updateHouseholdMember(doc, household, 0, { to: { year: 2020 } });
    doc = removeHouseholdMember(doc, household, doc.households[0]!.members.length - 1);
    doc = updateSettings(doc, { title: 'T2', notation: { showAges: false } });
    doc = releasePins(setPinned(doc, new Map([[s.third, { x: 1, y: 1 }]])));
    const partnership = doc.partnerships[0]!;
    expect(partnership.events.map((e) => [e.type, 'futureField' in e])).toEqual([
      ['cohabiting', true],
      ['married', false],
    ]);
    const isNewEvent = (path: string) => path === 'doc.partnerships[0].events[1]';
    expect(objectsWithoutExtras(doc).filter((p) => !isNewEvent(p))).toEqual([]);
    doc = removePersons(doc, [s.father]);
    expect(objectsWithoutExtras(doc)).toEqual([]);
    doc = addHouseholdMember(doc, household, s.third);
    expect(doc.households[0]).toMatchObject({ futureField: 'kept', label: 'Home 2' });
  });
});
