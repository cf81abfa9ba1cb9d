import { displayName } from '../core/model/documentIndex';
import type { Primitive, Scene, SceneGroup } from '../core/drawing/scene';
import type { LayoutResult } from '../core/layout/types';
import type { GenogramDocument, Id } from '../core/model/types';

type Point = [number, number];
/** A drawn line reduced to geometry: straight pieces as point lists, curves as SVG path data. */
export type LayoutShape = { points: Point[]; dash?: string } | { path: string; dash?: string };

export interface LayoutJson {
  /** Which engine placed the rows: ELK, or the project's own placement (its fallback). */
  engine: 'elk' | 'own';
  /** How the in-row order scored on the order objective, and whether it was proven optimal (src/core/layout/order/objective.ts). */
  order?: { sibships: number; birthOrder: number; partners: number; crossings: number; length: number; proven: boolean };
  warnings: string[];
  asAt: string;
  bounds: { x: number; y: number; width: number; height: number };
  rowY: number[];
  persons: { id: Id; label: string; box: { x: number; y: number; width: number; height: number }; row: number; drawn: boolean }[];
  partnerships: { id: Id; a: Id; b: Id; drawn: boolean; line: LayoutShape[] }[];
  parentLinks: { id: Id; parent: Id; child: Id; kind: string; drawn: boolean; line: Point[] }[];
  households: { id: Id; label: string; members: Id[]; drawn: boolean; outline: LayoutShape[] }[];
}

/**
 * The laid-out figure as plain JSON for batch tools: boxes and rows from the layout,
 * lines and outlines from the Scene (so they are exactly what the SVG draws).
 */
export function layoutJson(doc: GenogramDocument, layout: LayoutResult, scene: Scene): LayoutJson {
  const groupByRef = new Map<string, SceneGroup>();
  const childGroups: SceneGroup[] = [];
  for (const g of scene.groups) {
    if (g.kind === 'children') childGroups.push(g);
    else if (g.refId !== undefined && (g.kind === 'partnership' || g.kind === 'household')) {
      // A couple drawn across rows has a second group for the same partnership: keep both lines.
      const key = `${g.kind}:${g.refId}`;
      const earlier = groupByRef.get(key);
      groupByRef.set(key, earlier ? { ...earlier, items: [...earlier.items, ...g.items] } : g);
    }
  }
  const drawnPersons = new Set(scene.groups.filter((g) => g.kind === 'person').flatMap((g) => g.personIds));
  const o = layout.order;
  return {
    engine: layout.engine,
    ...(o
      ? {
          order: {
            sibships: o.cost[0]!,
            birthOrder: o.cost[1]!,
            partners: o.cost[2]!,
            crossings: o.cost[3]!,
            length: o.cost[4]!,
            proven: o.unproven === 0 && o.lengthUnproven === 0 && o.heuristic === 0,
          },
        }
      : {}),
    warnings: layout.warnings,
    asAt: scene.asAtLabel,
    bounds: scene.bounds,
    rowY: layout.rowY,
    persons: doc.persons.flatMap((p) => {
      const box = layout.boxes.get(p.id);
      if (!box) return [];
      return [{ id: p.id, label: displayName(p), box: { x: box.x, y: box.y, width: box.size, height: box.size }, row: box.row, drawn: drawnPersons.has(p.id) }];
    }),
    partnerships: doc.partnerships.map((p) => {
      const g = groupByRef.get(`partnership:${p.id}`);
      return { id: p.id, a: p.a, b: p.b, drawn: g !== undefined, line: g ? shapesOf(g.items) : [] };
    }),
    parentLinks: doc.parentLinks.map((l) => {
      const line = linkLine(childGroups, l.parent, l.child, l.kind);
      return { id: l.id, parent: l.parent, child: l.child, kind: l.kind, drawn: line.length > 0, line };
    }),
    households: doc.households.map((h) => {
      const g = groupByRef.get(`household:${h.id}`);
      return {
        id: h.id,
        label: h.label,
        members: g ? g.personIds : [...new Set(h.members.map((m) => m.person))],
        drawn: g !== undefined,
        outline: g ? shapesOf(g.items) : [],
      };
    }),
  };
}

function shapesOf(items: Primitive[]): LayoutShape[] {
  const shapes: LayoutShape[] = [];
  for (const p of items) {
    const dash = 'dash' in p && p.dash ? { dash: p.dash } : {};
    switch (p.type) {
      case 'line':
        shapes.push({ points: [[p.x1, p.y1], [p.x2, p.y2]], ...dash });
        break;
      case 'polyline':
        shapes.push({ points: p.points.map(([x, y]) => [x, y] as Point), ...dash });
        break;
      case 'path':
        shapes.push({ path: p.d, ...dash });
        break;
      case 'rect':
        shapes.push({ points: [[p.x, p.y], [p.x + p.width, p.y], [p.x + p.width, p.y + p.height], [p.x, p.y + p.height], [p.x, p.y]], ...dash });
        break;
      default:
        break; // text and circles are labels and marks, not lines
    }
  }
  return shapes;
}

/** The route from the parents down to this child: the drop, along the sibling bar, then the child's own line. */
function linkLine(groups: SceneGroup[], parent: Id, child: Id, kind: string): Point[] {
  for (const g of groups) {
    if (g.tags[0] !== kind || !g.personIds.includes(parent)) continue;
    const own = g.items.find((p) => p.mark === `child-line:${child}`);
    if (!own) continue;
    const drop = g.items.find((p) => p.mark === 'child-drop');
    const points: Point[] = [...(drop ? pointsOf(drop) : []), ...pointsOf(own)];
    return points.filter((pt, i) => i === 0 || pt[0] !== points[i - 1]![0] || pt[1] !== points[i - 1]![1]);
  }
  return [];
}

function pointsOf(p: Primitive): Point[] {
  if (p.type === 'line') return [[p.x1, p.y1], [p.x2, p.y2]];
  if (p.type === 'polyline') return p.points.map(([x, y]) => [x, y] as Point);
  return [];
}
