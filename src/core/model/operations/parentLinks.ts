import { isAncestor } from '../ancestry';
import { newId } from '../ids';
import { OperationError } from '../operationError';
import type { GenogramDocument, Id, ParentLink, ParentLinkKind } from '../types';
import { applyPatch, describePerson, type Patch, replaceById, requireItem, requirePerson, withoutUndefined } from './shared';

export type NewParentLinkFields = Omit<Partial<ParentLink>, 'id' | 'parent' | 'child' | 'kind'>;

/** Refuses links that would make the document invalid, with a message naming the people. */
function checkLink(doc: GenogramDocument, parent: Id, child: Id, kind: ParentLinkKind, ignoreLinkId?: Id): void {
  const parentPerson = requirePerson(doc, parent, 'parent');
  const childPerson = requirePerson(doc, child, 'child');
  const parentName = describePerson(parentPerson, parent);
  const childName = describePerson(childPerson, child);
  if (parent === child) throw new OperationError(`${childName} cannot be their own parent`);
  const existing = doc.parentLinks.filter((l) => l.child === child && l.id !== ignoreLinkId);
  if (existing.some((l) => l.parent === parent && l.kind === kind)) {
    throw new OperationError(`${parentName} is already a ${kind} parent of ${childName}`);
  }
  if (kind === 'birth' && existing.filter((l) => l.kind === 'birth').length >= 2) {
    throw new OperationError(`${childName} already has two birth parents`);
  }
  if (isAncestor(doc, child, parent)) {
    throw new OperationError(`${parentName} cannot be a parent of ${childName}: ${childName} is already their ancestor`);
  }
}

export function addParentLink(
  doc: GenogramDocument,
  parent: Id,
  child: Id,
  kind: ParentLinkKind = 'birth',
  fields: NewParentLinkFields = {},
): { doc: GenogramDocument; id: Id } {
  checkLink(doc, parent, child, kind);
  const id = newId('l');
  const link: ParentLink = { id, parent, child, kind, ...withoutUndefined(fields) };
  return { doc: { ...doc, parentLinks: [...doc.parentLinks, link] }, id };
}

export function updateParentLink(doc: GenogramDocument, id: Id, patch: Patch<ParentLink>): GenogramDocument {
  const current = requireItem(doc.parentLinks, id, 'parent link');
  const next = applyPatch(current, patch);
  if (next === current) return doc;
  if (next.parent !== current.parent || next.child !== current.child || next.kind !== current.kind) {
    const withoutThis = { ...doc, parentLinks: doc.parentLinks.filter((l) => l.id !== id) };
    checkLink(withoutThis, next.parent, next.child, next.kind, id);
  }
  return { ...doc, parentLinks: replaceById(doc.parentLinks, id, () => next) };
}

export function removeParentLink(doc: GenogramDocument, id: Id): GenogramDocument {
  requireItem(doc.parentLinks, id, 'parent link');
  return { ...doc, parentLinks: doc.parentLinks.filter((l) => l.id !== id) };
}
