import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memberPeriods } from '../../../src/core/households/memberPeriods';
import { householdsOf, isMemberAt, membersAt } from '../../../src/core/households/membershipAt';
import { householdTimeline } from '../../../src/core/households/timeline';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { loadGenogramFile } from '../../../src/core/format/load';
import { saveGenogramFile } from '../../../src/core/format/save';
import { publishedData } from '../../../src/core/publication/published';
import type { GenogramDocument, Household, PartialDate } from '../../../src/core/model/types';

const y = (year: number): PartialDate => ({ year });

const home: Household = {
  id: 'h',
  label: 'Home',
  from: y(2019),
  to: y(2023),
  members: [{ person: 'mum' }, { person: 'child', from: y(2020) }, { person: 'lodger', to: y(2021) }],
};

describe("a household's own dates", () => {
  it('stand in for the dates a member does not have; a member’s own date wins', () => {
    expect(memberPeriods(home)).toEqual([
      { person: 'mum', from: y(2019), to: y(2023) },
      { person: 'child', from: y(2020), to: y(2023) },
      { person: 'lodger', from: y(2019), to: y(2021) },
    ]);
    expect(membersAt(home, y(2018))).toEqual([]);
    expect(membersAt(home, { year: 2019, month: 9 })).toEqual(['mum', 'lodger']);
    expect(membersAt(home, y(2022))).toEqual(['mum', 'child']);
    expect(membersAt(home, y(2024))).toEqual([]);
  });

  it('change nothing for a household without them (the same member list is read)', () => {
    const undated: Household = { id: 'u', label: 'U', members: [{ person: 'a', from: y(2000) }] };
    expect(memberPeriods(undated)).toBe(undated.members);
  });

  it('agree with reading every member with the dates written in: membership at any date is the same', () => {
    const date = fc.option(fc.integer({ min: 1990, max: 2030 }).map(y), { nil: undefined });
    fc.assert(
      fc.property(date, date, fc.array(fc.record({ from: date, to: date }), { maxLength: 4 }), fc.integer({ min: 1985, max: 2035 }), (from, to, members, at) => {
        const h: Household = {
          id: 'h',
          label: 'H',
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          members: members.map((m, i) => ({ person: `p${i}`, ...(m.from ? { from: m.from } : {}), ...(m.to ? { to: m.to } : {}) })),
        };
        for (const [i, m] of h.members.entries()) {
          const written = { person: m.person, ...(m.from ?? from ? { from: (m.from ?? from)! } : {}), ...(m.to ?? to ? { to: (m.to ?? to)! } : {}) };
          expect(memberPeriods(h)[i]).toEqual(written);
          expect(membersAt(h, y(at)).includes(m.person)).toBe(isMemberAt(written, y(at)));
        }
      }),
    );
  });

  it('are kept by the file format, and the publication copy writes them into each member’s period', () => {
    const doc: GenogramDocument = {
      ...emptyDocument(),
      persons: [
        { id: 'mum', gender: 'female', givenNames: 'Mary', birth: y(1990) },
        { id: 'child', gender: 'male', givenNames: 'Ava', subject: true, birth: y(2015) },
        { id: 'lodger', gender: 'male', givenNames: 'Lee', birth: y(1980) },
      ],
      households: [home],
      settings: { ...emptyDocument().settings, asAt: y(2022) },
    };
    const loaded = loadGenogramFile(saveGenogramFile(doc));
    expect(loaded.ok && loaded.document.households[0]).toMatchObject({ from: y(2019), to: y(2023) });
    const published = publishedData(doc, y(2022));
    const h = published.households[0]!;
    expect(h.from).toBeUndefined();
    expect(h.members.every((m) => m.from !== undefined && m.to !== undefined)).toBe(true);
    // Who lived with the child, and when, reads the household's dates too.
    expect(householdsOf(doc, 'mum', y(2018))).toEqual([]);
    expect(householdsOf(doc, 'mum', y(2022)).map((x) => x.id)).toEqual(['h']);
    // The timeline's bar for the mother starts when the child moved in (2020) and ends with the household (2023).
    const mum = householdTimeline(doc, 'child').rows.find((r) => r.personId === 'mum')!;
    expect(mum.bars.map((b) => [b.from, b.to])).toEqual([[y(2020), y(2023)]]);
  });
});
