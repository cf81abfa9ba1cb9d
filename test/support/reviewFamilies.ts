import fc from 'fast-check';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import type { Gender, GenogramDocument, Id, ParentLinkKind } from '../../src/core/model/types';
import { seededRandom as random } from '../../src/core/example/seededRandom';

// Families shaped like those of serious case reviews: a subject child; a mother with children
// by one to three partners; a father with children by an earlier partner; grandparents on both
// sides (sometimes separated and re-partnered, with half-aunts and uncles); aunts and uncles
// with partners and children; sometimes great-grandparents; twins, losses, a child in foster
// or kinship care, a lodger in the household. Up to about 60 persons. Built from a seed, so
// a failure names the seed that rebuilds it.


export function reviewFamily(seed: number, maxPersons = 60): GenogramDocument {
  const rnd = random(seed);
  const chance = (p: number) => rnd() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const doc = emptyDocument(`Review family ${seed}`);
  doc.settings.asAt = { year: 2024, month: 6, day: 1 };
  let n = 0;
  const room = () => doc.persons.length < maxPersons;
  const person = (gender: Gender, year: number, extra: Partial<GenogramDocument['persons'][number]> = {}): Id | undefined => {
    if (!room()) return undefined;
    const id = `v${++n}`;
    doc.persons.push({ id, gender, givenNames: `P${n}`, birth: { year, month: int(1, 12), day: int(1, 28) }, ...extra });
    return id;
  };
  const partner = (a: Id, b: Id, year: number, ended?: number) => {
    doc.partnerships.push({
      id: `m${doc.partnerships.length + 1}`,
      a,
      b,
      kind: chance(0.15) ? 'transitory' : 'partnership',
      events: [{ type: chance(0.5) ? 'married' : 'cohabiting', date: { year } }, ...(ended ? [{ type: 'separated' as const, date: { year: ended } }] : [])],
    });
  };
  const link = (parent: Id, child: Id, kind: ParentLinkKind = 'birth') => doc.parentLinks.push({ id: `l${doc.parentLinks.length + 1}`, parent, child, kind });
  const children = (parents: Id[], from: number, count: number): Id[] => {
    const kids: Id[] = [];
    let year = from;
    for (let i = 0; i < count; i++) {
      const twin = chance(0.08) && room();
      const loss = !twin && chance(0.05);
      const k = person(chance(0.5) ? 'female' : 'male', year, loss ? { pregnancy: { outcome: 'miscarriage' } } : {});
      if (!k) break;
      for (const p of parents) link(p, k);
      kids.push(k);
      if (twin) {
        // Twins share their date of birth.
        const t = person(chance(0.5) ? 'female' : 'male', year);
        if (t) doc.persons.find((x) => x.id === t)!.birth = { ...doc.persons.find((x) => x.id === k)!.birth! };
        if (t) {
          for (const p of parents) link(p, t);
          kids.push(t);
          doc.multipleBirths.push({ id: `t${doc.multipleBirths.length + 1}`, kind: chance(0.3) ? 'identical' : 'fraternal', members: [k, t] });
        }
      }
      year += int(1, 4);
    }
    return kids;
  };
  /** A couple of the grandparents' generation with their children, one of whom is `keep` (already placed). */
  const grandparents = (keep: Id, keepYear: number, side: 'm' | 'f'): void => {
    const gf = person('male', keepYear - int(22, 32));
    const gm = person('female', keepYear - int(20, 30));
    if (!gf || !gm) return;
    partner(gf, gm, keepYear - int(1, 5), chance(0.4) ? keepYear + int(5, 15) : undefined);
    for (const p of [gf, gm]) link(p, keep);
    const siblings = children([gf, gm], keepYear + int(-6, 6), int(0, 3));
    for (const s of siblings) {
      if (!chance(0.5)) continue;
      const sp = person(chance(0.5) ? 'male' : 'female', keepYear + int(-3, 3));
      if (!sp) break;
      partner(s, sp, keepYear + 22);
      children([s, sp], keepYear + 24, int(0, 3));
    }
    // A grandparent re-partnered: half-aunts and uncles.
    if (chance(0.35)) {
      const np = person(side === 'm' ? 'male' : 'female', keepYear - 20);
      if (np) {
        partner(side === 'm' ? gm : gf, np, keepYear + 16);
        children(side === 'm' ? [gm, np] : [gf, np], keepYear + 17, int(1, 2));
      }
    }
    if (chance(0.3)) {
      const ggf = person('male', keepYear - 55);
      const ggm = person('female', keepYear - 53);
      if (ggf && ggm) {
        partner(ggf, ggm, keepYear - 35);
        for (const p of [ggf, ggm]) link(p, side === 'm' ? gm : gf);
        children([ggf, ggm], keepYear - 30, int(0, 2));
      }
    }
  };

  const mother = person('female', 1990)!;
  const father = person('male', 1987)!;
  partner(father, mother, 2010, 2016);
  const own = children([father, mother], 2011, int(1, 3));
  const subject = own[int(0, own.length - 1)]!;
  const subjectPerson = doc.persons.find((p) => p.id === subject)!;
  subjectPerson.subject = true;
  delete subjectPerson.pregnancy;
  // The mother's later partners and their children; the father's earlier partner and hers.
  for (let i = 0, count = int(0, 2); i < count; i++) {
    const p = person('male', 1985 + int(0, 8));
    if (!p) break;
    partner(mother, p, 2017 + 3 * i, i + 1 < count ? 2019 + 3 * i : undefined);
    children([mother, p], 2018 + 3 * i, int(0, 2));
  }
  if (chance(0.6)) {
    const ex = person('female', 1986);
    if (ex) {
      partner(father, ex, 2005, 2009);
      children([father, ex], 2006, int(1, 2));
    }
  }
  grandparents(mother, 1990, 'm');
  grandparents(father, 1987, 'f');
  // A child in care with kinship carers or foster carers beside the birth family.
  if (chance(0.4)) {
    const carers = chance(0.5)
      ? doc.parentLinks.filter((l) => l.child === mother).map((l) => l.parent)
      : [person('female', 1965), person('male', 1963)].filter((x): x is Id => x !== undefined);
    if (carers.length === 2 && !doc.partnerships.some((p) => (p.a === carers[0] && p.b === carers[1]) || (p.a === carers[1] && p.b === carers[0]))) partner(carers[0]!, carers[1]!, 1985);
    const careKind = chance(0.5) ? 'kinship' : 'foster';
    for (const c of carers) link(c, subject, careKind);
  }
  const household = [mother, ...own.filter(() => chance(0.8))];
  if (chance(0.4)) {
    const lodger = person('male', 1980);
    if (lodger) household.push(lodger);
  }
  doc.households.push({ id: 'h1', label: '', members: household.map((p) => ({ person: p })) });
  return doc;
}

/** fast-check arbitrary: a review-shaped family from any seed. */
export const reviewFamilies = (maxPersons = 60): fc.Arbitrary<GenogramDocument> => fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => reviewFamily(seed, maxPersons));
