import type { Id } from '../../core/model/types';
import type { PersonBox } from '../../core/layout/types';

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXES: Record<Direction, { dx: number; dy: number }> = {
  left: { dx: -1, dy: 0 },
  right: { dx: 1, dy: 0 },
  up: { dx: 0, dy: -1 },
  down: { dx: 0, dy: 1 },
};

/** Sideways distance weighs more than forward distance, so "right" prefers the same row. */
const SIDEWAYS_WEIGHT = 3;

function centre(b: PersonBox): { x: number; y: number } {
  return { x: b.x + b.size / 2, y: b.y + b.size / 2 };
}

/**
 * The person to move to from `fromId` when an arrow key is pressed: sideways, the nearest one
 * lying in that direction (more ahead than aside); up and down, the nearest one on the next
 * generation's row. With nothing to start from, the top-left person.
 */
export function nearestInDirection(boxes: ReadonlyMap<Id, PersonBox>, fromId: Id | undefined, direction: Direction): Id | undefined {
  const from = fromId === undefined ? undefined : boxes.get(fromId);
  if (!from) return firstInReadingOrder(boxes);
  const origin = centre(from);
  const { dx, dy } = AXES[direction];
  // Up and down go to the next generation row that has anyone on it, never past it.
  let nextRow: number | undefined;
  if (dy !== 0) {
    for (const box of boxes.values()) {
      if ((box.row - from.row) * dy <= 0) continue;
      if (nextRow === undefined || Math.abs(box.row - from.row) < Math.abs(nextRow - from.row)) nextRow = box.row;
    }
  }
  let best: Id | undefined;
  let bestScore = Infinity;
  for (const box of boxes.values()) {
    if (box.id === from.id) continue;
    if (nextRow !== undefined && box.row !== nextRow) continue;
    const c = centre(box);
    const ahead = (c.x - origin.x) * dx + (c.y - origin.y) * dy;
    const aside = Math.abs((c.x - origin.x) * dy + (c.y - origin.y) * dx);
    if (ahead <= 0 || (nextRow === undefined && aside > ahead * 2 + from.size)) continue;
    const score = ahead + SIDEWAYS_WEIGHT * aside;
    if (score < bestScore || (score === bestScore && best !== undefined && box.id < best)) {
      best = box.id;
      bestScore = score;
    }
  }
  return best;
}

export function firstInReadingOrder(boxes: ReadonlyMap<Id, PersonBox>): Id | undefined {
  let best: PersonBox | undefined;
  for (const box of boxes.values()) {
    if (!best || box.y < best.y || (box.y === best.y && box.x < best.x)) best = box;
  }
  return best?.id;
}
