import { sortKey, today } from '../dates/partialDate';
import { indexDocument, partnerOf } from '../model/documentIndex';
import { partnershipStateAt } from '../model/partnershipState';
import type { Gender, GenogramDocument, Id, ParentLink, ParentLinkKind, PartialDate, Partnership } from '../model/types';
import { bloodTerm, type Side } from './bloodTerms';

/**
 * How a person is connected to the subject:
 * - blood: through birth links only (mother, half-brother, cousin)
 * - care: through an adoptive, foster, kinship or special guardianship link (adoptive mother, foster carer)
 * - partner: the subject's own partners, and a parent's partners who are not step-parents ("mother's partner")
 * - step: step-parents (married to or in a civil partnership with a parent), step-siblings,
 *   step-grandparents, and anyone else reached through a parent's partner
 * - in-law: reached through the partnership or family of a relative ("sister-in-law", "aunt's husband")
 * - none: no known connection
 */
export type RelationKind = 'blood' | 'step' | 'in-law' | 'care' | 'partner' | 'none';

export interface Relation {
  /** Lower-case English, as a reviewer writes it: "maternal grandmother", "mother's former partner". */
  term: string;
  kind: RelationKind;
  /** The people the relation runs through, from the subject to the person; empty when none. */
  path: Id[];
}

/** What the expansion rules need to know about a person already placed. */
interface Placed {
  relation: Relation;
  /** The term without added care roles, for building "X's partner". */
  base: string;
  /** Kind given to people reached through this person by a birth or partner link. */
  via: RelationKind;
  role: 'self' | 'parent' | 'sibling' | 'child' | 'grandparent' | 'own-partner' | 'step-parent' | 'other';
  /** For grandparents: generations up and side, to build step-grandparent terms. */
  up?: number;
  side?: Side;
  /** For the subject's partner: married or civil partners at the date. */
  formal?: boolean;
}

const NO_RELATION: Relation = { term: 'no known relation', kind: 'none', path: [] };
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
 * The relation of every person in the document to the subject. One pass over the family:
 * the subject's ancestors, then each ancestor's descendants (nearest ancestor first, so each
 * person is named through their closest common ancestor), then the subject's carers, then a
 * breadth-first walk over partners, parents and children for everyone else. Linear in
 * persons + links; cached per document, subject and date.
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

function computeRelations(doc: GenogramDocument, subject: Id, at: PartialDate): Map<Id, Relation> {
  const index = indexDocument(doc);
  const genderOf = (id: Id): Gender | undefined => index.person.get(id)?.gender;
  const placed = new Map<Id, Placed>();
  const order: Id[] = [];
  const place = (id: Id, p: Placed) => {
    placed.set(id, p);
    order.push(id);
  };

  if (!index.person.has(subject)) return new Map(doc.persons.map((p) => [p.id, NO_RELATION]));
  place(subject, { relation: { term: 'self', kind: 'blood', path: [subject] }, base: 'self', via: 'in-law', role: 'self' });

  placeBloodAndAdoptive(doc, subject, placed, place, genderOf);
  placeCarers(doc, subject, at, placed, place, genderOf);
  walkOutward(doc, at, placed, place, order, genderOf);

  const result = new Map<Id, Relation>();
  for (const person of doc.persons) result.set(person.id, placed.get(person.id)?.relation ?? NO_RELATION);
  return result;
}

type PlaceFn = (id: Id, p: Placed) => void;
type GenderOf = (id: Id) => Gender | undefined;

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

function placeBloodAndAdoptive(
  doc: GenogramDocument,
  subject: Id,
  placed: Map<Id, Placed>,
  place: PlaceFn,
  genderOf: GenderOf,
): void {
  const index = indexDocument(doc);
  const adoptiveParentGenders = new Set(
    (index.parentLinksOf.get(subject) ?? []).filter((l) => l.kind === 'adoptive').map((l) => genderOf(l.parent)),
  );
  const birthAncestors = climb(doc, subject, ['birth'], placed);
  placeAncestorsAndDescendants(doc, subject, birthAncestors, true, placed, place, genderOf, adoptiveParentGenders);
  const adoptiveAncestors = climb(doc, subject, ['birth', 'adoptive'], placed);
  placeAncestorsAndDescendants(doc, subject, adoptiveAncestors, false, placed, place, genderOf, adoptiveParentGenders);
}

function placeAncestorsAndDescendants(
  doc: GenogramDocument,
  subject: Id,
  ancestors: Ancestor[],
  withSubject: boolean,
  placed: Map<Id, Placed>,
  place: PlaceFn,
  genderOf: GenderOf,
  adoptiveParentGenders: Set<Gender | undefined>,
): void {
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
  const downKinds: readonly ParentLinkKind[] = ['birth', 'adoptive'];
  for (const top of tops) {
    const upPath = top.up === 0 ? [subject] : pathUp(byId, subject, top.id);
    const subjectSideChild = top.up === 0 ? undefined : top.below;
    const side = sideOf(genderOf(upPath[1] ?? subject));
    let frontier: { id: Id; path: Id[]; adoptive: boolean }[] = [{ id: top.id, path: upPath, adoptive: top.adoptive }];
    for (let down = 1; frontier.length > 0; down++) {
      const next: typeof frontier = [];
      for (const node of frontier) {
        for (const link of index.childLinksOf.get(node.id) ?? []) {
          if (!downKinds.includes(link.kind) || placed.has(link.child)) continue;
          const path = [...node.path, link.child];
          const adoptive = node.adoptive || link.kind === 'adoptive';
          const sideChild = path[upPath.length];
          const half = !adoptive && subjectSideChild !== undefined && sideChild !== undefined && areHalfSiblings(doc, subjectSideChild, sideChild);
          let term = bloodTerm(top.up, down, genderOf(link.child) ?? 'unknown', side, half);
          if (top.up === 1 && down === 1 && !half && !adoptive && isTwinOf(doc, subject, link.child)) term = `twin ${term}`;
          if (adoptive) term = `adoptive ${term}`;
          const role = top.up === 1 && down === 1 ? 'sibling' : top.up === 0 && down === 1 ? 'child' : 'other';
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

/** The subject's adoptive parents, foster, kinship carers and special guardians; a relative who is also a carer gets both. */
function placeCarers(doc: GenogramDocument, subject: Id, at: PartialDate, placed: Map<Id, Placed>, place: PlaceFn, genderOf: GenderOf): void {
  for (const link of indexDocument(doc).parentLinksOf.get(subject) ?? []) {
    if (!CARE_KINDS.includes(link.kind) || link.parent === subject) continue;
    const role = timed(link, at, careRole(link, genderOf(link.parent)));
    const existing = placed.get(link.parent);
    if (existing) {
      if (existing.relation.term !== role && !existing.relation.term.endsWith(` and ${role}`)) {
        existing.relation = { ...existing.relation, term: `${existing.relation.term} and ${role}` };
      }
      continue;
    }
    const role0 = link.kind === 'adoptive' ? 'parent' : 'other';
    place(link.parent, { relation: { term: role, kind: 'care', path: [subject, link.parent] }, base: role, via: 'care', role: role0 });
  }
}

/** "husband", "civil partner", "former partner", "later partner" for the partner in a couple at the date. */
function partnerWord(p: Partnership, partner: Id, at: PartialDate, genderOf: GenderOf): { word: string; formal: boolean } {
  const state = partnershipStateAt(p, at);
  if (state.notYetStarted) return { word: 'later partner', formal: false };
  if (state.ended && state.ended !== 'widowed') return { word: 'former partner', formal: false };
  if (state.line === 'married') {
    const civil = p.events.some((e) => e.type === 'civil-partnership') && !p.events.some((e) => e.type === 'married');
    return { word: civil ? 'civil partner' : gendered(genderOf(partner), 'wife', 'husband', 'spouse'), formal: true };
  }
  return { word: 'partner', formal: false };
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

function parentWord(link: ParentLink, gender: Gender | undefined): string {
  return link.kind === 'birth' ? gendered(gender, 'mother', 'father', 'parent') : careRole(link, gender);
}

function possessive(term: string): string {
  return `${term}'s`;
}

/** Everyone else, breadth-first from the people already placed, nearest first. */
function walkOutward(
  doc: GenogramDocument,
  at: PartialDate,
  placed: Map<Id, Placed>,
  place: PlaceFn,
  order: Id[],
  genderOf: GenderOf,
): void {
  const index = indexDocument(doc);
  const queue = [...order].sort((a, b) => placed.get(a)!.relation.path.length - placed.get(b)!.relation.path.length);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    const from = placed.get(id)!;
    const visit = (other: Id, p: Placed) => {
      place(other, p);
      queue.push(other);
    };
    const path = (other: Id) => [...from.relation.path, other];

    for (const partnership of index.partnershipsOf.get(id) ?? []) {
      const other = partnerOf(partnership, id);
      if (placed.has(other) || other === id) continue;
      const { word, formal } = partnerWord(partnership, other, at, genderOf);
      visit(other, partnerRelation(from, word, formal, genderOf(other), path(other)));
    }
    for (const link of index.childLinksOf.get(id) ?? []) {
      if (placed.has(link.child)) continue;
      const gender = genderOf(link.child);
      if (from.role === 'step-parent' && (link.kind === 'birth' || link.kind === 'adoptive')) {
        const term = gendered(gender, 'step-sister', 'step-brother', 'step-sibling');
        visit(link.child, { relation: { term, kind: 'step', path: path(link.child) }, base: term, via: 'step', role: 'other' });
        continue;
      }
      const term = `${possessive(from.base)} ${childWord(link, gender)}`;
      const kind: RelationKind = link.kind === 'birth' ? from.via : 'care';
      visit(link.child, { relation: { term, kind, path: path(link.child) }, base: term, via: kind, role: 'other' });
    }
    for (const link of index.parentLinksOf.get(id) ?? []) {
      if (placed.has(link.parent)) continue;
      const gender = genderOf(link.parent);
      if (from.role === 'own-partner' && from.formal && link.kind === 'birth') {
        const term = gendered(gender, 'mother-in-law', 'father-in-law', 'parent-in-law');
        visit(link.parent, { relation: { term, kind: 'in-law', path: path(link.parent) }, base: term, via: 'in-law', role: 'other' });
        continue;
      }
      const term = `${possessive(from.base)} ${parentWord(link, gender)}`;
      const kind: RelationKind = link.kind === 'birth' ? from.via : 'care';
      visit(link.parent, { relation: { term, kind, path: path(link.parent) }, base: term, via: kind, role: 'other' });
    }
  }
}

function partnerRelation(from: Placed, word: string, formal: boolean, gender: Gender | undefined, path: Id[]): Placed {
  const make = (term: string, kind: RelationKind, via: RelationKind, role: Placed['role'] = 'other'): Placed => ({
    relation: { term, kind, path },
    base: term,
    via,
    role,
  });
  switch (from.role) {
    case 'self':
      return { ...make(word, 'partner', 'in-law', 'own-partner'), formal };
    case 'parent':
      if (formal) return make(gendered(gender, 'step-mother', 'step-father', 'step-parent'), 'step', 'step', 'step-parent');
      return make(`${possessive(from.base)} ${word}`, 'partner', 'step');
    case 'sibling':
      if (formal) return make(gendered(gender, 'sister-in-law', 'brother-in-law', 'sibling-in-law'), 'in-law', 'in-law');
      return make(`${possessive(from.base)} ${word}`, 'in-law', 'in-law');
    case 'child':
      if (formal) return make(gendered(gender, 'daughter-in-law', 'son-in-law', 'child-in-law'), 'in-law', 'in-law');
      return make(`${possessive(from.base)} ${word}`, 'in-law', 'in-law');
    case 'grandparent': {
      if (formal && from.up !== undefined) {
        const greats = 'great-'.repeat(Math.max(0, from.up - 2));
        const term = `${from.side ? `${from.side} ` : ''}step-${greats}${gendered(gender, 'grandmother', 'grandfather', 'grandparent')}`;
        return make(term, 'step', 'step');
      }
      return make(`${possessive(from.base)} ${word}`, 'step', 'step');
    }
    default:
      return make(`${possessive(from.base)} ${word}`, from.via === 'blood' ? 'in-law' : from.via, from.via);
  }
}
