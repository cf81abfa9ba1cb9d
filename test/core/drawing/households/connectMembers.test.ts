import { describe, expect, it } from 'vitest';
import { connectMembers, type MemberShape } from '../../../../src/core/drawing/households/connectMembers';
import type { Rect } from '../../../../src/core/drawing/households/rect';
import { overlaps } from '../../../../src/core/drawing/households/rect';

const rect = (x0: number, y0: number, x1: number, y1: number): Rect => ({ x0, y0, x1, y1 });
/** A person at (x, y): a 40-unit symbol with a name under it. */
function member(x: number, y: number): MemberShape {
  const symbol = rect(x - 4, y - 4, x + 44, y + 44);
  const body = rect(x - 26, y - 16, x + 66, y + 76);
  return { symbol, body, pieces: [body] };
}
function outsider(x: number, y: number): Rect[] {
  return [rect(x - 8, y - 8, x + 48, y + 48), rect(x - 20, y + 40, x + 60, y + 70)];
}
const region = rect(-500, -500, 2000, 2000);

describe('connectMembers', () => {
  it('joins neighbours in a row with one rectangle and no corridor', () => {
    const { rects, connected } = connectMembers([member(0, 0), member(120, 0), member(240, 0)], [], region);
    expect(connected).toBe(true);
    expect(rects).toHaveLength(2);
    expect(rects.every((r) => r.y0 === -16 && r.y1 === 76)).toBe(true);
  });

  it('goes around an outsider standing between two members, along a lane under the row', () => {
    const obstacles = outsider(120, 0);
    const { rects, connected } = connectMembers([member(0, 0), member(240, 0)], obstacles, region);
    expect(connected).toBe(true);
    expect(rects).toHaveLength(3);
    expect(rects.some((r) => obstacles.some((o) => overlaps(r, o)))).toBe(false);
  });

  it('joins a parent to a child below with one vertical band', () => {
    const { rects, connected } = connectMembers([member(0, 0), member(0, 190)], [], region);
    expect(connected).toBe(true);
    expect(rects).toHaveLength(1);
    expect(rects[0]!.x1 - rects[0]!.x0).toBeLessThanOrEqual(48);
  });

  it('reports members it cannot reach', () => {
    // A wall of outsiders all the way round the second member.
    const wall = [rect(150, -300, 170, 300), rect(150, -300, 400, -280), rect(150, 280, 400, 300), rect(380, -300, 400, 300)];
    const { connected } = connectMembers([member(0, 0), member(240, 0)], wall, rect(-100, -310, 410, 310));
    expect(connected).toBe(false);
  });
});
