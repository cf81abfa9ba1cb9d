import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeOrthogonal } from '../../../../src/core/drawing/routing/orthogonalRoute';
import { roundCorners } from '../../../../src/core/drawing/routing/roundCorners';
import type { Point } from '../../../../src/core/drawing/scene';
import type { RouteRequest, TakenLine } from '../../../../src/core/drawing/routing/routeTypes';
import { listObstacles, listTaken, polylineEnters, rowFigure, sideBySideDistance, squareEnd, type RoutePerson, type RowFigure } from '../../../support/routeScenes';

/** The route between two people of the figure, everyone else's drawing and every label in the way. */
function request(figure: RowFigure, a: RoutePerson, b: RoutePerson, taken: TakenLine[] = []): RouteRequest {
  const others = figure.people.flat().filter((p) => p !== a && p !== b).map((p) => p.box);
  return { from: squareEnd(a), to: squareEnd(b), obstacles: listObstacles([...others, ...figure.labels]), taken: listTaken(taken) };
}

function isOrthogonal(points: readonly Point[]): boolean {
  return points.every((p, i) => i === 0 || p[0] === points[i - 1]![0] || p[1] === points[i - 1]![1]);
}

/** A pick of two different people of the figure, by index into all of them. */
const figureAndPair = rowFigure.chain((figure) => {
  const n = figure.people.flat().length;
  return fc.tuple(fc.constant(figure), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })).filter(([, i, j]) => i !== j);
});

describe('routeOrthogonal', () => {
  it('enters no other person’s drawing and no label, between any two people of random rows', () => {
    fc.assert(
      fc.property(figureAndPair, ([figure, i, j]) => {
        const everyone = figure.people.flat();
        const a = everyone[i]!;
        const b = everyone[j]!;
        const route = routeOrthogonal(request(figure, a, b));
        expect(route.clear).toBe(true);
        expect(isOrthogonal(route.points)).toBe(true);
        const drawn = roundCorners(route.points, 6);
        for (const box of [...everyone.filter((p) => p !== a && p !== b).map((p) => p.box), ...figure.labels, ...a.labels, ...b.labels]) {
          expect(polylineEnters(route.points, box)).toBe(false);
          expect(polylineEnters(drawn, box)).toBe(false);
        }
        // From one symbol's edge to the other's, never through either symbol.
        expect(squareEnd(a).ports.some((p) => p.edge[0] === route.points[0]![0] && p.edge[1] === route.points[0]![1])).toBe(true);
        expect(squareEnd(b).ports.some((p) => p.edge[0] === route.points.at(-1)![0] && p.edge[1] === route.points.at(-1)![1])).toBe(true);
        expect(polylineEnters(route.points, a.symbol)).toBe(false);
        expect(polylineEnters(route.points, b.symbol)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps 10 units from the lines taken before it where it runs beside them, and may cross them', () => {
    fc.assert(
      fc.property(figureAndPair, fc.array(fc.tuple(fc.integer({ min: 0, max: 1400 }), fc.integer({ min: -60, max: 700 }), fc.integer({ min: 20, max: 600 }), fc.boolean())), ([figure, i, j], lines) => {
        const everyone = figure.people.flat();
        const taken: TakenLine[] = lines.map(([x, y, length, across]) => ({ from: [x, y], to: across ? [x + length, y] : [x, y + length], keepApart: 10 }));
        const route = routeOrthogonal(request(figure, everyone[i]!, everyone[j]!, taken));
        expect(route.clear).toBe(true);
        if (route.apart) for (const t of taken) expect(sideBySideDistance(route.points, [t.from, t.to], 0.5)).toBeGreaterThanOrEqual(10 - 1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it('runs straight between two people side by side with nothing between them', () => {
    const figure: RowFigure = {
      people: [[person(0, 0, 60), person(130, 0, 80)]],
      labels: [],
    };
    const [a, b] = figure.people[0]!;
    const route = routeOrthogonal(request(figure, a!, b!));
    expect(route.points).toEqual([
      [42, 20],
      [128, 20],
    ]);
    expect(route.clear && route.apart).toBe(true);
  });

  it('goes round a person standing between two people of one row, through the corridor above or below', () => {
    const figure: RowFigure = { people: [[person(0, 0, 100), person(130, 0, 100), person(260, 0, 100)]], labels: [] };
    const [a, m, b] = figure.people[0]!;
    const route = routeOrthogonal(request(figure, a!, b!));
    expect(route.clear).toBe(true);
    expect(polylineEnters(route.points, m!.box)).toBe(false);
    expect(route.points.length).toBeLessThanOrEqual(6);
  });

  it('a second line between the same two people runs beside the first, 10 or more apart', () => {
    const figure: RowFigure = { people: [[person(0, 0, 60), person(130, 0, 60)]], labels: [] };
    const [a, b] = figure.people[0]!;
    const first = routeOrthogonal(request(figure, a!, b!));
    const taken = first.points.slice(1).map((p, k): TakenLine => ({ from: first.points[k]!, to: p, keepApart: 10 }));
    const second = routeOrthogonal(request(figure, a!, b!, taken));
    expect(second.clear && second.apart).toBe(true);
    expect(sideBySideDistance(first.points, second.points)).toBeGreaterThanOrEqual(10);
  });

  it('when nothing free is left, says so and still returns the least bad route from edge to edge', () => {
    const a = person(0, 0, 60);
    const b = person(400, 0, 60);
    // A wall round the first person, leaving no way out.
    const walls = [
      { x: -60, y: -60, width: 160, height: 10 },
      { x: -60, y: 120, width: 160, height: 10 },
      { x: -60, y: -60, width: 10, height: 190 },
      { x: 90, y: -60, width: 10, height: 190 },
    ];
    const route = routeOrthogonal({ from: squareEnd(a), to: squareEnd(b), obstacles: listObstacles(walls), taken: listTaken([]) });
    expect(route.clear).toBe(false);
    expect(isOrthogonal(route.points)).toBe(true);
    expect(route.points[0]).toEqual([42, 20]);
    expect(route.points.at(-1)).toEqual([398, 20]);
    // Through one wall only, not through all of them.
    expect(walls.filter((w) => polylineEnters(route.points, w)).length).toBe(1);
  });

  it('never throws: input it cannot route gives a straight line, marked not clear', () => {
    const a = person(0, 0, 60);
    const broken = { ...squareEnd(person(200, 0, 60)), symbol: { x: Number.NaN, y: 0, width: 40, height: 40 } };
    const route = routeOrthogonal({ from: squareEnd(a), to: broken, obstacles: listObstacles([]), taken: listTaken([]) });
    expect(route.clear).toBe(false);
    expect(route.points).toHaveLength(2);
    const none = routeOrthogonal({ from: { ...squareEnd(a), ports: [] }, to: squareEnd(person(200, 0, 60)), obstacles: listObstacles([]), taken: listTaken([]) });
    expect(none.clear).toBe(false);
  });

  it('on a figure of 3,000 people, a line between near relatives looks only near them', () => {
    // 10 rows of 300 people: a route between neighbours two rows apart builds a small grid,
    // however big the figure; one from corner to corner stays within the node budget.
    const people = Array.from({ length: 10 }, (_, row) => Array.from({ length: 300 }, (_, k) => person(k * 130 + (row % 2) * 40, row * 190, 60 + ((k * 7 + row) % 50))));
    const figure: RowFigure = { people, labels: [] };
    const near = routeOrthogonal(request(figure, people[3]![150]!, people[5]![152]!));
    expect(near.clear).toBe(true);
    expect(near.work.attempts).toBe(1);
    expect(near.work.nodes).toBeLessThan(20_000);
    const far = routeOrthogonal(request(figure, people[0]![0]!, people[9]![299]!));
    expect(far.clear).toBe(true);
    expect(far.work.nodes).toBeLessThanOrEqual(260_000);
  });
});

/** A person whose symbol's top-left is (x, y), with a name of the given width below. */
function person(x: number, y: number, nameWidth: number): RoutePerson {
  const symbol = { x, y, width: 40, height: 40 };
  const name = { x: x + 20 - nameWidth / 2, y: y + 64, width: nameWidth, height: 16 };
  const years = { x: x - 5, y: y - 16, width: 50, height: 12 };
  return { symbol, labels: [years, name], box: { x: Math.min(x - 5, name.x), y: y - 16, width: Math.max(50, nameWidth), height: 96 } };
}
