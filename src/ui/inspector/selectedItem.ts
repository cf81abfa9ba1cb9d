import type { GenogramDocument, Household, Id, MultipleBirth, ParentLink, Partnership, Person, RelationshipLine } from '../../core/model/types';

export type SelectedItem =
  | { kind: 'person'; item: Person }
  | { kind: 'partnership'; item: Partnership }
  | { kind: 'parent-link'; item: ParentLink }
  | { kind: 'multiple-birth'; item: MultipleBirth }
  | { kind: 'relationship'; item: RelationshipLine }
  | { kind: 'household'; item: Household };

/** What an id in the selection refers to; undefined when it is no longer in the document. */
export function findItem(doc: GenogramDocument, id: Id): SelectedItem | undefined {
  const person = doc.persons.find((x) => x.id === id);
  if (person) return { kind: 'person', item: person };
  const partnership = doc.partnerships.find((x) => x.id === id);
  if (partnership) return { kind: 'partnership', item: partnership };
  const link = doc.parentLinks.find((x) => x.id === id);
  if (link) return { kind: 'parent-link', item: link };
  const group = doc.multipleBirths.find((x) => x.id === id);
  if (group) return { kind: 'multiple-birth', item: group };
  const line = doc.relationships.find((x) => x.id === id);
  if (line) return { kind: 'relationship', item: line };
  const household = doc.households.find((x) => x.id === id);
  if (household) return { kind: 'household', item: household };
  return undefined;
}
