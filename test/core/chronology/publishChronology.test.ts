import { describe, expect, it } from 'vitest';
import { nameReplacer } from '../../../src/core/chronology/nameReplacer';
import { publishedChronologyRows, SENSITIVE_REMOVED } from '../../../src/core/chronology/publishChronology';
import type { GenogramDocument } from '../../../src/core/model/types';
import { DEFAULT_NOTATION } from '../../../src/core/model/types';
import { publicationLabels } from '../../../src/core/publication/roleLabels';

const AS_AT = { year: 2017, month: 1, day: 1 };

const family: GenogramDocument = {
  id: 'd',
  settings: { title: 'T', notation: DEFAULT_NOTATION },
  persons: [
    { id: 'child', givenNames: 'Bethany', familyName: 'Okonkwo', gender: 'female', subject: true, birth: { year: 2014, month: 3, day: 2 } },
    { id: 'mum', givenNames: 'Elizabeth', familyName: 'Okonkwo', gender: 'female', birth: { year: 1990 } },
    { id: 'dad', givenNames: 'Tadeusz', familyName: 'Wiśniewski', gender: 'male', birth: { year: 1988 } },
    { id: 'nan', givenNames: 'May', familyName: 'Fairbrother', gender: 'female', birth: { year: 1960 } },
  ],
  partnerships: [],
  parentLinks: [
    { id: 'l1', parent: 'mum', child: 'child', kind: 'birth' },
    { id: 'l2', parent: 'dad', child: 'child', kind: 'birth' },
    { id: 'l3', parent: 'nan', child: 'mum', kind: 'birth' },
  ],
  multipleBirths: [],
  relationships: [],
  households: [{ id: 'h1', label: 'Okonkwo home', address: '14 Larkspur Road, Anytown AB1 2CD', members: [] }],
};

const labels = publicationLabels(family, AS_AT);
const replace = nameReplacer(family, labels, new Map([['Kevin Doyle', 'Other person 1']]));

describe('nameReplacer', () => {
  it('replaces full names, given names and short forms with the role label', () => {
    expect(replace('Bethany Okonkwo seen with Tadeusz')).toBe(`${labels.get('child')} seen with ${labels.get('dad')}`);
    expect(replace('Liz said Tad was out')).toBe(`${labels.get('mum')} said Tad was out`);
  });

  it('handles possessives, and never a name inside another word', () => {
    expect(replace("Bethany's cot; Elizabeth's phone")).toBe(`${labels.get('child')}'s cot; ${labels.get('mum')}'s phone`);
    // "Beth" is a short form of both Bethany and Elizabeth: it is a name, but whose is not certain.
    expect(replace('Beth seen')).toBe('[name] seen');
    expect(replace('Bethanyville and Lizards')).toBe('Bethanyville and Lizards');
  });

  it('replaces initials with a family name, and a family name two persons share by "[name]"', () => {
    expect(replace('T. Wiśniewski and T Wiśniewski')).toBe(`${labels.get('dad')} and ${labels.get('dad')}`);
    expect(replace('Ms Okonkwo')).toBe('Ms [name]');
    expect(replace('Mr Fairbrother')).toBe(`Mr ${labels.get('nan')}`);
  });

  it('replaces names of persons not on the genogram, and leaves everyday words that are names', () => {
    expect(replace('Kevin Doyle and Doyle')).toBe('Other person 1 and [name]');
    expect(replace('She may attend. May attended.')).toBe(`She may attend. ${labels.get('nan')} attended.`);
  });
});

describe('publishedChronologyRows', () => {
  it('publishes month and year, role labels, no time or further columns, no sensitive text, no address', () => {
    const doc: GenogramDocument = {
      ...family,
      chronology: {
        columns: ['Worker'],
        events: [
          {
            id: 'e1',
            date: { from: { year: 2016, month: 5, day: 22 }, uncertain: true },
            time: '14:30',
            source: 'Police',
            kind: 'incident',
            description: 'Call to 14 Larkspur Road, AB1 2CD: Elizabeth and Kevin Doyle arguing',
            persons: ['mum'],
            otherPersons: ['Kevin Doyle'],
            household: 'h1',
            columns: { Worker: 'PC Jane Hart' },
          },
          { id: 'e2', date: { from: { year: 2016, month: 6 } }, kind: 'contact', source: 'GP', description: 'Disclosed HIV status', persons: ['mum'], sensitive: true },
        ],
      },
    };
    expect(publishedChronologyRows(doc, AS_AT)).toEqual([
      ['Date', 'Source', 'Kind', 'Event', 'People', 'Household'],
      ['?May 2016', 'Police', 'Incident', `Call to [address removed], [address removed]: ${labels.get('mum')} and Other person 1 arguing`, `${labels.get('mum')}; Other person 1`, 'Household 1'],
      ['Jun 2016', 'GP', 'Contact', SENSITIVE_REMOVED, labels.get('mum')],
    ].map((r) => (r.length === 5 ? [...r, ''] : r)));
  });
});
