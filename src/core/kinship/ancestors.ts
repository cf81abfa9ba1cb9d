import { indexDocument } from '../model/documentIndex';
import type { GenogramDocument, Id, ParentLinkKind } from '../model/types';

const BIRTH_ONLY: readonly ParentLinkKind[] = ['birth'];
const ALL_KINDS: readonly ParentLinkKind[] = ['birth', 'adoptive', 'foster', 'kinship', 'special-guardianship'];

/**
 * Every ancestor of `id` reachable through parent links of the given kinds (birth links by
 * default), mapped to the fewest generations up (parents 1, grandparents 2, ...).
 * Breadth-first and iterative, so deep lines and loops in bad data are safe; the person
 * is never listed as their own ancestor even when the data loops (see findAncestryCycles).
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

/**
 * Groups of people whose parent links (of the given kinds; all kinds by default) loop back,
 * so that each is their own ancestor. One group per loop structure (a strongly connected
 * component, including a person linked as their own parent), people in document order.
 * Iterative Tarjan, linear in persons + links.
 */
export function findAncestryCycles(doc: GenogramDocument, kinds: readonly ParentLinkKind[] = ALL_KINDS): Id[][] {
  const { parentLinksOf } = indexDocument(doc);
  const parentsOf = (child: Id): Id[] =>
    (parentLinksOf.get(child) ?? []).filter((l) => kinds.includes(l.kind)).map((l) => l.parent);

  const nodes = new Set<Id>(doc.persons.map((p) => p.id));
  for (const link of doc.parentLinks) {
    nodes.add(link.child);
    nodes.add(link.parent);
  }
  const order = new Map<Id, number>([...nodes].map((id, i) => [id, i]));

  const indexOf = new Map<Id, number>();
  const lowLink = new Map<Id, number>();
  const onStack = new Set<Id>();
  const stack: Id[] = [];
  const groups: Id[][] = [];
  let counter = 0;

  for (const root of nodes) {
    if (indexOf.has(root)) continue;
    const work: { id: Id; parents: Id[]; next: number }[] = [];
    const enter = (id: Id) => {
      indexOf.set(id, counter);
      lowLink.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, parents: parentsOf(id), next: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.parents.length) {
        const parent = frame.parents[frame.next++]!;
        if (!indexOf.has(parent)) enter(parent);
        else if (onStack.has(parent)) lowLink.set(frame.id, Math.min(lowLink.get(frame.id)!, indexOf.get(parent)!));
        continue;
      }
      work.pop();
      const below = work[work.length - 1];
      if (below) lowLink.set(below.id, Math.min(lowLink.get(below.id)!, lowLink.get(frame.id)!));
      if (lowLink.get(frame.id) !== indexOf.get(frame.id)) continue;
      const group: Id[] = [];
      let member: Id;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.id);
      const selfLoop = group.length === 1 && frame.parents.includes(frame.id);
      if (group.length > 1 || selfLoop) groups.push(group.sort((x, y) => order.get(x)! - order.get(y)!));
    }
  }
  return groups.sort((x, y) => order.get(x[0]!)! - order.get(y[0]!)!);
}
