import type { Id, ParentLink } from '../model/types';

/**
 * Removes the links that make someone their own ancestor. A depth-first walk from each
 * person (in document order) down through their children; a link that leads back to a
 * person still on the walk closes a cycle and is the one removed. Iterative, so deep
 * pedigrees cannot overflow the stack. O(persons + links).
 */
export function breakAncestryCycles(personIds: Id[], links: ParentLink[]): { kept: ParentLink[]; removed: ParentLink[] } {
  const childLinks = new Map<Id, ParentLink[]>();
  for (const link of links) {
    const list = childLinks.get(link.parent);
    if (list) list.push(link);
    else childLinks.set(link.parent, [link]);
  }
  const state = new Map<Id, 1 | 2>(); // 1 on the current walk, 2 finished
  const removed = new Set<ParentLink>();
  for (const root of personIds) {
    if (state.has(root)) continue;
    const stack: { id: Id; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = childLinks.get(top.id) ?? [];
      if (top.next >= out.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const link = out[top.next++]!;
      const seen = state.get(link.child);
      if (seen === 1) removed.add(link);
      else if (seen === undefined) {
        state.set(link.child, 1);
        stack.push({ id: link.child, next: 0 });
      }
    }
  }
  return { kept: links.filter((l) => !removed.has(l)), removed: links.filter((l) => removed.has(l)) };
}
