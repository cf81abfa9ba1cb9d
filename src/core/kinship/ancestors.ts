import { indexDocument } from '../model/documentIndex';
import type { GenogramDocument, Id, ParentLinkKind } from '../model/types';

const BIRTH_ONLY: readonly ParentLinkKind[] = ['birth'];

/**
 * Every ancestor of `id` reachable through parent links of the given kinds (birth links by
 * default), mapped to the fewest generations up (parents 1, grandparents 2, ...).
 * Breadth-first and iterative, so deep lines and loops in bad data are safe; the person
 * is never listed as their own ancestor even when the data loops (see loopsOfDescentIn).
 */
export function ancestorsOf(
  doc: GenogramDocument,
  id: Id,
  kinds: readonly ParentLinkKind[] = BIRTH_ONLY,
): Map<Id, number> {
  const { parentLinksOf } = indexDocument(doc);
  const found = new Map<Id, number>();
  let frontier: Id[] = [id];
  for (let generation = 1; frontier.length > 0; generation++) {
    const next: Id[] = [];
    for (const child of frontier) {
      for (const link of parentLinksOf.get(child) ?? []) {
        if (!kinds.includes(link.kind)) continue;
        if (link.parent === id || found.has(link.parent)) continue;
        found.set(link.parent, generation);
        next.push(link.parent);
      }
    }
    frontier = next;
  }
  return found;
}

/**
 * True when a and b are blood relatives through birth links: one descends from the other,
 * or they have an ancestor in common. Used to draw a consanguineous partnership.
 */
export function shareAncestor(doc: GenogramDocument, a: Id, b: Id): boolean {
  if (a === b) return false;
  const ofA = ancestorsOf(doc, a);
  if (ofA.has(b)) return true;
  const ofB = ancestorsOf(doc, b);
  if (ofB.has(a)) return true;
  const [smaller, larger] = ofA.size <= ofB.size ? [ofA, ofB] : [ofB, ofA];
  for (const ancestor of smaller.keys()) if (larger.has(ancestor)) return true;
  return false;
}
