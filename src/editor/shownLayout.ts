import type { GenogramDocument, Id } from '../core/model/types';
import type { LayoutResult, PersonBox } from '../core/layout/types';
import { withProvisionalBoxes } from '../core/layout/provisionalPlacement';
import type { LaidOut } from './viewState';

function movedTo(layout: LayoutResult, positions: Iterable<[Id, { x: number; y: number }]>): LayoutResult {
  let boxes: Map<Id, PersonBox> | undefined;
  for (const [id, at] of positions) {
    const box = (boxes ?? layout.boxes).get(id);
    if (!box || (box.x === at.x && box.y === at.y)) continue;
    boxes ??= new Map(layout.boxes);
    boxes.set(id, { ...box, x: at.x, y: at.y });
  }
  return boxes ? { ...layout, boxes } : layout;
}

/**
 * The positions the canvas shows now: the finished layout of this document when there is
 * one; otherwise the last finished layout of an earlier version of it, with boxes for persons
 * added since (beside a relative) and persons pinned since where they were dropped, until the
 * new layout arrives. Nothing for a document opened in place of another, until its own.
 * Persons being dragged are drawn where they are.
 */
export function shownLayout(
  doc: GenogramDocument,
  laidOut: LaidOut | undefined,
  moving?: ReadonlyMap<Id, { x: number; y: number }>,
): LayoutResult | undefined {
  // Another document's layout says nothing about this one (a file just opened): wait for its own.
  if (!laidOut || laidOut.doc.id !== doc.id) return undefined;
  let layout = laidOut.layout;
  if (laidOut.doc !== doc) {
    layout = withProvisionalBoxes(doc, layout);
    layout = movedTo(layout, doc.persons.flatMap((p): [Id, { x: number; y: number }][] => (p.pinned ? [[p.id, p.pinned]] : [])));
  }
  return moving?.size ? movedTo(layout, moving) : layout;
}
