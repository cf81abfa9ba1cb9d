import type { Point } from '../scene';
import type { MemberShape } from './connectMembers';
import { connectMembers } from './connectMembers';
import type { Rect } from './rect';
import { joined, overlaps, subtract } from './rect';
import { rectUnionRings } from './rectUnion';
import { pushAll } from '../../model/extremes';

/** A member as the outline sees it: symbol and whole drawing, both already padded. */
export interface MemberBoxes {
  symbol: Rect;
  body: Rect;
}

export interface HouseholdShape {
  rings: Point[][];
  /** False when some members could not be joined by rectangles and corridors. */
  connected: boolean;
}

/**
 * The region of a household: its members' drawings and the corridors joining them, kept
 * off every obstacle (outsiders' symbols and names) except where a member's own symbol
 * overlaps one. Holes are left around enclosed obstacles.
 */
export function householdShape(members: readonly MemberBoxes[], obstacles: readonly Rect[], region: Rect): HouseholdShape {
  const shapes: MemberShape[] = members.map(({ symbol, body }) => ({ symbol, body, pieces: freePieces(body, symbol, obstacles) }));
  const { rects, connected } = connectMembers(shapes, obstacles, region);
  const all = [...shapes.flatMap((s) => [...s.pieces, s.symbol]), ...rects];
  return { rings: rectUnionRings(all, obstacles), connected };
}

/** The parts of a member's drawing clear of obstacles and joined to its symbol. */
function freePieces(body: Rect, symbol: Rect, obstacles: readonly Rect[]): Rect[] {
  let pieces = [body];
  for (const o of obstacles) if (overlaps(o, body)) pieces = pieces.flatMap((p) => subtract(p, o));
  if (pieces.length <= 1) return pieces.filter((p) => joined(p, symbol));
  const kept: Rect[] = [];
  let frontier = [symbol];
  let rest = pieces;
  while (frontier.length && rest.length) {
    const reached = rest.filter((p) => frontier.some((f) => joined(p, f)));
    rest = rest.filter((p) => !reached.includes(p));
    pushAll(kept, reached);
    frontier = reached;
  }
  return kept;
}
