import { indexDocument } from './documentIndex';
import type { GenogramDocument, Id, ParentLink, ParentLinkKind } from './types';
import { findLoopsOfDescent, type LoopOfDescent } from './loopsOfDescent';

/** Whether `ancestor` is reachable from `person` by going up parent links of any kind. */
export function isAncestor(doc: GenogramDocument, ancestor: Id, person: Id): boolean {
  // Only parents are needed, so a light map instead of indexDocument's full index: edits call
  // this on every new document.
  const parentLinksOf = new Map<Id, ParentLink[]>();
  for (const link of doc.parentLinks) {
    const list = parentLinksOf.get(link.child);
    if (list) list.push(link);
    else parentLinksOf.set(link.child, [link]);
  }
  const seen = new Set<Id>();
  const stack = [person];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const link of parentLinksOf.get(current) ?? []) {
      if (link.parent === ancestor) return true;
      if (!seen.has(link.parent)) {
        seen.add(link.parent);
        stack.push(link.parent);
      }
    }
  }
  return false;
}

/**
 * The loops of descent in a document (someone their own ancestor), through parent links of the
 * given kinds (all by default). Each loop's cycle goes up from a person through parents back to
 * them, e.g. [a, b] when b is a's parent and a is b's; a person linked as their own parent is a
 * loop of one.
 */
export function loopsOfDescentIn(doc: GenogramDocument, kinds?: readonly ParentLinkKind[]): LoopOfDescent<Id>[] {
  const { parentLinksOf } = indexDocument(doc);
  const nodes = [...doc.persons.map((p) => p.id), ...doc.parentLinks.flatMap((l) => [l.child, l.parent])];
  return findLoopsOfDescent<Id, ParentLink>({
    nodes,
    edgesFrom: (id) => {
      const links = parentLinksOf.get(id) ?? [];
      return kinds ? links.filter((l) => kinds.includes(l.kind)) : links;
    },
    target: (link) => link.parent,
  }).loops;
}
