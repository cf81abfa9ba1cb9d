import {
  DEFAULT_NOTATION,
  type Gender,
  type GenogramDocument,
  type Household,
  type Id,
  type MultipleBirth,
  type ParentLink,
  type ParentLinkKind,
  type Partnership,
  type PartnershipEvent,
  type Person,
} from '../model/types';
import { maxOf } from '../model/extremes';
import { seededRandom as random } from './seededRandom';


const GIVEN_F = ['Ada', 'Beth', 'Cara', 'Dina', 'Edna', 'Faye', 'Gwen', 'Hana', 'Iris', 'Jade', 'Kate', 'Lena', 'Mia', 'Nora', 'Orla', 'Pia'];
const GIVEN_M = ['Alan', 'Ben', 'Carl', 'Dev', 'Eli', 'Finn', 'Gus', 'Hal', 'Ivo', 'Jon', 'Kai', 'Leo', 'Max', 'Ned', 'Otto', 'Paul'];
const FAMILY = ['Ashby', 'Brook', 'Cole', 'Dale', 'Eves', 'Frost', 'Gray', 'Hale', 'Irwin', 'Joyce', 'Kerr', 'Lowe', 'Marsh', 'Noble'];

/**
 * A made-up family of exactly `personCount` persons for tests and benchmarks:
 * several generations descending from a few founding couples, partners marrying
 * in, remarriages with half-siblings, one-parent families and unknown fathers,
 * twins and triplets, pregnancy losses, adoption and fostering by carers from
 * outside the family, cousins who partner, unrelated persons, and households.
 * The same count and seed always give the same document.
 */
export function syntheticFamily(personCount: number, seed: number): GenogramDocument {
  if (!Number.isInteger(personCount) || personCount < 0) throw new Error(`syntheticFamily: personCount must be a whole number ≥ 0, not ${personCount}`);
  const rnd = random(seed);
  const chance = (p: number) => rnd() < p;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

  const persons: Person[] = [];
  const partnerships: Partnership[] = [];
  const parentLinks: ParentLink[] = [];
  const multipleBirths: MultipleBirth[] = [];
  const households: Household[] = [];
  const byId = new Map<Id, Person>();
  const bornIn = new Map<Id, number>();
  const generationOf = new Map<Id, number>();
  const parentsOf = new Map<Id, Id[]>();
  let counter = 0;
  const room = () => persons.length < personCount;

  const addPerson = (gender: Gender, year: number, generation: number, familyName: string, extra: Partial<Person> = {}): Id | undefined => {
    if (!room()) return undefined;
    const id = `p${++counter}`;
    const given = gender === 'female' ? pick(GIVEN_F) : gender === 'male' ? pick(GIVEN_M) : pick([...GIVEN_F, ...GIVEN_M]);
    const person: Person = { id, gender, givenNames: given, familyName, birth: { year, month: int(1, 12), day: int(1, 28) }, ...extra };
    if (year < 1950 && chance(0.5)) person.death = { year: year + int(50, 85) };
    persons.push(person);
    byId.set(id, person);
    bornIn.set(id, year);
    generationOf.set(id, generation);
    return id;
  };
  const link = (parent: Id, child: Id, kind: ParentLinkKind, from?: number) => {
    parentLinks.push({ id: `l${parentLinks.length + 1}`, parent, child, kind, ...(from ? { from: { year: from } } : {}) });
    if (kind === 'birth') parentsOf.set(child, [...(parentsOf.get(child) ?? []), parent]);
  };
  const partner = (a: Id, b: Id, year: number, ended?: number, kind: 'married' | 'cohabiting' = 'married') => {
    const events: PartnershipEvent[] = [{ type: kind, date: { year } }];
    if (ended !== undefined) events.push({ type: chance(0.6) ? 'divorced' : 'separated', date: { year: ended } });
    partnerships.push({ id: `m${partnerships.length + 1}`, a, b, kind: 'partnership', events });
  };
  const otherGender = (g: Gender): Gender => (g === 'female' ? 'male' : g === 'male' ? 'female' : pick(['female', 'male'] as const));

  /** Persons grown up in the family, waiting to have their own family, oldest generation first. */
  const queue: Id[] = [];

  const addChildren = (parents: Id[], start: number, count: number, generation: number, familyName: string) => {
    const kids: Id[] = [];
    let year = start + int(1, 3);
    for (let i = 0; i < count && room(); i++) {
      if (chance(0.05)) {
        const loss = addPerson('unknown', year, generation, familyName, { pregnancy: { outcome: pick(['miscarriage', 'termination', 'stillbirth'] as const) } });
        if (loss) for (const p of parents) link(p, loss, 'birth');
        year += 1;
        continue;
      }
      const size = chance(0.04) ? (chance(0.15) ? 3 : 2) : 1;
      const births: Id[] = [];
      const month = int(1, 12);
      const day = int(1, 28);
      for (let k = 0; k < size; k++) {
        const child = addPerson(chance(0.02) ? 'nonbinary' : pick(['female', 'male'] as const), year, generation, familyName);
        if (!child) break;
        persons[persons.length - 1]!.birth = { year, month, day };
        for (const p of parents) link(p, child, 'birth');
        births.push(child);
        kids.push(child);
      }
      if (births.length > 1) multipleBirths.push({ id: `t${multipleBirths.length + 1}`, kind: chance(0.3) ? 'identical' : 'fraternal', members: births });
      year += int(1, 4);
    }
    // Shuffle the document order a little: records are rarely entered oldest first.
    if (kids.length > 2 && chance(0.3)) {
      const i = persons.findIndex((p) => p.id === kids[0]);
      const j = persons.findIndex((p) => p.id === kids[kids.length - 1]);
      if (i >= 0 && j >= 0 && !multipleBirths.some((g) => g.members.includes(kids[0]!) || g.members.includes(kids[kids.length - 1]!))) {
        [persons[i], persons[j]] = [persons[j]!, persons[i]!];
      }
    }
    for (const k of kids) if (!byId.get(k)?.pregnancy) queue.push(k);
    return kids;
  };

  const carers = (child: Id, kind: ParentLinkKind, year: number, generation: number) => {
    const a = addPerson('female', year - int(25, 40), generation - 1, pick(FAMILY));
    const b = chance(0.6) ? addPerson('male', year - int(25, 40), generation - 1, persons.at(-1)?.familyName ?? 'Carer') : undefined;
    if (!a) return;
    if (b) partner(a, b, year - int(3, 10));
    link(a, child, kind, year);
    if (b) link(b, child, kind, year);
    households.push({ id: `h${households.length + 1}`, label: `${kind} household`, members: [a, b, child].filter((x): x is Id => !!x).map((person) => ({ person, from: { year } })) });
  };

  const sharesGrandparent = (x: Id, y: Id) => {
    const gx = (parentsOf.get(x) ?? []).flatMap((p) => parentsOf.get(p) ?? []);
    const gy = new Set((parentsOf.get(y) ?? []).flatMap((p) => parentsOf.get(p) ?? []));
    const px = new Set(parentsOf.get(x) ?? []);
    return gx.some((g) => gy.has(g)) && !(parentsOf.get(y) ?? []).some((p) => px.has(p));
  };

  const founders = Math.max(1, Math.round(personCount / 150));
  const startFounders = () => {
    const name = pick(FAMILY);
    const year = int(1880, 1910);
    const a = addPerson('male', year, 0, name);
    const b = addPerson('female', year + int(-3, 3), 0, pick(FAMILY));
    if (a && b) {
      partner(a, b, year + int(20, 28));
      return [a, b] as const;
    }
    return undefined;
  };
  const founderCouples: (readonly [Id, Id])[] = [];
  for (let i = 0; i < founders && room(); i++) {
    const c = startFounders();
    if (c) founderCouples.push(c);
  }
  for (const [a, b] of founderCouples) addChildren([a, b], bornIn.get(a)! + 22, int(2, 5), 1, byId.get(a)!.familyName!);

  let head = 0;
  while (room()) {
    if (head >= queue.length) {
      // Everyone has had their turn: a new unrelated family, or a person with no relatives.
      if (chance(0.3)) addPerson(pick(['female', 'male'] as const), int(1950, 2000), 0, pick(FAMILY));
      else {
        const c = startFounders();
        if (c) addChildren([c[0], c[1]], bornIn.get(c[0])! + 22, int(2, 4), 1, byId.get(c[0])!.familyName!);
      }
      continue;
    }
    const person = queue[head++]!;
    const me = byId.get(person)!;
    const year = bornIn.get(person)!;
    const generation = generationOf.get(person)!;
    if (year > 2005 || chance(0.15)) continue; // too young, or no family of their own
    const surname = me.gender === 'male' ? me.familyName! : pick(FAMILY);

    // One-parent family with the other parent unknown or unrecorded.
    if (chance(0.07)) {
      const parents = [person];
      if (chance(0.5)) {
        const unknown = addPerson(otherGender(me.gender), year, generation, '', { placeholder: true });
        if (unknown) {
          delete persons[persons.length - 1]!.birth;
          delete persons[persons.length - 1]!.death;
          delete persons[persons.length - 1]!.givenNames;
          parents.push(unknown);
        }
      }
      addChildren(parents, year + int(17, 30), int(1, 3), generation + 1, surname);
      continue;
    }

    // A cousin from another branch who is still waiting.
    let spouse: Id | undefined;
    if (chance(0.06)) {
      for (let k = head; k < Math.min(queue.length, head + 40); k++) {
        const other = queue[k]!;
        if (generationOf.get(other) === generation && sharesGrandparent(person, other)) {
          spouse = other;
          queue.splice(k, 1);
          break;
        }
      }
    }
    spouse ??= addPerson(otherGender(me.gender), year + int(-4, 4), generation, pick(FAMILY));
    if (!spouse) break;
    const start = year + int(20, 30);
    const remarries = chance(0.2);
    const end = remarries ? start + int(4, 10) : undefined;
    partner(person, spouse, start, end, chance(0.3) ? 'cohabiting' : 'married');
    const kids = addChildren([person, spouse], start, int(0, 4), generation + 1, surname);
    if (kids.length && chance(0.25)) {
      households.push({ id: `h${households.length + 1}`, label: `${surname} household`, members: [person, spouse, ...kids].map((p) => ({ person: p })) });
    }
    const someChild = kids.find((k) => !byId.get(k)?.pregnancy);
    if (someChild && chance(0.08)) carers(someChild, pick(['foster', 'kinship', 'special-guardianship'] as const), bornIn.get(someChild)! + int(1, 8), generation + 1);
    else if (someChild && chance(0.04)) carers(someChild, 'adoptive', bornIn.get(someChild)! + int(0, 3), generation + 1);
    if (remarries && end !== undefined) {
      const second = addPerson(otherGender(me.gender), year + int(-6, 6), generation, pick(FAMILY));
      if (!second) break;
      partner(person, second, end + int(1, 3));
      addChildren([person, second], end + 1, int(1, 3), generation + 1, surname);
    }
  }

  // Generations run on past today; the reference date is set after the last birth, so everyone
  // is drawn and the family looks the same whatever day it is generated.
  const lastYear = Math.max(0, maxOf(bornIn.values()));
  return {
    id: `synthetic-${personCount}-${seed}`,
    settings: {
      title: `Synthetic family (${personCount} persons, seed ${seed})`,
      asAt: { year: lastYear + 1, month: 12, day: 31 },
      notation: { ...DEFAULT_NOTATION },
    },
    persons,
    partnerships,
    parentLinks,
    multipleBirths,
    relationships: [],
    households,
  };
}
