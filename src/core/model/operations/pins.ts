import type { GenogramDocument, Id } from '../types';

/** Pins persons where the user dropped them; ids not in the document are ignored (a stale drag). */
export function setPinned(doc: GenogramDocument, positions: ReadonlyMap<Id, { x: number; y: number }>): GenogramDocument {
  let changed = false;
  const persons = doc.persons.map((p) => {
    const at = positions.get(p.id);
    if (!at || !Number.isFinite(at.x) || !Number.isFinite(at.y)) return p;
    if (p.pinned && p.pinned.x === at.x && p.pinned.y === at.y) return p;
    changed = true;
    return { ...p, pinned: { x: at.x, y: at.y } };
  });
  return changed ? { ...doc, persons } : doc;
}

/** Releases the pins of the given persons, or of everyone when no ids are given. */
export function releasePins(doc: GenogramDocument, ids?: Iterable<Id>): GenogramDocument {
  const only = ids ? new Set(ids) : undefined;
  let changed = false;
  const persons = doc.persons.map((p) => {
    if (!p.pinned || (only && !only.has(p.id))) return p;
    changed = true;
    const { pinned: _released, ...rest } = p;
    return rest;
  });
  return changed ? { ...doc, persons } : doc;
}

export function hasPins(doc: GenogramDocument): boolean {
  return doc.persons.some((p) => p.pinned);
}
