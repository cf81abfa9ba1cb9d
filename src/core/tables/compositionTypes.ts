import type { Id, PartialDate } from '../model/types';

export interface CompositionRow {
  personId: Id;
  name: string;
  /** Relation to the subject child, capitalised ("Mother's partner"); "Subject child" for the subject. */
  relationship: string;
  /** Whole years at the date; empty when the birth is not known. */
  age: string;
  gender: string;
  ethnicity: string;
  disability: string;
  /** The membership period that covers the date; empty when open. */
  from: string;
  to: string;
}

export interface HouseholdComposition {
  householdId: Id;
  label: string;
  rows: CompositionRow[];
}

export interface Composition {
  asAt: PartialDate;
  /** The subject child the relationships are given to, if any. */
  subject?: Id;
  households: HouseholdComposition[];
}

export const COMPOSITION_COLUMNS: readonly { key: keyof Omit<CompositionRow, 'personId'>; title: string }[] = [
  { key: 'name', title: 'Name' },
  { key: 'relationship', title: 'Relationship to subject child' },
  { key: 'age', title: 'Age' },
  { key: 'gender', title: 'Gender' },
  { key: 'ethnicity', title: 'Ethnicity' },
  { key: 'disability', title: 'Disability' },
  { key: 'from', title: 'From' },
  { key: 'to', title: 'To' },
];
