import { newId } from '../ids';
import { OperationError } from '../operationError';
import type { GenogramDocument, Id, RelationshipKind, RelationshipLine } from '../types';
import { applyPatch, type Patch, replaceById, requireItem, requirePerson, withoutUndefined } from './shared';

export function addRelationshipLine(
  doc: GenogramDocument,
  from: Id,
  to: Id,
  kind: RelationshipKind,
  fields: Omit<Partial<RelationshipLine>, 'id' | 'from' | 'to' | 'kind'> = {},
): { doc: GenogramDocument; id: Id } {
  requirePerson(doc, from);
  requirePerson(doc, to);
  if (from === to) throw new OperationError('A relationship line joins two different people');
  const id = newId('r');
  const line: RelationshipLine = { id, kind, from, to, ...withoutUndefined(fields) };
  return { doc: { ...doc, relationships: [...doc.relationships, line] }, id };
}

export function updateRelationshipLine(doc: GenogramDocument, id: Id, patch: Patch<RelationshipLine>): GenogramDocument {
  const current = requireItem(doc.relationships, id, 'relationship line');
  const next = applyPatch(current, patch);
  if (next === current) return doc;
  requirePerson(doc, next.from);
  requirePerson(doc, next.to);
  if (next.from === next.to) throw new OperationError('A relationship line joins two different people');
  return { ...doc, relationships: replaceById(doc.relationships, id, () => next) };
}

export function removeRelationshipLine(doc: GenogramDocument, id: Id): GenogramDocument {
  requireItem(doc.relationships, id, 'relationship line');
  return { ...doc, relationships: doc.relationships.filter((r) => r.id !== id) };
}
