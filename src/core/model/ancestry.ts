import { indexDocument } from './documentIndex';
import type { GenogramDocument, Id } from './types';

/** Whether `ancestor` is reachable from `person` by going up parent links of any kind. */
export function isAncestor(doc: GenogramDocument, ancestor: Id, person: Id): boolean {
  const { parentLinksOf } = indexDocument(doc);
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
