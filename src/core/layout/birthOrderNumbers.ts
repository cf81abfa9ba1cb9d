import type { Id } from '../model/types';
import type { PersonBox } from './types';
import type { LayoutFamilies } from './layoutFamilies';

/**
 * Sibships whose children, within a row, do not stand in birth order from left
 * to right: every child of such a sibship gets its 1-based birth-order number.
 * Pinned children are where the user put them and are not judged.
 */
export function markBrokenBirthOrder(
  fam: LayoutFamilies,
  boxes: Map<Id, PersonBox>,
  rankOf: Map<Id, number>,
  pinned: Map<Id, unknown>,
): Map<Id, number> {
  const numbers = new Map<Id, number>();
  for (const f of fam.families) {
    if (f.children.length < 2) continue;
    const byRow = new Map<number, Id[]>();
    for (const c of f.children) {
      if (pinned.has(c)) continue;
      const box = boxes.get(c)!;
      const list = byRow.get(box.row);
      if (list) list.push(c);
      else byRow.set(box.row, [c]);
    }
    let broken = false;
    for (const list of byRow.values()) {
      list.sort((a, b) => boxes.get(a)!.x - boxes.get(b)!.x);
      for (let i = 1; i < list.length && !broken; i++) if (rankOf.get(list[i - 1]!)! > rankOf.get(list[i]!)!) broken = true;
      if (broken) break;
    }
    if (broken) for (const c of f.children) numbers.set(c, rankOf.get(c)! + 1);
  }
  return numbers;
}
