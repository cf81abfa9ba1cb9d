import { indexDocument } from './documentIndex';
import type { GenogramDocument, Id, ParentLink } from './types';

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
 * Every distinct cycle through parent links (of any kind): each is the list of persons from one
 * person up through parents back to that person, e.g. [a, b] when b is a's parent and a is b's.
 * A person linked as their own parent is a cycle of one. Iterative, so deep trees cannot
 * overflow the stack.
 */
export function findParentCycles(doc: GenogramDocument): Id[][] {
  const { parentLinksOf } = indexDocument(doc);
  const state = new Map<Id, 'open' | 'done'>();
  const cycles: Id[][] = [];
  const seenCycles = new Set<string>();
  const starts = new Set<Id>([...parentLinksOf.keys()]);
  for (const start of starts) {
    if (state.has(start)) continue;
    const path: Id[] = [start];
    const next: number[] = [0];
    state.set(start, 'open');
    while (path.length > 0) {
      const current = path[path.length - 1]!;
      const links = parentLinksOf.get(current) ?? [];
      const i = next[next.length - 1]!;
      if (i >= links.length) {
        state.set(current, 'done');
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = i + 1;
      const parent = links[i]!.parent;
      const parentState = state.get(parent);
      if (parentState === 'open') {
        const cycle = path.slice(path.indexOf(parent));
        const key = [...cycle].sort().join('\u0000');
        if (!seenCycles.has(key)) {
          seenCycles.add(key);
          cycles.push(cycle);
        }
      } else if (parentState === undefined) {
        state.set(parent, 'open');
        path.push(parent);
        next.push(0);
      }
    }
  }
  return cycles;
}
