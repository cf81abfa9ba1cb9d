import { findLoopsOfDescent } from '../model/loopsOfDescent';
import type { Id, ParentLink } from '../model/types';

/**
 * Removes the links that make someone their own ancestor: walking from each person (in
 * document order) down through their children, a link that leads back to a person still on
 * the walk closes a loop and is the one removed.
 */
export function breakAncestryCycles(personIds: Id[], links: ParentLink[]): { kept: ParentLink[]; removed: ParentLink[] } {
  const childLinks = new Map<Id, ParentLink[]>();
  for (const link of links) {
    const list = childLinks.get(link.parent);
    if (list) list.push(link);
    else childLinks.set(link.parent, [link]);
  }
  const { closingEdges } = findLoopsOfDescent<Id, ParentLink>({
    nodes: personIds,
    edgesFrom: (id) => childLinks.get(id) ?? [],
    target: (link) => link.child,
  });
  const removed = new Set(closingEdges.map((c) => c.edge));
  return { kept: links.filter((l) => !removed.has(l)), removed: links.filter((l) => removed.has(l)) };
}
