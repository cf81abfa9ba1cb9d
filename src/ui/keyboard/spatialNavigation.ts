import type { Id } from '../../core/model/types';
import type { PersonBox } from '../../core/layout/types';

export type Direction = 'left' | 'right' | 'up' | 'down';

function centreX(b: PersonBox): number {
  return b.x + b.size / 2;
}

/**
 * The person to move to from `fromId` when an arrow key is pressed. Left and right: the
 * nearest person on the same row in that direction. Up and down: on the adjacent row in that
 * direction (the next row above or below that has anyone on it, so no generation is skipped),
 * the person nearest sideways. With nothing to start from, the top-left person.
 */
export function nearestInDirection(boxes: ReadonlyMap<Id, PersonBox>, fromId: Id | undefined, direction: Direction): Id | undefined {
  const from = fromId === undefined ? undefined : boxes.get(fromId);
  if (!from) return firstInReadingOrder(boxes);
  const x = centreX(from);
  let best: PersonBox | undefined;
  if (direction === 'left' || direction === 'right') {
    const sign = direction === 'right' ? 1 : -1;
    for (const box of boxes.values()) {
      if (box.id === from.id || box.row !== from.row) continue;
      const ahead = (centreX(box) - x) * sign;
      // Two people at one x (a moment before the layout separates them): the id decides.
      if (ahead < 0 || (ahead === 0 && (box.id < from.id) === (sign > 0))) continue;
      if (!best || ahead < (centreX(best) - x) * sign || (ahead === (centreX(best) - x) * sign && box.id < best.id)) best = box;
    }
    return best?.id;
  }
  const sign = direction === 'down' ? 1 : -1;
  let row: number | undefined;
  for (const box of boxes.values()) {
    const ahead = (box.row - from.row) * sign;
    if (ahead > 0 && (row === undefined || ahead < (row - from.row) * sign)) row = box.row;
  }
  if (row === undefined) return undefined;
  for (const box of boxes.values()) {
    if (box.row !== row) continue;
    const d = Math.abs(centreX(box) - x);
    const bestD = best ? Math.abs(centreX(best) - x) : Infinity;
    if (d < bestD || (d === bestD && best && box.id < best.id)) best = box;
  }
  return best?.id;
}

export function firstInReadingOrder(boxes: ReadonlyMap<Id, PersonBox>): Id | undefined {
  let best: PersonBox | undefined;
  for (const box of boxes.values()) {
    if (!best || box.y < best.y || (box.y === best.y && box.x < best.x)) best = box;
  }
  return best?.id;
}
