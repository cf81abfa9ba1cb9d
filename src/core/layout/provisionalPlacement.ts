import { indexDocument, partnerOf } from '../model/documentIndex';
import type { GenogramDocument, Id } from '../model/types';
import { PERSON_CELL_WIDTH, ROW_HEIGHT, SYMBOL_SIZE } from '../metrics/figureSizes';
import type { LayoutResult, PersonBox } from './types';
import { maxOf } from '../model/extremes';

/**
 * Adds a box for every person the layout does not know yet, next to a relative who is
 * placed (right of a partner, under a parent, over a child), so that a person the user
 * has just added shows at once; the full layout from the worker replaces it moments later.
 * Returns the same layout object when nothing is missing, and drops boxes of removed persons.
 */
export function withProvisionalBoxes(doc: GenogramDocument, layout: LayoutResult): LayoutResult {
  const index = indexDocument(doc);
  const missing = doc.persons.filter((p) => !layout.boxes.has(p.id));
  const stale = [...layout.boxes.keys()].some((id) => !index.person.has(id));
  if (missing.length === 0 && !stale) return layout;

  const boxes = new Map<Id, PersonBox>();
  for (const [id, box] of layout.boxes) if (index.person.has(id)) boxes.set(id, box);
  const taken = new Set([...boxes.values()].map((b) => cellKey(b.x, b.row)));
  const rightEdge = () => Math.max(0, maxOf([...boxes.values()].map((b) => b.x + PERSON_CELL_WIDTH)));

  // Persons added together (parents of one child) anchor on each other, so repeat until settled.
  let pending = missing.map((p) => p.id);
  for (let pass = 0; pass < 3 && pending.length; pass++) {
    const next: Id[] = [];
    for (const id of pending) {
      const anchor = anchorFor(doc, id, boxes);
      if (!anchor && pass < 2) {
        next.push(id);
        continue;
      }
      const start = anchor ?? { x: rightEdge(), row: 0 };
      let x = start.x;
      if (start.outward) {
        // Beside a sibling or under a parent: the nearest free place on either side of any of
        // them, so a new sister stands by her family rather than beyond everyone's partners.
        x = nearestFree(start.outward, start.row, taken);
      } else {
        while (taken.has(cellKey(x, start.row))) x += PERSON_CELL_WIDTH;
      }
      taken.add(cellKey(x, start.row));
      boxes.set(id, { id, x, y: rowTop(layout, start.row), size: SYMBOL_SIZE, row: start.row });
    }
    pending = next;
  }
  return { ...layout, boxes };
}

function cellKey(x: number, row: number): string {
  return `${Math.round(x / PERSON_CELL_WIDTH)}:${row}`;
}

function rowTop(layout: LayoutResult, row: number): number {
  return layout.rowY[row] ?? (layout.rowY[0] ?? 0) + row * ROW_HEIGHT;
}

/** The free cell on the row nearest to any of the given x positions (ties: the first given, then the right). */
function nearestFree(xs: readonly number[], row: number, taken: ReadonlySet<string>): number {
  for (let k = 0; ; k++) {
    for (const x of xs) {
      for (const at of k === 0 ? [x] : [x + k * PERSON_CELL_WIDTH, x - k * PERSON_CELL_WIDTH]) {
        if (!taken.has(cellKey(at, row))) return at;
      }
    }
  }
}

function anchorFor(doc: GenogramDocument, id: Id, boxes: Map<Id, PersonBox>): { x: number; row: number; outward?: number[] } | undefined {
  const index = indexDocument(doc);
  for (const p of index.partnershipsOf.get(id) ?? []) {
    const partner = boxes.get(partnerOf(p, id));
    if (partner) return { x: partner.x + PERSON_CELL_WIDTH, row: partner.row };
  }
  // Siblings already placed: beside one of them, youngest (rightmost) first, where the layout puts the newest child.
  const links = index.parentLinksOf.get(id) ?? [];
  const siblings: PersonBox[] = [];
  for (const link of links) {
    for (const other of index.childLinksOf.get(link.parent) ?? []) {
      const box = other.child === id ? undefined : boxes.get(other.child);
      if (box && !siblings.includes(box)) siblings.push(box);
    }
  }
  const row = siblings[0]?.row;
  const onRow = siblings.filter((b) => b.row === row).sort((a, b) => b.x - a.x);
  if (row !== undefined) return { x: onRow[0]!.x, row, outward: onRow.map((b) => b.x) };
  for (const link of links) {
    const parent = boxes.get(link.parent);
    if (parent) return { x: parent.x, row: parent.row + 1, outward: [parent.x] };
  }
  for (const link of index.childLinksOf.get(id) ?? []) {
    const child = boxes.get(link.child);
    if (child && child.row > 0) return { x: child.x, row: child.row - 1 };
  }
  return undefined;
}
