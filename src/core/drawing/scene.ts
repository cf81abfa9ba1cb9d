import type { Id } from '../model/types';

// A Scene is the whole figure as plain data. The canvas (React) and the SVG export
// both map it one-to-one onto SVG elements, so what the author sees is what is exported.
// Every primitive carries its paint explicitly: no CSS classes, no <use>, no <foreignObject>.

export interface Paint {
  /** Stroke colour; absent means no stroke. */
  stroke?: string;
  strokeWidth?: number;
  /** SVG stroke-dasharray, e.g. "6 4". */
  dash?: string;
  /** Fill colour; absent means no fill. */
  fill?: string;
  /** For tests and tools: what this mark means (e.g. "deceased-cross", "slash"). */
  mark?: string;
}

export type Point = readonly [number, number];

export interface PathPrimitive extends Paint {
  type: 'path';
  d: string;
  /** Needed for outlines with holes. */
  fillRule?: 'evenodd' | 'nonzero';
}
export interface RectPrimitive extends Paint {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
}
export interface CirclePrimitive extends Paint {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}
export interface LinePrimitive extends Paint {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface PolylinePrimitive extends Paint {
  type: 'polyline';
  points: Point[];
}
export interface TextPrimitive {
  type: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  weight: 400 | 700;
  anchor: 'start' | 'middle' | 'end';
  fill: string;
  italic?: boolean;
  /** A white outline behind the glyphs, so text stays legible where a line passes under it. */
  halo?: boolean;
  mark?: string;
}

export type Primitive = PathPrimitive | RectPrimitive | CirclePrimitive | LinePrimitive | PolylinePrimitive | TextPrimitive;

export type GroupKind =
  | 'household'
  | 'partnership'
  | 'children'
  | 'person'
  | 'relationship'
  | 'legend'
  | 'title'
  | 'caption';

export interface SceneGroup {
  /** Stable across rebuilds: "person:<id>", "partnership:<id>", ... */
  key: string;
  kind: GroupKind;
  /** The document object this group draws (person id, partnership id, household id, ...). */
  refId?: Id;
  /** Person ids this group touches (for a person group: just that person). */
  personIds: Id[];
  /** What the group shows, for tests and tools: e.g. "deceased", "divorced", "subject". */
  tags: string[];
  items: Primitive[];
  /** Bounding box of the group's items, text included (estimated widths). */
  box: Box;
  /** Person groups: the symbol's own square (for selection halos and hit tests). */
  symbolBox?: Box;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendEntry {
  key: string;
  label: string;
}

export interface Scene {
  /** Drawn in order: households at the back, then structure, people, relationship lines, legend. */
  groups: SceneGroup[];
  bounds: Box;
  /** The legend entries the figure actually uses, in legend order. */
  legend: LegendEntry[];
  /** The reference date the figure shows, formatted ("12 Mar 2003"). */
  asAtLabel: string;
}
