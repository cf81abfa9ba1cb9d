// Random documents for property tests: any shape, including loops, self-links and dangling ids.
import fc from 'fast-check';
import type { GenogramDocument, ParentLinkKind, PartnershipEventType } from '../../../src/core/model/types';
import { Family } from './family';

const KINDS: ParentLinkKind[] = ['birth', 'birth', 'birth', 'adoptive', 'foster', 'kinship', 'special-guardianship'];
const EVENTS: PartnershipEventType[] = ['started', 'cohabiting', 'married', 'separated', 'divorced', 'widowed', 'ended', 'reconciled'];
const GENDERS = ['female', 'male', 'nonbinary', 'unknown'] as const;

export const randomFamily: fc.Arbitrary<GenogramDocument> = fc
  .record({
    n: fc.integer({ min: 1, max: 25 }),
    links: fc.array(fc.tuple(fc.nat(30), fc.nat(30), fc.nat(KINDS.length - 1)), { maxLength: 40 }),
    couples: fc.array(fc.tuple(fc.nat(30), fc.nat(30), fc.array(fc.tuple(fc.nat(EVENTS.length - 1), fc.option(fc.integer({ min: 1950, max: 2030 }))), { maxLength: 3 })), { maxLength: 15 }),
    births: fc.array(fc.option(fc.integer({ min: 1940, max: 2025 })), { maxLength: 25 }),
    homes: fc.array(fc.array(fc.tuple(fc.nat(30), fc.option(fc.integer({ min: 1990, max: 2025 })), fc.option(fc.integer({ min: 1990, max: 2025 }))), { maxLength: 6 }), { maxLength: 3 }),
    subjects: fc.array(fc.nat(30), { maxLength: 2 }),
  })
  .map(({ n, links, couples, births, homes, subjects }) => {
    const f = new Family();
    const id = (i: number) => `x${i % (n + 2)}`; // a few ids past the end dangle on purpose
    for (let i = 0; i < n; i++) {
      const birth = births[i];
      f.person(`x${i}`, GENDERS[i % 4]!, birth ? { birth: { year: birth } } : {});
    }
    for (const s of subjects) {
      const p = f.doc.persons[s % n];
      if (p) p.subject = true;
    }
    for (const [a, b, k] of links) f.child([id(a)], id(b), KINDS[k]!);
    for (const [a, b, events] of couples) {
      f.partners(id(a), id(b), events.map(([e, year]) => (year ? { type: EVENTS[e]!, date: { year } } : { type: EVENTS[e]! })));
    }
    homes.forEach((members, h) =>
      f.household(`h${h}`, members.map(([p, from, to]) => ({ person: id(p), ...(from ? { from: { year: from } } : {}), ...(to ? { to: { year: to } } : {}) }))),
    );
    return f.doc;
  });
