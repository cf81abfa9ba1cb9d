import type { GenogramDocument, Id, ParentLinkKind } from '../model/types';
import { sortKey } from '../dates/partialDate';
import { coupleKey } from './types';

/** The parents a set of children hangs from in the drawing: one person or a couple. */
export interface FamilyUnit {
  /** Stable key built from the parent ids. */
  key: string;
  /** One or two parents; a couple's order is document order of the persons. */
  parents: Id[];
  /** In document order of the parent links. */
  children: Id[];
  /** What links the children to these parents ('birth', else 'adoptive', else 'carer'). */
  basis: 'birth' | 'adoptive' | 'carer';
  /** The kind of link drawn (a carer family is one kind: foster, kinship or special guardianship). */
  kind: ParentLinkKind;
}

/** Carers of one kind (one or a couple) and the children they care for beside their own families: drawn as lines only. */
export interface CarerFamily {
  key: string;
  kind: ParentLinkKind;
  /** One or two carers, in document order. */
  carers: Id[];
  children: Id[];
}

/** Two persons drawn side by side with a partner line. */
export interface Couple {
  key: string;
  a: Id;
  b: Id;
  /** Recorded partnership ids between them, in document order (empty for an implied couple). */
  partnerships: Id[];
  /** Sort key of when the couple began: first dated event, else first shared child's birth. */
  startKey: number;
  /** Document position of the first partnership; implied couples come after all recorded ones. */
  docIndex: number;
}

export interface LayoutFamilies {
  personIds: Id[];
  docIndexOf: Map<Id, number>;
  families: FamilyUnit[];
  /** The family a child hangs from, if any. */
  hangingFamilyOf: Map<Id, FamilyUnit>;
  /** Families in which the person is a parent. */
  familiesAsParent: Map<Id, FamilyUnit[]>;
  couples: Couple[];
  couplesOf: Map<Id, Couple[]>;
  /** Carer → child links that are not the child's hanging family (connectors only). */
  carerLinks: { carer: Id; child: Id }[];
  /** The same links, grouped by kind and carers. */
  carerFamilies: CarerFamily[];
  /** Problems in the document that the layout worked around. */
  warnings: string[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Decides which parents each child hangs from (birth parents if any are known,
 * else adoptive parents, else other carers) and which couples the layout must
 * keep side by side (recorded partnerships, plus the two parents a child hangs
 * from even when no partnership between them is recorded).
 */
export function analyseFamilies(doc: GenogramDocument): LayoutFamilies {
  const warnings: string[] = [];
  const docIndexOf = new Map<Id, number>();
  const personIds: Id[] = [];
  doc.persons.forEach((p) => {
    if (docIndexOf.has(p.id)) {
      warnings.push(`Person id "${p.id}" appears more than once; only the first is laid out.`);
      return;
    }
    docIndexOf.set(p.id, personIds.length);
    personIds.push(p.id);
  });

  const parentsByKind = new Map<Id, Map<'birth' | 'adoptive' | 'carer', Id[]>>();
  const kindOf = new Map<string, ParentLinkKind>();
  for (const link of doc.parentLinks) {
    if (!docIndexOf.has(link.parent) || !docIndexOf.has(link.child)) {
      warnings.push(`Parent link "${link.id}" names a person who is not in the document; ignored.`);
      continue;
    }
    if (link.parent === link.child) {
      warnings.push(`Parent link "${link.id}" makes a person their own parent; ignored.`);
      continue;
    }
    const basis = link.kind === 'birth' ? 'birth' : link.kind === 'adoptive' ? 'adoptive' : 'carer';
    if (!kindOf.has(`${link.child}|${link.parent}`)) kindOf.set(`${link.child}|${link.parent}`, link.kind);
    let byKind = parentsByKind.get(link.child);
    if (!byKind) parentsByKind.set(link.child, (byKind = new Map()));
    const list = byKind.get(basis) ?? [];
    if (!list.includes(link.parent)) list.push(link.parent);
    byKind.set(basis, list);
  }

  const families: FamilyUnit[] = [];
  const familyByKey = new Map<string, FamilyUnit>();
  const hangingFamilyOf = new Map<Id, FamilyUnit>();
  const carerLinks: { carer: Id; child: Id }[] = [];
  const carerFamilies: CarerFamily[] = [];
  const carerFamilyByKey = new Map<string, CarerFamily>();
  // Children are visited in document order of their first parent link, so families are too.
  for (const [child, byKind] of parentsByKind) {
    const basis = byKind.has('birth') ? 'birth' : byKind.has('adoptive') ? 'adoptive' : 'carer';
    let parents = byKind.get(basis) ?? [];
    if (parents.length > 2) {
      warnings.push(`Person "${child}" has ${parents.length} ${basis} parents; hung from the first two.`);
      parents = parents.slice(0, 2);
    }
    parents = [...parents].sort((x, y) => docIndexOf.get(x)! - docIndexOf.get(y)!);
    const kind = kindOf.get(`${child}|${parents[0]!}`)!;
    const key = `${kind}:${JSON.stringify(parents)}`;
    let family = familyByKey.get(key);
    if (!family) {
      family = { key, parents, children: [], basis, kind };
      familyByKey.set(key, family);
      families.push(family);
    }
    family.children.push(child);
    hangingFamilyOf.set(child, family);
    for (const [kind, list] of byKind) {
      if (kind === basis) continue;
      for (const carer of list) carerLinks.push({ carer, child });
      // Grouped by the kind of each link and the carers of that kind, as drawn.
      const byLinkKind = new Map<ParentLinkKind, Id[]>();
      for (const carer of list) {
        const k = kindOf.get(`${child}|${carer}`)!;
        byLinkKind.set(k, [...(byLinkKind.get(k) ?? []), carer]);
      }
      for (const [k, carers] of byLinkKind) {
        const sorted = carers.slice(0, 2).sort((x, y) => docIndexOf.get(x)! - docIndexOf.get(y)!);
        const key = `${k}:${JSON.stringify(sorted)}`;
        let cf = carerFamilyByKey.get(key);
        if (!cf) {
          cf = { key, kind: k, carers: sorted, children: [] };
          carerFamilyByKey.set(key, cf);
          carerFamilies.push(cf);
        }
        cf.children.push(child);
      }
    }
  }

  const familiesAsParent = new Map<Id, FamilyUnit[]>();
  for (const f of families) for (const p of f.parents) push(familiesAsParent, p, f);

  const firstChildBirth = new Map<string, number>();
  for (const f of families) {
    if (f.parents.length !== 2) continue;
    const ck = coupleKey(f.parents[0]!, f.parents[1]!);
    for (const c of f.children) {
      const birth = doc.persons[docIndexOf.get(c)!]?.birth;
      if (!birth) continue;
      const k = sortKey(birth);
      if (k < (firstChildBirth.get(ck) ?? Infinity)) firstChildBirth.set(ck, k);
    }
  }

  const coupleByKey = new Map<string, Couple>();
  const couples: Couple[] = [];
  doc.partnerships.forEach((p, index) => {
    if (!docIndexOf.has(p.a) || !docIndexOf.has(p.b)) {
      warnings.push(`Partnership "${p.id}" names a person who is not in the document; ignored.`);
      return;
    }
    if (p.a === p.b) {
      warnings.push(`Partnership "${p.id}" partners a person with themselves; ignored.`);
      return;
    }
    const key = coupleKey(p.a, p.b);
    const dated = p.events.find((e) => e.date);
    const eventKey = dated?.date ? sortKey(dated.date) : Infinity;
    const existing = coupleByKey.get(key);
    if (existing) {
      existing.partnerships.push(p.id);
      existing.startKey = Math.min(existing.startKey, eventKey);
      return;
    }
    const couple: Couple = { key, a: p.a, b: p.b, partnerships: [p.id], startKey: eventKey, docIndex: index };
    coupleByKey.set(key, couple);
    couples.push(couple);
  });
  for (const couple of couples) {
    if (couple.startKey === Infinity) couple.startKey = firstChildBirth.get(couple.key) ?? Infinity;
  }
  for (const f of families) {
    if (f.parents.length !== 2) continue;
    const [a, b] = f.parents as [Id, Id];
    const key = coupleKey(a, b);
    if (coupleByKey.has(key)) continue;
    const couple: Couple = {
      key,
      a,
      b,
      partnerships: [],
      startKey: firstChildBirth.get(key) ?? Infinity,
      docIndex: doc.partnerships.length + couples.length,
    };
    coupleByKey.set(key, couple);
    couples.push(couple);
  }
  const couplesOf = new Map<Id, Couple[]>();
  for (const c of couples) {
    push(couplesOf, c.a, c);
    push(couplesOf, c.b, c);
  }
  for (const list of couplesOf.values()) list.sort(compareCouples);

  return { personIds, docIndexOf, families, hangingFamilyOf, familiesAsParent, couples, couplesOf, carerLinks, carerFamilies, warnings };
}

/** Time order of partnerships: first dated event, then document order; undated ones after dated ones. */
export function compareCouples(x: Couple, y: Couple): number {
  if (x.startKey !== y.startKey) {
    if (x.startKey === Infinity) return 1;
    if (y.startKey === Infinity) return -1;
    return x.startKey - y.startKey;
  }
  return x.docIndex - y.docIndex;
}
