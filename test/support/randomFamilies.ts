import fc from 'fast-check';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import type { Gender, GenogramDocument, Id, ParentLinkKind, Person } from '../../src/core/model/types';

// Random families shaped like case-review families, built from a list of steps so that
// fast-check can shrink a failing family to a few steps: founding couples; children (twins,
// adopted, fostered, a lone parent's); partners from outside (remarriages, so half-siblings);
// partners from another branch (cross-branch couples, cousins who partner).

type Step =
  | { kind: 'child'; of: number; twin: boolean; link: 'birth' | 'adoptive' | 'foster' }
  | { kind: 'partner-from-outside'; of: number }
  | { kind: 'partner-in-family'; of: number; with: number }
  | { kind: 'founder-couple' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('child' as const), of: fc.nat(), twin: fc.boolean(), link: fc.constantFrom('birth' as const, 'birth' as const, 'birth' as const, 'birth' as const, 'adoptive' as const, 'foster' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('partner-from-outside' as const), of: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('partner-in-family' as const), of: fc.nat(), with: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('founder-couple' as const) }) },
);

/** A random family of at most `maxPersons` persons (at least two), built from at least `minSteps` steps. */
export function randomFamily(maxPersons: number, minSteps = 1): fc.Arbitrary<GenogramDocument> {
  return fc.array(step, { minLength: minSteps, maxLength: Math.max(minSteps, maxPersons * 2), size: 'max' }).map((steps) => buildFamily(steps, maxPersons));
}

export function buildFamily(steps: Step[], maxPersons: number): GenogramDocument {
  const doc = emptyDocument('Random family');
  const generation = new Map<Id, number>();
  const birthYear = new Map<Id, number>();
  const couples: [Id, Id][] = [];
  let counter = 0;
  const add = (gender: Gender, year: number, gen: number): Id | undefined => {
    if (doc.persons.length >= maxPersons) return undefined;
    const id = `r${++counter}`;
    const person: Person = { id, gender, givenNames: `P${counter}`, birth: { year, month: 1 + (counter % 12) } };
    doc.persons.push(person);
    generation.set(id, gen);
    birthYear.set(id, year);
    return id;
  };
  const partner = (a: Id, b: Id, year: number) => {
    doc.partnerships.push({ id: `m${doc.partnerships.length + 1}`, a, b, kind: 'partnership', events: [{ type: 'married', date: { year } }] });
    couples.push([a, b]);
  };
  const founders = () => {
    const a = add('male', 1940, 0);
    const b = add('female', 1942, 0);
    if (a && b) partner(a, b, 1962);
  };
  founders();
  for (const s of steps) {
    if (doc.persons.length >= maxPersons) break;
    if (s.kind === 'founder-couple') founders();
    else if (s.kind === 'child') {
      // A couple's child (or a lone parent's, for persons in no couple).
      const parents = couples.length && s.of % 3 !== 0 ? couples[s.of % couples.length]! : [doc.persons[s.of % doc.persons.length]!.id];
      const gen = Math.max(...parents.map((p) => generation.get(p)!)) + 1;
      const year = Math.max(...parents.map((p) => birthYear.get(p)!)) + 20 + (counter % 15);
      const kids: Id[] = [];
      for (let i = 0; i < (s.twin ? 2 : 1); i++) {
        const kid = add(counter % 2 ? 'female' : 'male', year, gen);
        if (!kid) break;
        kids.push(kid);
        for (const p of parents) doc.parentLinks.push({ id: `l${doc.parentLinks.length + 1}`, parent: p, child: kid, kind: s.link as ParentLinkKind });
      }
      if (kids.length === 2) doc.multipleBirths.push({ id: `t${doc.multipleBirths.length + 1}`, kind: 'fraternal', members: kids });
      if (s.link === 'foster' && kids.length) {
        // A fostered child keeps a birth parent too (foster carers never replace birth parents).
        const birthParent = add('female', year - 22, gen - 1);
        if (birthParent) for (const kid of kids) doc.parentLinks.push({ id: `l${doc.parentLinks.length + 1}`, parent: birthParent, child: kid, kind: 'birth' });
      }
    } else if (s.kind === 'partner-from-outside') {
      const p = doc.persons[s.of % doc.persons.length]!;
      const q = add(p.gender === 'male' ? 'female' : 'male', birthYear.get(p.id)! + 1, generation.get(p.id)!);
      if (q) partner(p.id, q, birthYear.get(p.id)! + 25 + (counter % 10));
    } else {
      const p = doc.persons[s.of % doc.persons.length]!;
      const q = doc.persons[s.with % doc.persons.length]!;
      if (p.id === q.id || generation.get(p.id) !== generation.get(q.id)) continue;
      if (couples.some(([a, b]) => (a === p.id && b === q.id) || (a === q.id && b === p.id))) continue;
      partner(p.id, q.id, birthYear.get(p.id)! + 22);
    }
  }
  return doc;
}
