import { displayName } from '../documentIndex';
import { deepEqual } from '../deepEqual';
import { OperationError } from '../operationError';
import type { GenogramDocument, Id, Person } from '../types';

/**
 * A patch for an object: keys present with `undefined` remove that field, so optional
 * fields can be cleared; keys not present are left alone. `id` can never be patched.
 * Shallow: a nested object in a patch (birth, conditions, pinned) replaces the old one whole,
 * so pass the merged object (e.g. `{ conditions: { ...person.conditions, mentalIllHealth: true } }`).
 */
export type Patch<T> = { [K in Exclude<keyof T, 'id'>]?: T[K] | undefined };

/**
 * Applies a patch by spreading, so fields this editor does not know about survive.
 * Returns the same object when nothing would change, so callers can skip a no-op edit.
 */
export function applyPatch<T extends object>(target: T, patch: Patch<T>): T {
  let changed = false;
  const next = { ...target } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id') continue;
    if (value === undefined) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
    } else if (!deepEqual(next[key], value)) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? (next as T) : target;
}

/** Replaces the element with this id; the same array back when the element did not change. */
export function replaceById<T extends { id: Id }>(list: T[], id: Id, update: (item: T) => T): T[] {
  const i = list.findIndex((item) => item.id === id);
  if (i < 0) return list;
  const before = list[i]!;
  const after = update(before);
  if (after === before) return list;
  const next = list.slice();
  next[i] = after;
  return next;
}

/** How a person is named in a message: their name, or their id when they have none. */
export function describePerson(person: Person | undefined, id: Id): string {
  const name = person ? displayName(person) : '';
  return name && name !== '?' ? `${name} (${id})` : `person ${id}`;
}

export function requirePerson(doc: GenogramDocument, id: Id, role = 'person'): Person {
  // A scan, not indexDocument: each edit makes a new document, and building a whole index
  // for one lookup made chains of edits on large families quadratic and slow.
  const person = doc.persons.find((p) => p.id === id);
  if (!person) throw new OperationError(`There is no ${role} with id "${id}" in this genogram`);
  return person;
}

export function requireItem<T extends { id: Id }>(list: T[], id: Id, what: string): T {
  const item = list.find((x) => x.id === id);
  if (!item) throw new OperationError(`There is no ${what} with id "${id}" in this genogram`);
  return item;
}

export function withoutUndefined<T extends object>(fields: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out as T;
}
