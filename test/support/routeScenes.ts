import fc from 'fast-check';
import type { Box, Point, Scene } from '../../src/core/drawing/scene';
import { primitiveBox, unionBoxes } from '../../src/core/drawing/bounds';
import type { ObstacleSource, RouteEnd, RoutePort, TakenLine, TakenSource } from '../../src/core/drawing/routing/routeTypes';
import { segmentCrossesBox, segments } from './drawingFixtures';

// Figures for the router on their own: people standing on rows as the layout puts them
// (a symbol, years above, a name below, sometimes badges beside), partnership labels between
// neighbours, small labels in the corridors between rows.

export const ROW_HEIGHT = 190;
const SYMBOL = 40;

export interface RoutePerson {
  symbol: Box;
  /** Years, name, badges. */
  labels: Box[];
  /** Everything drawn for the person, as PersonDrawing.group.box. */
  box: Box;
}

export interface RowFigure {
  people: RoutePerson[][];
  /** Partnership labels and corridor labels. */
  labels: Box[];
}

const personSpec = fc.record({
  gap: fc.integer({ min: 0, max: 90 }),
  years: fc.integer({ min: 0, max: 50 }),
  name: fc.integer({ min: 20, max: 112 }),
  nameLines: fc.integer({ min: 1, max: 2 }),
  badges: fc.integer({ min: 0, max: 2 }),
  partnerLabel: fc.integer({ min: 0, max: 60 }),
});

/** Random rows of people (cells at least 120 apart, as the layout keeps them) and labels. */
export const rowFigure = fc
  .record({
    rows: fc.array(fc.array(personSpec, { minLength: 2, maxLength: 7 }), { minLength: 1, maxLength: 4 }),
    shift: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 4, maxLength: 4 }),
    corridor: fc.array(fc.record({ x: fc.integer({ min: 0, max: 1200 }), dy: fc.integer({ min: 0, max: 50 }), width: fc.integer({ min: 10, max: 60 }) }), { maxLength: 2 }),
  })
  .map(({ rows, shift, corridor }): RowFigure => {
    const labels: Box[] = [];
    const people = rows.map((specs, row) => {
      let x = shift[row]!;
      const y = row * ROW_HEIGHT;
      const line: RoutePerson[] = [];
      specs.forEach((s, k) => {
        x += k === 0 ? 0 : 120 + s.gap;
        const cx = x + SYMBOL / 2;
        const symbol = { x, y, width: SYMBOL, height: SYMBOL };
        const own: Box[] = [];
        if (s.years > 0) own.push({ x: cx - s.years / 2, y: y - 16, width: s.years, height: 12 });
        own.push({ x: cx - s.name / 2, y: y + SYMBOL + 24, width: s.name, height: 14 * s.nameLines + 2 });
        for (let b = 0; b < s.badges; b++) own.push({ x: x + SYMBOL + 5, y: y + 16 * b, width: 24, height: 13 });
        line.push({ symbol, labels: own, box: unionBoxes([symbol, ...own]) });
      });
      // A partnership label in the band under the symbols, where the gap between two boxes allows.
      specs.forEach((s, k) => {
        if (k === 0 || s.partnerLabel < 20) return;
        const left = line[k - 1]!.box;
        const right = line[k]!.box;
        const room = right.x - (left.x + left.width);
        if (room < s.partnerLabel + 4) return;
        labels.push({ x: (left.x + left.width + right.x) / 2 - s.partnerLabel / 2, y: y + SYMBOL + 4, width: s.partnerLabel, height: 10 });
      });
      return line;
    });
    // Small labels (like "adopted 2007") in the corridors between rows.
    for (let row = 1; row < people.length; row++) {
      for (const c of corridor) labels.push({ x: c.x, y: (row - 1) * ROW_HEIGHT + 100 + c.dy, width: c.width, height: 10 });
    }
    return { people, labels };
  });

/** The four sides' ports of a square symbol, as the drawing offers them. */
export function squareEnd(person: RoutePerson): RouteEnd {
  const { symbol } = person;
  const cx = symbol.x + symbol.width / 2;
  const cy = symbol.y + symbol.height / 2;
  const r = symbol.width / 2 + 2;
  const ports: RoutePort[] = [];
  for (const off of [0, -12, 12]) {
    const cost = off === 0 ? 0 : 6;
    ports.push({ edge: [cx + r, cy + off], dir: 0, cost }, { edge: [cx - r, cy + off], dir: 1, cost }, { edge: [cx + off, cy - r], dir: 3, cost: cost + 150 });
  }
  return { ports, symbol, labels: person.labels };
}

export function listObstacles(boxes: readonly Box[]): ObstacleSource {
  return {
    overlapping: (region) => boxes.filter((b) => b.x < region.x + region.width && b.x + b.width > region.x && b.y < region.y + region.height && b.y + b.height > region.y),
    extent: () => (boxes.length ? unionBoxes([...boxes]) : undefined),
  };
}

export function listTaken(lines: readonly TakenLine[]): TakenSource {
  return { near: () => lines };
}

/** Does some segment of the polyline pass through the inside of the box? */
export function polylineEnters(points: readonly Point[], box: Box, shrink = 0.5): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (segmentCrossesBox([a[0], a[1], b[0], b[1]], box, shrink)) return true;
  }
  return false;
}

/**
 * The smallest distance between two polylines over the stretches where they run side by
 * side (parallel axis-aligned segments, at least `minRun` long, overlapping along their
 * length); Infinity where they never do.
 */
export function sideBySideDistance(a: readonly Point[], b: readonly Point[], minRun = 3): number {
  let best = Infinity;
  for (let i = 1; i < a.length; i++) {
    for (let j = 1; j < b.length; j++) {
      const [p, q] = [a[i - 1]!, a[i]!];
      const [s, t] = [b[j - 1]!, b[j]!];
      for (const axis of [0, 1] as const) {
        const across = axis === 0 ? 1 : 0;
        if (Math.abs(p[across] - q[across]) > 0.01 || Math.abs(s[across] - t[across]) > 0.01) continue;
        if (Math.abs(p[axis] - q[axis]) < minRun || Math.abs(s[axis] - t[axis]) < minRun) continue;
        const lo = Math.max(Math.min(p[axis], q[axis]), Math.min(s[axis], t[axis]));
        const hi = Math.min(Math.max(p[axis], q[axis]), Math.max(s[axis], t[axis]));
        if (hi - lo > 1) best = Math.min(best, Math.abs(p[across] - s[across]));
      }
    }
  }
  return best;
}

/**
 * What the relationship lines of a scene pass through: other people's drawings (symbol,
 * years, name, badges), their own people's labels and symbols, and any label of the figure
 * (partnership dates, link labels, other relationship lines' labels). Empty when none.
 */
export function relationshipLineFaults(scene: Scene): string[] {
  const faults: string[] = [];
  const persons = scene.groups.filter((g) => g.kind === 'person');
  const labels = scene.groups.filter((g) => g.kind !== 'person').flatMap((g) => g.items.filter((i) => i.type === 'text').map((i) => ({ key: g.key, box: primitiveBox(i) })));
  for (const rel of scene.groups.filter((g) => g.kind === 'relationship')) {
    const lines = rel.items.filter((i) => i.type !== 'text' && i.mark !== 'arrowhead');
    const own = new Set(rel.personIds);
    const through = (box: Box) => lines.some((item) => segments(item).some((s) => segmentCrossesBox(s, box)));
    for (const p of persons) {
      if (!own.has(p.refId!)) {
        if (through(p.box)) faults.push(`${rel.key} through ${p.key}`);
        continue;
      }
      for (const item of p.items) if (item.type === 'text' && through(primitiveBox(item))) faults.push(`${rel.key} through ${p.key} ${item.mark}`);
      // Its own symbols: the line ends at the outline and never goes inside it.
      const s = p.symbolBox!;
      const cx = s.x + s.width / 2;
      const cy = s.y + s.height / 2;
      const inside = lines.some((item) => segments(item).some(([x1, y1, x2, y2]) => [[x1, y1], [x2, y2], [(x1 + x2) / 2, (y1 + y2) / 2]].some(([x, y]) => Math.hypot(x! - cx, y! - cy) < s.width / 2 - 1)));
      if (inside) faults.push(`${rel.key} inside ${p.key}`);
    }
    for (const l of labels) if (l.key !== rel.key && through(l.box)) faults.push(`${rel.key} through a label of ${l.key}`);
  }
  return faults;
}
