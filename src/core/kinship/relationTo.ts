import { compareDates, sortKey, today } from '../dates/partialDate';
import { isMemberAt } from '../households/membershipAt';
import { indexDocument, partnerOf } from '../model/documentIndex';
import { partnershipStateAt } from '../model/partnershipState';
import type { Gender, GenogramDocument, Id, ParentLink, ParentLinkKind, PartialDate, Partnership, Person, SignificantOther } from '../model/types';
import { bloodTerm, sided, type Side } from './bloodTerms';
import { memberPeriods } from '../households/memberPeriods';

/**
 * How a person is connected to the subject:
 * - blood: through birth links only (mother, maternal half-brother, paternal cousin)
 * - care: through an adoptive, foster, kinship or special guardianship link (adoptive mother, foster carer)
 * - partner: the subject's own partners, and a parent's partners who are not step-parents ("mother's partner")
 * - step: step-parents (married to or in a civil partnership with a parent), step-siblings,
 *   step-grandparents, and anyone else reached through a parent's partner
 * - in-law: reached through the partnership or family of a relative ("sister-in-law", "aunt's husband")
 * - role: no family link, named by their role in the child's life ("lodger", "mother's friend", "household member")
 * - none: no known connection
 */
export type RelationKind = 'blood' | 'step' | 'in-law' | 'care' | 'partner' | 'role' | 'none';

export interface Relation {
  /**
   * Lower-case English, as a reviewer writes it: "maternal grandmother", "mother's former husband",
   * "maternal great-aunt's husband; foster carer of maternal half-brother". Kinship comes first;
   * care roles and roles outside the family follow, each after "; ".
   */
  term: string;
  kind: RelationKind;
  /**
   * The people the relation runs through, from the subject to the person; empty when there is
   * none, or when the person is named by a role alone (a lodger, a household member).
   */
  path: Id[];
}

type Role = 'self' | 'parent' | 'sibling' | 'child' | 'grandparent' | 'own-partner' | 'step-parent' | 'parent-in-law' | 'other';

/** What the expansion rules need to know about a person already placed. */
interface Placed {
  relation: Relation;
  /** The term without added care and outside roles, for building "X's partner". */
  base: string;
  /** Kind given to people reached through this person by a birth or partner link. */
  via: RelationKind;
  role: Role;
  /** For grandparents: generations up and side, to build step-grandparent terms. */
  up?: number;
  side?: Side;
  /** For the subject's partner: married or civil partners at the date. */
  formal?: boolean;
  /** For a parent reached from someone outside the blood family: that person, so the parent's other children are their siblings. */
  parentOf?: { id: Id; base: string };
}

const NO_RELATION: Relation = { term: 'no known relation', kind: 'none', path: [] };
const KIN_LINKS: readonly ParentLinkKind[] = ['birth', 'adoptive'];
const ALL_LINKS: readonly ParentLinkKind[] = ['birth', 'adoptive', 'foster', 'kinship', 'special-guardianship'];
const CARE_KINDS: readonly ParentLinkKind[] = ['adoptive', 'foster', 'kinship', 'special-guardianship'];
const cache = new WeakMap<GenogramDocument, Map<string, Map<Id, Relation>>>();

function gendered(gender: Gender | undefined, female: string, male: string, neutral: string): string {
  return gender === 'female' ? female : gender === 'male' ? male : neutral;
}

/** The relation of `other` to `subject` at the date (the document's reference date, or today). */
export function relationTo(doc: GenogramDocument, subject: Id, other: Id, asAt?: PartialDate): Relation {
  return relationsToSubject(doc, subject, asAt).get(other) ?? NO_RELATION;
}

/**
 * The relation of every person in the document to the subject, at the date. One pass over
 * the family, kinship first: the subject's ancestors, then each ancestor's descendants
 * (nearest ancestor first, so each person is named through their closest common ancestor),
 * then a breadth-first walk over partners, birth and adoptive links and roles ("mother's
 * friend"). Only then care: the subject's carers, and carers of relatives, are named by their
 * kinship first and their care role after; the people reached only through care links come
 * next, then those known only by a role or a shared household. Linear in persons + links;
 * cached per document, subject and date.
 */
export function relationsToSubject(doc: GenogramDocument, subject: Id, asAt?: PartialDate): Map<Id, Relation> {
  const at = asAt ?? doc.settings.asAt ?? today();
  const key = `${subject}@${sortKey(at)}`;
  let perDoc = cache.get(doc);
  if (!perDoc) cache.set(doc, (perDoc = new Map()));
  const cached = perDoc.get(key);
  if (cached) return cached;
  const result = computeRelations(doc, subject, at);
  perDoc.set(key, result);
  return result;
}

type PlaceFn = (id: Id, p: Placed) => void;
type GenderOf = (id: Id) => Gender | undefined;

interface Walk {
  doc: GenogramDocument;
  at: PartialDate;
  placed: Map<Id, Placed>;
  place: PlaceFn;
  order: Id[];
  genderOf: GenderOf;
  /** Persons whose role names whose partner or friend they are, by that person. */
  rolesOf: Map<Id, Person[]>;
  /** "former " or "ex-": how an ended partnership's partner is named (the document's choice). */
  ended: string;
}

function computeRelations(doc: GenogramDocument, subject: Id, at: PartialDate): Map<Id, Relation> {
  const index = indexDocument(doc);
  if (!index.person.has(subject)) return new Map(doc.persons.map((p) => [p.id, NO_RELATION]));
  const placed = new Map<Id, Placed>();
  const order: Id[] = [];
  const place = (id: Id, p: Placed) => {
    placed.set(id, p);
    order.push(id);
  };
  const rolesOf = new Map<Id, Person[]>();
  for (const p of doc.persons) {
    const of = p.significantOther?.of;
    if (of === undefined || of === p.id) continue;
    const list = rolesOf.get(of);
    // Appended in place: copying the list for each person was quadratic in the persons named by one.
    if (list) list.push(p);
    else rolesOf.set(of, [p]);
  }
  const ended = doc.settings.endedPartnerWord === 'ex' ? 'ex-' : 'former ';
  const walk: Walk = { doc, at, placed, place, order, genderOf: (id) => index.person.get(id)?.gender, rolesOf, ended };

  place(subject, { relation: { term: 'self', kind: 'blood', path: [subject] }, base: 'self', via: 'in-law', role: 'self' });
  placeBloodAndAdoptive(walk, subject);
  walkOutward(walk, [...order], KIN_LINKS);
  placeSubjectCarers(walk, subject);
  addCareRolesOfRelatives(walk, subject);
  walkOutward(walk, [...order], ALL_LINKS);
  const roleOnly = placeByRoleOrHousehold(walk, subject);
  walkOutward(walk, roleOnly, ALL_LINKS);
  addOutsideRoles(walk);

  const result = new Map<Id, Relation>();
  for (const person of doc.persons) result.set(person.id, placed.get(person.id)?.relation ?? NO_RELATION);
  return result;
}

interface Ancestor {
  id: Id;
  up: number;
  /** The person one generation below on the way to the subject. */
  below: Id;
  adoptive: boolean;
}

/**
 * Ancestors through the given link kinds, nearest first. People already placed are neither
 * listed nor climbed through, so a birth relative who also adopted keeps the birth term.
 */
function climb(doc: GenogramDocument, subject: Id, kinds: readonly ParentLinkKind[], placed: Map<Id, Placed>): Ancestor[] {
  const { parentLinksOf } = indexDocument(doc);
  const found = new Map<Id, Ancestor>();
  let frontier: { id: Id; adoptive: boolean }[] = [{ id: subject, adoptive: false }];
  for (let up = 1; frontier.length > 0; up++) {
    const next: typeof frontier = [];
    for (const child of frontier) {
      for (const link of parentLinksOf.get(child.id) ?? []) {
        if (!kinds.includes(link.kind) || placed.has(link.parent) || found.has(link.parent)) continue;
        const adoptive = child.adoptive || link.kind === 'adoptive';
        found.set(link.parent, { id: link.parent, up, below: child.id, adoptive });
        next.push({ id: link.parent, adoptive });
      }
    }
    frontier = next;
  }
  return [...found.values()];
}

function pathUp(ancestors: Map<Id, Ancestor>, subject: Id, top: Id): Id[] {
  const path: Id[] = [];
  for (let id: Id | undefined = top; id !== undefined && id !== subject; id = ancestors.get(id)?.below) path.push(id);
  path.push(subject);
  return path.reverse();
}

/** Two children of one ancestor are half-siblings when each has a birth parent the other lacks. */
function areHalfSiblings(doc: GenogramDocument, x: Id, y: Id): boolean {
  const { parentLinksOf } = indexDocument(doc);
  const parents = (id: Id) => new Set((parentLinksOf.get(id) ?? []).filter((l) => l.kind === 'birth').map((l) => l.parent));
  const px = parents(x);
  const py = parents(y);
  const shared = [...px].filter((p) => py.has(p)).length;
  if (shared === 0) return false;
  return [...px].some((p) => !py.has(p)) && [...py].some((p) => !px.has(p));
}

function placeBloodAndAdoptive(walk: Walk, subject: Id): void {
  const { doc, placed, genderOf } = walk;
  const index = indexDocument(doc);
  const adoptiveParentGenders = new Set(
    (index.parentLinksOf.get(subject) ?? []).filter((l) => l.kind === 'adoptive').map((l) => genderOf(l.parent)),
  );
  const birthAncestors = climb(doc, subject, ['birth'], placed);
  placeAncestorsAndDescendants(walk, subject, birthAncestors, true, adoptiveParentGenders);
  const adoptiveAncestors = climb(doc, subject, ['birth', 'adoptive'], placed);
  placeAncestorsAndDescendants(walk, subject, adoptiveAncestors, false, adoptiveParentGenders);
}

function placeAncestorsAndDescendants(
  walk: Walk,
  subject: Id,
  ancestors: Ancestor[],
  withSubject: boolean,
  adoptiveParentGenders: Set<Gender | undefined>,
): void {
  const { doc, placed, place, genderOf } = walk;
  const index = indexDocument(doc);
  const byId = new Map(ancestors.map((a) => [a.id, a]));

  for (const a of ancestors) {
    const path = pathUp(byId, subject, a.id);
    const side = sideOf(genderOf(path[1] ?? subject));
    let term = bloodTerm(a.up, 0, genderOf(a.id) ?? 'unknown', side, false);
    if (a.adoptive) term = `adoptive ${term}`;
    else if (a.up === 1 && adoptiveParentGenders.size > 0) {
      const gender = genderOf(a.id);
      const same = gender === 'female' || gender === 'male' ? adoptiveParentGenders.has(gender) : true;
      if (same) term = `birth ${term}`;
    }
    const role = a.up === 1 ? 'parent' : 'grandparent';
    place(a.id, { relation: { term, kind: a.adoptive ? 'care' : 'blood', path }, base: term, via: a.adoptive ? 'care' : 'in-law', role, up: a.up, side });
  }

  // Descendants of the subject first (as an ancestor 0 generations up), then of each ancestor, nearest first.
  const tops: Ancestor[] = withSubject ? [{ id: subject, up: 0, below: subject, adoptive: false }, ...ancestors] : ancestors;
  for (const top of tops) {
    const upPath = top.up === 0 ? [subject] : pathUp(byId, subject, top.id);
    const subjectSideChild = top.up === 0 ? undefined : top.below;
    const side = sideOf(genderOf(upPath[1] ?? subject));
    let frontier: { id: Id; path: Id[]; adoptive: boolean }[] = [{ id: top.id, path: upPath, adoptive: top.adoptive }];
    for (let down = 1; frontier.length > 0; down++) {
      const next: typeof frontier = [];
      for (const node of frontier) {
        for (const link of index.childLinksOf.get(node.id) ?? []) {
          if (!KIN_LINKS.includes(link.kind) || placed.has(link.child)) continue;
          const path = [...node.path, link.child];
          const adoptive = node.adoptive || link.kind === 'adoptive';
          const sideChild = path[upPath.length];
          const half = !adoptive && subjectSideChild !== undefined && sideChild !== undefined && areHalfSiblings(doc, subjectSideChild, sideChild);
          let term = bloodTerm(top.up, down, genderOf(link.child) ?? 'unknown', side, half);
          if (top.up === 1 && down === 1 && !half && !adoptive && isTwinOf(doc, subject, link.child)) term = `twin ${term}`;
          if (adoptive) term = `adoptive ${term}`;
          // Only a full sibling's partner is a sibling-in-law; a half-sibling's stays "maternal half-sister's husband".
          const role: Role = top.up === 1 && down === 1 && !half ? 'sibling' : top.up === 0 && down === 1 ? 'child' : 'other';
          place(link.child, { relation: { term, kind: adoptive ? 'care' : 'blood', path }, base: term, via: adoptive ? 'care' : 'in-law', role });
          next.push({ id: link.child, path, adoptive });
        }
      }
      frontier = next;
    }
  }
}

function sideOf(gender: Gender | undefined): Side {
  return gender === 'female' ? 'maternal' : gender === 'male' ? 'paternal' : undefined;
}

function isTwinOf(doc: GenogramDocument, a: Id, b: Id): boolean {
  const group = indexDocument(doc).multipleBirthOf.get(a);
  return !!group && group.members.includes(b);
}

/** Timing of a care link at the date: "former" once ended, "later" before it starts. */
function timed(link: ParentLink, at: PartialDate, role: string): string {
  const when = sortKey(at);
  if (link.to && sortKey(link.to) <= when) return `former ${role}`;
  if (link.from && sortKey(link.from) > when) return `later ${role}`;
  return role;
}

function careRole(link: ParentLink, gender: Gender | undefined): string {
  switch (link.kind) {
    case 'adoptive':
      return `adoptive ${gendered(gender, 'mother', 'father', 'parent')}`;
    case 'foster':
      return 'foster carer';
    case 'kinship':
      return 'kinship carer';
    case 'special-guardianship':
      return 'special guardian';
    default:
      return gendered(gender, 'mother', 'father', 'parent');
  }
}

/** Adds "; role" to a placed person's term, once. */
function addRole(p: Placed, role: string): void {
  const parts = p.relation.term.split('; ');
  if (parts.includes(role) || p.base === role) return;
  p.relation = { ...p.relation, term: `${p.relation.term}; ${role}` };
}

/** The subject's adoptive parents, foster, kinship carers and special guardians; a relative who is also a carer gets both. */
function placeSubjectCarers(walk: Walk, subject: Id): void {
  const { doc, at, placed, place, genderOf } = walk;
  for (const link of indexDocument(doc).parentLinksOf.get(subject) ?? []) {
    if (!CARE_KINDS.includes(link.kind) || link.parent === subject) continue;
    const role = timed(link, at, careRole(link, genderOf(link.parent)));
    const existing = placed.get(link.parent);
    if (existing) {
      addRole(existing, role);
      continue;
    }
    place(link.parent, { relation: { term: role, kind: 'care', path: [subject, link.parent] }, base: role, via: 'care', role: link.kind === 'adoptive' ? 'parent' : 'other' });
  }
}

/** A relative who cares for another relative keeps their kinship and adds "; foster carer of maternal half-brother". */
function addCareRolesOfRelatives(walk: Walk, subject: Id): void {
  const { doc, at, placed, genderOf } = walk;
  for (const link of doc.parentLinks) {
    if (link.kind === 'birth' || link.kind === 'adoptive' || link.child === subject || link.child === link.parent) continue;
    const carer = placed.get(link.parent);
    const child = placed.get(link.child);
    if (!carer || !child || carer.role === 'self') continue;
    addRole(carer, `${timed(link, at, careRole(link, genderOf(link.parent)))} of ${child.base}`);
  }
}

/** "husband", "civil partner", "former husband" (or "ex-husband"), "late wife", "later partner" for the partner in a couple at the date. */
function partnerStatus(walk: Walk, p: Partnership, partner: Id): { word: string; formal: boolean } {
  const state = partnershipStateAt(p, walk.at);
  if (state.notYetStarted) return { word: 'later partner', formal: false };
  const upToDate = p.events.filter((e) => !e.date || compareDates(e.date, walk.at) <= 0);
  const married = upToDate.some((e) => e.type === 'married');
  const civil = upToDate.some((e) => e.type === 'civil-partnership');
  const noun = married ? gendered(walk.genderOf(partner), 'wife', 'husband', 'spouse') : civil ? 'civil partner' : 'partner';
  const person = indexDocument(walk.doc).person.get(partner);
  const dead = !!person && (person.death ? compareDates(person.death, walk.at) <= 0 : !!person.deceased);
  if (state.ended === 'separated') return { word: married || civil ? `separated ${noun}` : `${walk.ended}partner`, formal: false };
  if (state.ended === 'divorced' || state.ended === 'ended') return { word: `${walk.ended}${noun}`, formal: false };
  // Widowed: the partner who died is "late"; the one left keeps their place (a widowed step-father is still one).
  if (dead) return { word: `late ${noun}`, formal: false };
  return { word: noun, formal: state.line === 'married' };
}

function childWord(link: ParentLink, gender: Gender | undefined): string {
  const base = gendered(gender, 'daughter', 'son', 'child');
  switch (link.kind) {
    case 'birth':
      return base;
    case 'adoptive':
      return `adopted ${base}`;
    case 'foster':
      return 'foster child';
    case 'kinship':
      return 'child in kinship care';
    case 'special-guardianship':
      return 'child under special guardianship';
  }
}

function possessive(term: string): string {
  return `${term}'s`;
}

/**
 * The words for a role outside the family, given the term (or name) of whose partner or friend
 * the person is ("self" for the subject): "mother's partner", "lodger", "family friend".
 */
export function roleWord(role: SignificantOther, ofBase: string | undefined): string {
  const own = ofBase === 'self';
  const whose = (what: string) => (ofBase === undefined ? what : own ? what : `${possessive(ofBase)} ${what}`);
  switch (role.role) {
    case 'partner':
      return ofBase === undefined ? (role.of === undefined ? 'partner (whose not recorded)' : 'partner of someone outside the family') : whose('partner');
    case 'friend':
      return ofBase === undefined ? 'family friend' : whose('friend');
    case 'lodger':
      return whose('lodger');
    case 'household-member':
      return ofBase === undefined || own ? 'household member' : `member of ${ofBase}'s household`;
    case 'other': {
      const text = role.text?.trim().toLowerCase() || 'adult known to the family';
      return ofBase === undefined || own ? text : whose(text);
    }
  }
}

/** Everyone else reachable through the given link kinds, partners and roles, breadth-first, nearest first. */
function walkOutward(walk: Walk, start: Id[], kinds: readonly ParentLinkKind[]): void {
  const { doc, at, placed, place, genderOf } = walk;
  const index = indexDocument(doc);
  const queue = [...start].sort((a, b) => placed.get(a)!.relation.path.length - placed.get(b)!.relation.path.length);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    const from = placed.get(id)!;
    const visit = (other: Id, p: Placed) => {
      // Reached only through someone known by a role ("lodger's son"): no family link either.
      const placed: Placed = from.relation.path.length ? p : { ...p, relation: { ...p.relation, kind: 'role' }, via: 'role' };
      place(other, placed);
      queue.push(other);
    };
    // Someone known only by a role has no path from the subject, and nor do their relatives.
    const path = (other: Id) => (from.relation.path.length ? [...from.relation.path, other] : []);
    const make = (term: string, kind: RelationKind, other: Id, role: Role = 'other', via: RelationKind = kind): Placed => ({
      relation: { term, kind, path: path(other) },
      base: term,
      via,
      role,
    });

    for (const partnership of index.partnershipsOf.get(id) ?? []) {
      const other = partnerOf(partnership, id);
      if (placed.has(other) || other === id) continue;
      const { word, formal } = partnerStatus(walk, partnership, other);
      visit(other, partnerRelation(from, word, formal, genderOf(other), path(other)));
    }
    for (const link of index.childLinksOf.get(id) ?? []) {
      if (placed.has(link.child) || !kinds.includes(link.kind)) continue;
      const gender = genderOf(link.child);
      const familyLink = link.kind === 'birth' || link.kind === 'adoptive';
      if (from.role === 'step-parent' && familyLink) {
        visit(link.child, make(gendered(gender, 'step-sister', 'step-brother', 'step-sibling'), 'step', link.child));
      } else if (from.role === 'own-partner' && from.formal && familyLink) {
        visit(link.child, make(gendered(gender, 'step-daughter', 'step-son', 'step-child'), 'step', link.child));
      } else if (from.role === 'parent-in-law' && link.kind === 'birth') {
        visit(link.child, make(gendered(gender, 'sister-in-law', 'brother-in-law', 'sibling-in-law'), 'in-law', link.child));
      } else if (from.parentOf && link.kind === 'birth') {
        // Another child of a step-father's mother is the step-father's brother, not "his mother's son".
        const half = areHalfSiblings(doc, from.parentOf.id, link.child) ? 'half-' : '';
        visit(link.child, make(`${possessive(from.parentOf.base)} ${half}${gendered(gender, 'sister', 'brother', 'sibling')}`, from.via, link.child));
      } else {
        const kind: RelationKind = link.kind === 'birth' ? from.via : 'care';
        visit(link.child, make(`${possessive(from.base)} ${childWord(link, gender)}`, kind, link.child));
      }
    }
    for (const link of index.parentLinksOf.get(id) ?? []) {
      if (placed.has(link.parent) || !kinds.includes(link.kind)) continue;
      const gender = genderOf(link.parent);
      if (from.role === 'own-partner' && from.formal && link.kind === 'birth') {
        visit(link.parent, make(gendered(gender, 'mother-in-law', 'father-in-law', 'parent-in-law'), 'in-law', link.parent, 'parent-in-law'));
      } else if (link.kind === 'birth' || link.kind === 'adoptive') {
        const kind: RelationKind = link.kind === 'birth' ? from.via : 'care';
        visit(link.parent, { ...make(`${possessive(from.base)} ${careRole(link, gender)}`, kind, link.parent), parentOf: { id, base: from.base } });
      } else {
        // Carers are named by what they do for whom ("foster carer of maternal half-brother"); their
        // own relatives through the possessive ("maternal half-brother's foster carer's son"), which cannot be misread.
        const role = timed(link, at, careRole(link, gender));
        visit(link.parent, { ...make(`${role} of ${from.base}`, 'care', link.parent), base: `${possessive(from.base)} ${role}` });
      }
    }
    for (const person of walk.rolesOf.get(id) ?? []) {
      if (placed.has(person.id)) continue;
      const term = roleWord(person.significantOther!, from.base);
      const kind: RelationKind = person.significantOther!.role === 'partner' ? 'partner' : 'role';
      visit(person.id, make(term, kind, person.id, 'other', 'role'));
    }
  }
}

function partnerRelation(from: Placed, word: string, formal: boolean, gender: Gender | undefined, path: Id[]): Placed {
  const make = (term: string, kind: RelationKind, via: RelationKind, role: Role = 'other'): Placed => ({
    relation: { term, kind, path },
    base: term,
    via,
    role,
  });
  const chain = (kind: RelationKind, via: RelationKind = kind) => make(`${possessive(from.base)} ${word}`, kind, via);
  switch (from.role) {
    case 'self':
      return { ...make(word, 'partner', 'in-law', 'own-partner'), formal };
    case 'parent':
      if (formal) return make(gendered(gender, 'step-mother', 'step-father', 'step-parent'), 'step', 'step', 'step-parent');
      return chain('partner', 'step');
    case 'sibling':
      if (formal) return make(gendered(gender, 'sister-in-law', 'brother-in-law', 'sibling-in-law'), 'in-law', 'in-law');
      return chain('in-law');
    case 'child':
      if (formal) return make(gendered(gender, 'daughter-in-law', 'son-in-law', 'child-in-law'), 'in-law', 'in-law');
      return chain('in-law');
    case 'grandparent': {
      if (formal && from.up !== undefined) {
        const greats = 'great-'.repeat(Math.max(0, from.up - 2));
        return make(sided(from.side, `step-${greats}${gendered(gender, 'grandmother', 'grandfather', 'grandparent')}`), 'step', 'step');
      }
      return chain('step');
    }
    default:
      return chain(from.via === 'blood' ? 'in-law' : from.via, from.via);
  }
}

/**
 * People no family link reaches: named by their role ("lodger", "family friend"), or, sharing a
 * household with the subject at the date, "household member" (or "visitor"). Returns them, so
 * the walk can go on to their own relatives ("lodger's son").
 */
function placeByRoleOrHousehold(walk: Walk, subject: Id): Id[] {
  const { doc, at, placed, place } = walk;
  const found: Id[] = [];
  const placeRole = (id: Id, term: string) => {
    place(id, { relation: { term, kind: 'role', path: [] }, base: term, via: 'role', role: 'other' });
    found.push(id);
  };
  for (const p of doc.persons) {
    if (placed.has(p.id) || !p.significantOther) continue;
    const of = p.significantOther.of;
    placeRole(p.id, roleWord(p.significantOther, of !== undefined ? placed.get(of)?.base : undefined));
  }
  for (const h of doc.households) {
    const subjectThere = memberPeriods(h).filter((m) => m.person === subject && isMemberAt(m, at));
    if (subjectThere.length === 0) continue;
    const subjectVisits = subjectThere.every((m) => m.visiting);
    for (const m of memberPeriods(h)) {
      if (placed.has(m.person) || m.person === subject || !isMemberAt(m, at) || !indexDocument(doc).person.has(m.person)) continue;
      placeRole(m.person, m.visiting ? 'visitor' : subjectVisits ? 'member of a household the child visits' : 'household member');
    }
  }
  return found;
}

/** A relative who also has a role outside the family ("maternal cousin; lodger") keeps both. */
function addOutsideRoles(walk: Walk): void {
  for (const p of walk.doc.persons) {
    const role = p.significantOther;
    const placed = walk.placed.get(p.id);
    if (!role || !placed || placed.via === 'role' || placed.relation.kind === 'role' || role.role === 'partner') continue;
    const of = role.of !== undefined ? walk.placed.get(role.of)?.base : undefined;
    addRole(placed, roleWord(role, of));
  }
}
