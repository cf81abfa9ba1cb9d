import type { GenogramDocument, Household, Id, MultipleBirth, ParentLink, Partnership, Person } from './types';

/**
 * Lookups over a document, built once per document object and cached.
 * Documents are immutable, so the cache can never go stale.
 */
export interface DocumentIndex {
  person: Map<Id, Person>;
  /** All parent links where the person is the child, in document order. */
  parentLinksOf: Map<Id, ParentLink[]>;
  /** All parent links where the person is the parent, in document order. */
  childLinksOf: Map<Id, ParentLink[]>;
  /** Partnerships a person takes part in, in document order. */
  partnershipsOf: Map<Id, Partnership[]>;
  multipleBirthOf: Map<Id, MultipleBirth>;
  householdsOf: Map<Id, Household[]>;
}

const cache = new WeakMap<GenogramDocument, DocumentIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDocument(doc: GenogramDocument): DocumentIndex {
  const cached = cache.get(doc);
  if (cached) return cached;
  const index: DocumentIndex = {
    person: new Map(doc.persons.map((p) => [p.id, p])),
    parentLinksOf: new Map(),
    childLinksOf: new Map(),
    partnershipsOf: new Map(),
    multipleBirthOf: new Map(),
    householdsOf: new Map(),
  };
  for (const link of doc.parentLinks) {
    push(index.parentLinksOf, link.child, link);
    push(index.childLinksOf, link.parent, link);
  }
  for (const p of doc.partnerships) {
    push(index.partnershipsOf, p.a, p);
    if (p.b !== p.a) push(index.partnershipsOf, p.b, p);
  }
  for (const group of doc.multipleBirths) for (const m of group.members) index.multipleBirthOf.set(m, group);
  for (const h of doc.households) {
    for (const id of new Set(h.members.map((m) => m.person))) push(index.householdsOf, id, h);
  }
  cache.set(doc, index);
  return index;
}

export function birthParentsOf(doc: GenogramDocument, child: Id): Id[] {
  return (indexDocument(doc).parentLinksOf.get(child) ?? []).filter((l) => l.kind === 'birth').map((l) => l.parent);
}

export function partnerOf(p: Partnership, person: Id): Id {
  return p.a === person ? p.b : p.a;
}

export function displayName(p: Person): string {
  if (p.label && p.label.trim()) return p.label.trim();
  const name = [p.givenNames, p.familyName].filter((s) => s && s.trim()).join(' ').trim();
  if (name) return name;
  return p.placeholder ? '?' : '';
}
