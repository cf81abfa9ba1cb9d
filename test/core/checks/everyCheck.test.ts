// Every kind of review check, each with a family where it finds its problem and a family,
// as alike as possible, where it does not; each finding names the people it selects.
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/core/checks/runChecks';
import type { Check } from '../../../src/core/checks/finding';
import type { ChronologyEvent } from '../../../src/core/chronology/types';
import type { GenogramDocument, PartialDate } from '../../../src/core/model/types';
import { Family, y } from '../kinship/family';

const AS_AT = y(2024, 6, 1);
const known = { ethnicity: { status: 'recorded' as const, text: 'White British' }, disability: { status: 'no' as const } };

/** A sound family: a subject with both parents, all recorded, living together. */
function sound(): Family {
  return new Family()
    .person('child', 'female', { subject: true, birth: y(2015, 3, 1), ...known })
    .person('mum', 'female', { birth: y(1988, 1, 1), ...known })
    .person('dad', 'male', { birth: y(1986, 1, 1), ...known })
    .child(['mum', 'dad'], 'child')
    .partners('mum', 'dad', [{ type: 'cohabiting', date: y(2010) }])
    .household('home', [{ person: 'child', from: y(2015, 3, 1) }, { person: 'mum', from: y(2010) }, { person: 'dad', from: y(2010) }]);
}

function edit(f: Family, id: string, extra: Record<string, unknown>): Family {
  Object.assign(f.doc.persons.find((p) => p.id === id)!, extra);
  return f;
}

/** The family with a chronology of these events (ids e1, e2, …). */
function withEvents(f: Family, events: Omit<ChronologyEvent, 'id'>[]): GenogramDocument {
  f.doc.chronology = { events: events.map((e, i) => ({ ...e, id: `e${i + 1}` })) };
  return f.doc;
}
const ev = (date: PartialDate, kind: ChronologyEvent['kind'], persons: string[], more: Partial<ChronologyEvent> = {}): Omit<ChronologyEvent, 'id'> => ({
  date: { from: date },
  kind,
  description: kind,
  persons,
  ...more,
});

/** checkId → [the family where it finds something, the one where it does not, the person it must name]. */
const CASES: Record<string, [() => GenogramDocument, () => GenogramDocument, string]> = {
  'no-subject': [() => edit(sound(), 'child', { subject: undefined }).doc, () => sound().doc, ''],
  'own-ancestor': [() => sound().child(['child'], 'mum').doc, () => sound().doc, 'mum'],
  'too-many-birth-parents': [() => sound().person('x', 'male', known).child(['x'], 'child').doc, () => sound().person('x', 'male', known).child(['x'], 'child', 'foster').doc, 'child'],
  'birth-after-death': [() => edit(sound(), 'dad', { death: y(1980) }).doc, () => edit(sound(), 'dad', { death: y(2020) }).doc, 'dad'],
  'parent-too-young': [() => edit(sound(), 'mum', { birth: y(2005) }).doc, () => sound().doc, 'mum'],
  'birth-after-parent-death': [() => edit(sound(), 'dad', { death: y(2014, 1, 1) }).doc, () => edit(sound(), 'dad', { death: y(2014, 7, 1) }).doc, 'dad'],
  'partnership-before-birth': [() => edit(sound(), 'mum', { birth: y(2011) }).doc, () => sound().doc, 'mum'],
  'partnership-date-order': [
    () => sound().partners('mum', 'dad', [{ type: 'married', date: y(2012) }, { type: 'divorced', date: y(2011) }]).doc,
    () => sound().partners('mum', 'dad', [{ type: 'married', date: y(2012) }, { type: 'divorced', date: y(2014) }]).doc,
    'mum',
  ],
  'household-period-order': [
    () => sound().household('nan', [{ person: 'child', from: y(2020), to: y(2019) }]).doc,
    () => sound().household('nan', [{ person: 'child', from: y(2019), to: y(2020) }]).doc,
    'child',
  ],
  'household-member-absent': [() => edit(sound(), 'dad', { death: y(2020) }).doc, () => { const f = edit(sound(), 'dad', { death: y(2020) }); f.doc.households[0]!.members[2]!.to = y(2020); return f.doc; }, 'dad'],
  'household-without-adult': [
    () => sound().person('ben', 'male', { birth: y(2021, 1, 1), ...known }).child(['mum'], 'ben').household('carers', [{ person: 'ben', from: y(2021, 9) }]).doc,
    () => sound().person('ben', 'male', { birth: y(2021, 1, 1), ...known }).person('carer', 'female', { birth: y(1960), ...known }).child(['mum'], 'ben').child(['carer'], 'ben', 'foster')
      .household('carers', [{ person: 'ben', from: y(2021, 9) }, { person: 'carer', from: y(1990) }]).doc,
    'ben',
  ],
  'young-parent': [() => edit(sound(), 'mum', { birth: y(2000, 1, 1) }).partners('mum', 'dad', []).doc, () => edit(sound(), 'mum', { birth: y(1998, 1, 1) }).doc, 'mum'],
  'older-mother': [() => edit(sound(), 'mum', { birth: y(1955, 1, 1) }).doc, () => edit(sound(), 'mum', { birth: y(1962, 1, 1) }).doc, 'mum'],
  'partnership-under-16': [
    () => sound().person('bf', 'male', { birth: y(2000), ...known }).partners('child', 'bf', [{ type: 'started', date: y(2029, 1) }]).doc,
    () => sound().person('bf', 'male', { birth: y(2000), ...known }).partners('child', 'bf', [{ type: 'started', date: y(2031, 6) }]).doc,
    'child',
  ],
  'marriage-under-18': [
    () => sound().person('h', 'male', { birth: y(2000), ...known }).partners('child', 'h', [{ type: 'married', date: y(2032, 6) }]).doc,
    () => sound().person('h', 'male', { birth: y(2000), ...known }).partners('child', 'h', [{ type: 'married', date: y(2034, 6) }]).doc,
    'child',
  ],
  'two-households': [
    () => sound().household('nan', [{ person: 'child', from: y(2020) }]).doc,
    () => sound().household('nan', [{ person: 'child', from: y(2020), visiting: true }]).doc,
    'child',
  ],
  'father-not-known': [
    () => { const f = new Family().person('child', 'female', { subject: true, birth: y(2015), ...known }).person('mum', 'female', { birth: y(1990), ...known }).child(['mum'], 'child'); return f.doc; },
    () => { const f = new Family().person('child', 'female', { subject: true, birth: y(2015), ...known, notes: 'Mother says the father is not known to her.' }).person('mum', 'female', { birth: y(1990), ...known }).child(['mum'], 'child'); return f.doc; },
    'child',
  ],
  'household-adult-details': [
    () => sound().person('uncle', 'male', { givenNames: 'Uncle' }).person('nan', 'female', { birth: y(1960), ...known }).child(['nan'], 'mum').child(['nan'], 'uncle')
      .household('home2', [{ person: 'child', from: y(2016), visiting: true }, { person: 'uncle' }]).doc,
    () => sound().person('uncle', 'male', { birth: y(1990), ...known }).person('nan', 'female', { birth: y(1960), ...known }).child(['nan'], 'mum').child(['nan'], 'uncle')
      .household('home2', [{ person: 'child', from: y(2016), visiting: true }, { person: 'uncle' }]).doc,
    'uncle',
  ],
  'household-unexplained': [
    () => { const f = sound().person('dean', 'male', { birth: y(1985), ...known }); f.doc.households[0]!.members.push({ person: 'dean', from: y(2022) }); return f.doc; },
    () => { const f = sound().person('dean', 'male', { birth: y(1985), ...known, significantOther: { role: 'lodger' } }); f.doc.households[0]!.members.push({ person: 'dean', from: y(2022) }); return f.doc; },
    'dean',
  ],
  'significant-other-details': [
    () => sound().person('rob', 'male', { significantOther: { role: 'partner', of: 'mum' } }).doc,
    () => sound().person('rob', 'male', { birth: y(1980), ...known, significantOther: { role: 'partner', of: 'mum' } }).doc,
    'rob',
  ],
  'equality-data': [() => edit(sound(), 'child', { ethnicity: undefined }).doc, () => sound().doc, 'child'],
  'event-before-birth': [
    () => withEvents(sound(), [ev(y(2014, 6, 1), 'home-visit', ['child', 'mum'], { source: 'Health visitor' })]),
    () => withEvents(sound(), [ev(y(2015, 6, 1), 'home-visit', ['child', 'mum'], { source: 'Health visitor' })]),
    'child',
  ],
  'event-after-death': [
    () => withEvents(edit(sound(), 'dad', { death: y(2020, 1, 1) }), [ev(y(2021, 6, 1), 'contact', ['dad'], { source: 'GP' })]),
    () => withEvents(edit(sound(), 'dad', { death: y(2020, 1, 1) }), [ev(y(2019, 6, 1), 'contact', ['dad'], { source: 'GP' })]),
    'dad',
  ],
  'child-not-seen': [
    () => withEvents(sound(), [ev(y(2020, 1, 1), 'child-seen', ['child'], { source: 'School' }), ev(y(2020, 2, 1), 'contact', ['mum'], { source: 'Police' }), ev(y(2020, 3, 1), 'contact', ['mum'], { source: 'GP' })]),
    () => withEvents(sound(), [ev(y(2020, 1, 1), 'child-seen', ['child'], { source: 'School' }), ev(y(2020, 1, 20), 'contact', ['mum'], { source: 'Police' }), ev(y(2020, 1, 25), 'child-seen', ['child'], { source: 'GP' })]),
    'child',
  ],
  'household-event-adult': [
    () => withEvents(sound().person('dean', 'male', { birth: y(1985), ...known }), [ev(y(2020, 1, 1), 'incident', ['dean', 'mum'], { source: 'Police', household: 'home' })]),
    () => withEvents(sound().person('dean', 'male', { birth: y(1985), ...known }), [ev(y(2020, 1, 1), 'incident', ['dad', 'mum'], { source: 'Police', household: 'home' })]),
    'dean',
  ],
  'named-not-on-genogram': [
    () => withEvents(sound(), [ev(y(2020, 1, 1), 'incident', ['mum'], { source: 'Police', otherPersons: ['Mr X'] })]),
    () => withEvents(sound(), [ev(y(2020, 1, 1), 'incident', ['mum'], { source: 'Police' })]),
    'mum',
  ],
  unconnected: [() => sound().person('loner', 'male', known).doc, () => sound().person('friend', 'male', { ...known, birth: y(1980), significantOther: { role: 'friend', of: 'mum' } }).doc, 'loner'],
};

function run(doc: GenogramDocument, at: PartialDate = AS_AT) {
  return CHECKS.flatMap((check: Check) => check(doc, at));
}

describe('every review check', () => {
  it('there are at least 20 kinds, and every kind has a case below', () => {
    const kinds = new Set(Object.keys(CASES));
    expect(kinds.size).toBeGreaterThanOrEqual(20);
    // Each check function yields exactly its case's kind on its finding family.
    const produced = new Set(Object.values(CASES).flatMap(([finds]) => run(finds()).map((f) => f.checkId)));
    for (const kind of kinds) expect(produced.has(kind), kind).toBe(true);
    expect(CHECKS.length).toBe(kinds.size);
  });

  it('the sound family raises nothing', () => {
    expect(run(sound().doc)).toEqual([]);
  });

  describe.each(Object.entries(CASES))('%s', (kind, [finds, doesNot, who]) => {
    it('finds it, naming the people it selects', () => {
      const doc = finds();
      const found = run(doc).filter((f) => f.checkId === kind);
      expect(found.length).toBeGreaterThan(0);
      const ids = new Set(doc.persons.map((p) => p.id));
      for (const f of found) {
        if (kind !== 'no-subject') expect(f.personIds.length).toBeGreaterThan(0);
        for (const id of f.personIds) expect(ids.has(id)).toBe(true);
      }
      if (who) expect(found.some((f) => f.personIds.includes(who))).toBe(true);
    });
    it('does not find it where the record is sound', () => {
      expect(run(doesNot()).filter((f) => f.checkId === kind)).toEqual([]);
    });
  });
});

describe('what the new checks say', () => {
  const message = (doc: GenogramDocument, kind: string) => run(doc).filter((f) => f.checkId === kind).map((f) => [f.severity, f.message]);

  it('the chronology checks: a gap in seeing the child, a pre-birth referral, someone not on the genogram', () => {
    const doc = withEvents(edit(sound(), 'child', { givenNames: 'Amy' }), [
      ev(y(2014, 12, 1), 'referral', ['child', 'mum'], { source: "Children's social care" }),
      ev(y(2020, 1, 1), 'child-seen', ['child'], { source: 'School' }),
      ev(y(2020, 2, 1), 'contact', ['mum'], { source: 'Police', otherPersons: ['Mr X'] }),
      ev(y(2020, 3), 'contact', ['mum'], { source: 'GP' }),
      ev(y(2020, 3, 20), 'child-seen', ['child'], { source: 'School' }),
      ev(y(2020, 4, 1), 'home-visit', ['mum'], { source: 'Police', otherPersons: ['mr x'] }),
    ]);
    expect(message(doc, 'child-not-seen')).toEqual([
      ['warning', 'Amy was not seen for 79 days (last seen 1 Jan 2020; seen again 20 Mar 2020) while agencies were in contact 2 times (Police and GP); the threshold is 28 days.'],
    ]);
    expect(message(doc, 'event-before-birth')).toEqual([
      ['info', 'Amy is named in an event dated 1 Dec 2014 ("referral"), before their birth (1 Mar 2015).'],
    ]);
    expect(message(doc, 'named-not-on-genogram')).toEqual([['warning', '"Mr X" is named in 2 chronology events (1 Feb 2020, 1 Apr 2020) but is not on the genogram.']]);
    // The threshold is the chronology's own.
    doc.chronology!.notSeenDays = 90;
    expect(message(doc, 'child-not-seen')).toEqual([]);
  });

  it('a gap with no later sighting runs to the last contact', () => {
    const doc = withEvents(sound(), [ev(y(2020, 1, 1), 'contact', ['mum'], { source: 'Police' }), ev(y(2020, 6, 1), 'contact', ['mum'], { source: 'Police' })]);
    expect(message(doc, 'child-not-seen')).toEqual([
      ['warning', 'child was not seen for 152 days (from the first contact, 1 Jan 2020; the last contact, 1 Jun 2020, with no later record of being seen) while agencies were in contact 2 times (Police); the threshold is 28 days.'],
    ]);
  });

  it('a mother who was 15 at a birth, and a marriage before 16', () => {
    const doc = new Family().person('child', 'female', { subject: true, birth: y(2015, 3, 1) }).person('mum', 'female', { givenNames: 'Mia', birth: y(2000, 1, 1) })
      .person('dad', 'male', { givenNames: 'Tom', birth: y(1985) }).child(['mum', 'dad'], 'child')
      .partners('mum', 'dad', [{ type: 'married', date: y(2015, 6, 1) }]).doc;
    expect(message(doc, 'young-parent')).toEqual([['warning', 'Mia was 15 when their child child was born (Mia born 1 Jan 2000, child born 1 Mar 2015).']]);
    expect(message(doc, 'partnership-under-16')).toEqual([['warning', 'Mia and Tom: Mia was 15 when they were married (married 1 Jun 2015, Mia born 1 Jan 2000).']]);
  });

  it('a three-year-old alone in a household, from the date the adults are missing', () => {
    const doc = new Family().person('ben', 'male', { givenNames: 'Ben', birth: y(2018, 2, 1) }).household('ga', [{ person: 'ben', from: y(2021, 9) }], { label: "Great-aunt's house" }).doc;
    expect(message(doc, 'household-without-adult')).toEqual([['warning', 'Ben (3) is the only person living in "Great-aunt\'s house" from Sep 2021: no adult lives there then.']]);
  });

  it('an adult outside the family: each missing detail named, "not entered" told apart from "not recorded"', () => {
    const rob = (extra: Record<string, unknown>) =>
      message(sound().person('rob', 'male', { givenNames: 'Rob', birth: y(1980), ...known, significantOther: { role: 'partner', of: 'mum' }, ...extra }).doc, 'significant-other-details');
    expect(rob({})).toEqual([]);
    expect(rob({ birth: undefined })).toEqual([['warning', 'Date of birth not entered for Rob (an adult outside the family).']]);
    expect(rob({ ethnicity: undefined })).toEqual([['warning', 'Ethnicity not entered for Rob (an adult outside the family).']]);
    expect(rob({ ethnicity: { status: 'not-recorded' } })).toEqual([['warning', 'Ethnicity not recorded for Rob (an adult outside the family).']]);
    expect(rob({ significantOther: { role: 'partner' } })).toEqual([['warning', 'Relationship (whose partner) not entered for Rob (an adult outside the family).']]);
    expect(rob({ significantOther: { role: 'other' } })).toEqual([['warning', 'Role not entered for Rob (an adult outside the family).']]);
    expect(rob({ birth: undefined, ethnicity: { status: 'not-recorded' }, significantOther: { role: 'friend' } })).toEqual([
      ['warning', 'Date of birth and relationship (whose friend) not entered and ethnicity not recorded for Rob (an adult outside the family).'],
    ]);
  });

  it('an adult in the child\'s household: each missing detail named, "not entered" told apart from "not recorded"', () => {
    const withUncle = (extra: Record<string, unknown>) => {
      const f = sound().person('uncle', 'male', { givenNames: 'Ian', ...extra }).person('nan', 'female', { birth: y(1960), ...known }).child(['nan'], 'mum').child(['nan'], 'uncle');
      f.doc.households[0]!.members.push({ person: 'uncle', from: y(2020) });
      return message(edit(f, 'child', { givenNames: 'Amy' }).doc, 'household-adult-details');
    };
    expect(withUncle({ birth: y(1990), ...known })).toEqual([]);
    expect(withUncle({ ethnicity: { status: 'not-recorded' } })).toEqual([['warning', 'Date of birth not entered and ethnicity not recorded for Ian, who lived in a household with Amy.']]);
    expect(withUncle({ birth: y(1990) })).toEqual([['warning', 'Ethnicity not entered for Ian, who lived in a household with Amy.']]);
    // Linked to the family only through a second household: no relationship to the child is entered.
    const lodgerLike = sound().person('dean', 'male', { givenNames: 'Dean', birth: y(1985), ...known }).person('deanMum', 'female').child(['deanMum'], 'dean');
    lodgerLike.doc.households[0]!.members.push({ person: 'dean', from: y(2022) });
    expect(message(edit(lodgerLike, 'child', { givenNames: 'Amy' }).doc, 'household-adult-details')).toEqual([['warning', 'Relationship to Amy not entered for Dean, who lived in a household with Amy.']]);
  });

  it('an unknown father with no note, and the same with a note on the "?" father', () => {
    const base = () => new Family().person('child', 'female', { givenNames: 'Amy', subject: true, birth: y(2015) }).person('mum', 'female', { givenNames: 'Jo' })
      .person('q', 'male', { placeholder: true }).child(['mum', 'q'], 'child');
    expect(message(base().doc, 'father-not-known')).toEqual([['warning', 'Amy has no known father (mother Jo) and no note saying why: add the father, or a note (on the child or on an unknown "?" father) saying what is known.']]);
    expect(message(edit(base(), 'q', { notes: 'Mother declines to name him.' }).doc, 'father-not-known')).toEqual([]);
  });
});
