import { compareDates } from '../dates/partialDate';
import { indexDocument, partnerOf } from '../model/documentIndex';
import type { GenogramDocument, Id, Person } from '../model/types';
import { PERSON_CELL_WIDTH, ROW_HEIGHT, SYMBOL_SIZE } from '../metrics/figureSizes';
import type { LayoutResult, PersonBox } from './types';

/**
 * A quick synchronous placement, good enough to draw before the real layout answers:
 * rows by parent links (a child one row below its lowest parent, partners on one row),
 * partners side by side with earlier partners to the left, children under their parents,
 * siblings oldest first. It makes no attempt to remove crossings.
 */
export function fallbackPlacement(doc: GenogramDocument): LayoutResult {
  const index = indexDocument(doc);
  const ids = doc.persons.map((p) => p.id);
  const row = assignRows(doc, ids);
  const maxRow = Math.max(0, ...row.values());

  const rowOrder: Id[][] = [];
  const xOf = new Map<Id, number>();
  for (let r = 0; r <= maxRow; r++) {
    const inRow = ids.filter((id) => row.get(id) === r);
    // Sort by where the parents stand, then by birth; unplaced parents count as far left.
    const parentX = (id: Id) => {
      const xs = (index.parentLinksOf.get(id) ?? []).map((l) => xOf.get(l.parent)).filter((x): x is number => x !== undefined);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : -1;
    };
    const byBirth = (a: Id, b: Id) => birthCompare(index.person.get(a)!, index.person.get(b)!);
    const seeds = [...inRow].sort((a, b) => parentX(a) - parentX(b) || byBirth(a, b));
    const order: Id[] = [];
    const seen = new Set<Id>();
    for (const seed of seeds) {
      if (seen.has(seed)) continue;
      for (const id of partnerChain(doc, seed, row, r)) {
        if (seen.has(id)) continue;
        seen.add(id);
        order.push(id);
      }
    }
    order.forEach((id, i) => xOf.set(id, i * PERSON_CELL_WIDTH));
    rowOrder.push(order);
  }

  const boxes = new Map<Id, PersonBox>();
  const rowY: number[] = [];
  const widest = Math.max(1, ...rowOrder.map((o) => o.length));
  for (let r = 0; r <= maxRow; r++) {
    const order = rowOrder[r]!;
    // Centre each row under the widest one.
    const shift = ((widest - order.length) * PERSON_CELL_WIDTH) / 2;
    order.forEach((id, i) => {
      const size = SYMBOL_SIZE;
      const pinned = index.person.get(id)?.pinned;
      // A pinned person stays where the author put it, on the row nearest its height.
      if (pinned) boxes.set(id, { id, x: pinned.x, y: pinned.y, size, row: Math.max(0, Math.round(pinned.y / ROW_HEIGHT)) });
      else boxes.set(id, { id, x: shift + i * PERSON_CELL_WIDTH + (PERSON_CELL_WIDTH - size) / 2, y: r * ROW_HEIGHT, size, row: r });
    });
  }
  const all = [...boxes.values()];
  const lastRow = Math.max(0, ...all.map((b) => b.row));
  for (let r = 0; r <= lastRow; r++) rowY.push(r * ROW_HEIGHT);
  const bounds = all.length
    ? {
        x: Math.min(...all.map((b) => b.x)),
        y: Math.min(...all.map((b) => b.y)),
        width: Math.max(...all.map((b) => b.x + b.size)) - Math.min(...all.map((b) => b.x)),
        height: Math.max(...all.map((b) => b.y + b.size)) - Math.min(...all.map((b) => b.y)),
      }
    : { x: 0, y: 0, width: 0, height: 0 };
  // Pinned people may have moved rows: report the order as drawn.
  const drawnOrder: Id[][] = rowY.map((_, r) => all.filter((b) => b.row === r).sort((a, b) => a.x - b.x).map((b) => b.id));
  return { boxes, rowY, birthOrderNumbers: new Map(), bounds, rowOrder: drawnOrder };
}

function birthCompare(a: Person, b: Person): number {
  if (a.birth && b.birth) return compareDates(a.birth, b.birth);
  return 0;
}

/**
 * Rows: a child sits one row below its lowest parent and partners share a row. Repeated
 * relaxation settles this; a bounded number of rounds keeps ancestry cycles from looping.
 */
function assignRows(doc: GenogramDocument, ids: Id[]): Map<Id, number> {
  const row = new Map<Id, number>(ids.map((id) => [id, 0]));
  const limit = ids.length + 2;
  for (let round = 0; round < limit; round++) {
    let changed = false;
    for (const link of doc.parentLinks) {
      const p = row.get(link.parent);
      const c = row.get(link.child);
      if (p === undefined || c === undefined || link.kind !== 'birth') continue;
      if (c < p + 1 && p + 1 <= ids.length) {
        row.set(link.child, p + 1);
        changed = true;
      }
    }
    for (const link of doc.parentLinks) {
      // Carers: only when the child has no birth parents to hang from.
      if (link.kind === 'birth') continue;
      const hasBirth = doc.parentLinks.some((l) => l.child === link.child && l.kind === 'birth');
      const p = row.get(link.parent);
      const c = row.get(link.child);
      if (hasBirth || p === undefined || c === undefined) continue;
      if (c < p + 1 && p + 1 <= ids.length) {
        row.set(link.child, p + 1);
        changed = true;
      }
    }
    for (const p of doc.partnerships) {
      const a = row.get(p.a);
      const b = row.get(p.b);
      if (a === undefined || b === undefined || a === b) continue;
      row.set(a < b ? p.a : p.b, Math.max(a, b));
      changed = true;
    }
    if (!changed) break;
  }
  return row;
}

/**
 * The person's partners on the same row, in time order around them: the first partner to
 * the left, later ones to the right (NOTATION: time runs left to right).
 */
function partnerChain(doc: GenogramDocument, seed: Id, row: Map<Id, number>, r: number): Id[] {
  const partnerships = (indexDocument(doc).partnershipsOf.get(seed) ?? []).filter((p) => row.get(partnerOf(p, seed)) === r && partnerOf(p, seed) !== seed);
  const partners = [...new Set(partnerships.map((p) => partnerOf(p, seed)))];
  if (partners.length === 0) return [seed];
  const [first, ...later] = partners;
  return [first!, seed, ...later];
}
