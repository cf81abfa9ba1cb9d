import { describe, expect, it } from 'vitest';
import { checkDocumentMeaning } from '../../../src/core/format/semantic';
import type { GenogramDocument } from '../../../src/core/model/types';
import { sampleFamily } from '../model/operations/sampleFamily';

function check(mutate: (d: GenogramDocument) => GenogramDocument) {
  return checkDocumentMeaning(mutate(sampleFamily().doc));
}

describe('checkDocumentMeaning', () => {
  it('passes a valid family', () => {
    expect(checkDocumentMeaning(sampleFamily().doc)).toEqual({ errors: [], warnings: [] });
  });

  it('finds duplicate ids across kinds of object', () => {
    const family = sampleFamily();
    const { errors } = checkDocumentMeaning({ ...family.doc, households: [{ ...family.doc.households[0]!, id: family.mother }] });
    expect(errors).toEqual([
      {
        path: 'document.households[0].id',
        message: `Household 1 (Home), id: the id "${family.mother}" is already used by person 1; every id must be unique`,
      },
    ]);
  });

  it('finds dangling ids in every kind of reference', () => {
    const { errors } = check((d) => ({
      ...d,
      partnerships: [{ ...d.partnerships[0]!, b: 'p_x1' }],
      relationships: [{ ...d.relationships[0]!, to: 'p_x2' }],
      multipleBirths: [{ ...d.multipleBirths[0]!, members: [d.multipleBirths[0]!.members[0]!, 'p_x3'] }],
      households: [{ ...d.households[0]!, members: [{ person: 'p_x4' }] }],
      parentLinks: [{ ...d.parentLinks[0]!, child: 'p_x5' }],
    }));
    expect(errors.map((e) => e.path).sort()).toEqual([
      'document.households[0].members[0].person',
      'document.multipleBirths[0].members[1]',
      'document.parentLinks[0].child',
      'document.partnerships[0].b',
      'document.relationships[0].to',
    ]);
    expect(errors.every((e) => /"p_x\d", who is not in the file/.test(e.message))).toBe(true);
  });

  it('finds a self-partnership and a relationship line to oneself', () => {
    const { errors } = check((d) => ({
      ...d,
      partnerships: [{ ...d.partnerships[0]!, b: d.partnerships[0]!.a }],
      relationships: [{ ...d.relationships[0]!, to: d.relationships[0]!.from }],
    }));
    expect(errors.map((e) => e.message)).toEqual([
      'Partnership 1 (Ann Reed and Ann Reed), b: Ann Reed cannot be in a partnership with themselves',
      'Relationship line 1 (Bob Cole to Bob Cole), to: a relationship line must join two different people',
    ]);
  });

  it('finds a third birth parent, naming all three', () => {
    const { errors } = check((d) => ({
      ...d,
      parentLinks: [...d.parentLinks, { id: 'l_extra', parent: d.persons[4]!.id, child: d.persons[2]!.id, kind: 'birth' }],
    }));
    expect(errors).toEqual([
      { path: 'document.parentLinks[6]', message: 'Parent link 7 (Eve Cole as parent of Cat Cole): Cat Cole has 3 birth parents (Ann Reed, Bob Cole, Eve Cole); a person has at most two' },
    ]);
  });

  it('finds a self-parent', () => {
    const { errors } = check((d) => ({ ...d, parentLinks: [...d.parentLinks, { id: 'l_self', parent: d.persons[2]!.id, child: d.persons[2]!.id, kind: 'foster' }] }));
    expect(errors.map((e) => e.message)).toEqual(['Parent link 7 (Cat Cole as parent of Cat Cole): Cat Cole is recorded as their own parent']);
  });

  it('finds a multiple birth of one, a member listed twice and a person in two groups', () => {
    const { errors } = check((d) => {
      const [a, b] = d.multipleBirths[0]!.members as [string, string];
      return {
        ...d,
        multipleBirths: [
          { id: 'mb_1', kind: 'fraternal', members: [a, a] },
          { id: 'mb_2', kind: 'identical', members: [b] },
          { id: 'mb_3', kind: 'identical', members: [b, d.persons[4]!.id] },
        ],
      };
    });
    expect(errors.map((e) => e.message)).toEqual([
      'Multiple-birth group 1, members[1]: Cat Cole is listed twice',
      'Multiple-birth group 2, members: a multiple birth needs at least two members, found 1',
      'Multiple-birth group 3, members[0]: Dan Cole is already in multiple-birth group 2',
    ]);
  });

  it('finds dates that do not exist', () => {
    const { errors } = check((d) => ({
      ...d,
      settings: { ...d.settings, asAt: { year: 2023, month: 2, day: 29 } },
      persons: [{ ...d.persons[0]!, birth: { year: 1990, day: 3 } }, ...d.persons.slice(1)],
      partnerships: [{ ...d.partnerships[0]!, events: [{ type: 'married', date: { year: 2001, month: 4, day: 31, qualifier: 'about' } }] }],
    }));
    expect(errors).toEqual([
      { path: 'document.settings.asAt', message: 'The document settings, asAt: 29 Feb 2023 is not a real date' },
      { path: 'document.persons[0].birth', message: 'Person 1 (Ann Reed), birth: a date with a day must also have a month' },
      { path: 'document.partnerships[0].events[0].date', message: 'Partnership 1 (Ann Reed and Bob Cole), events[0].date: 31 Apr 2001 is not a real date' },
    ]);
  });

  it('warns about partnership events out of date order', () => {
    const { errors, warnings } = check((d) => ({
      ...d,
      partnerships: [{ ...d.partnerships[0]!, events: [{ type: 'divorced', date: { year: 2010 } }, { type: 'married', date: { year: 2001 } }] }],
    }));
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['Partnership 1 (Ann Reed and Bob Cole): its events are not in date order']);
  });
});

describe('significant others', () => {
  it('a role names a person in the file, never the person themselves', () => {
    const { errors } = check((d) => ({
      ...d,
      persons: d.persons.map((p, i) =>
        i === 0 ? { ...p, significantOther: { role: 'partner' as const, of: 'p_nobody' } } : i === 1 ? { ...p, significantOther: { role: 'friend' as const, of: p.id } } : p,
      ),
    }));
    expect(errors.map((e) => e.path)).toEqual(['document.persons[0].significantOther.of', 'document.persons[1].significantOther.of']);
    expect(errors[0]!.message).toMatch(/names the person they are a partner or friend of "p_nobody", who is not in the file/);
    expect(errors[1]!.message).toMatch(/cannot be their own partner or friend/);
  });

  it('a lodger with no "of", and a visiting period, are sound', () => {
    const { errors } = check((d) => ({
      ...d,
      persons: d.persons.map((p, i) => (i === 0 ? { ...p, significantOther: { role: 'lodger' as const } } : p)),
      households: [{ ...d.households[0]!, members: [...d.households[0]!.members, { person: d.persons[0]!.id, visiting: true }] }],
    }));
    expect(errors).toEqual([]);
  });
});
