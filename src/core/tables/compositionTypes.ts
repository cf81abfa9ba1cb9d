import type { Id, PartialDate } from '../model/types';

/** One person of the family table, every cell as text. */
export interface FamilyTableRow {
  personId: Id;
  /** The label the person has in publication mode ("Mother's partner 1", "Child A"). */
  role: string;
  /** Empty in a published table, which names no one. */
  name: string;
  /** Relation to the subject child, capitalised ("Maternal half-brother"); "Subject child" for the subject. */
  relationship: string;
  gender: string;
  /** The date of birth ("12 Mar 2019"); in a published table the year only. */
  born: string;
  /** At the date: "24", "8 months", "3 weeks"; "Died aged 60" for the dead. Empty when the birth is not known. */
  age: string;
  ethnicity: string;
  disability: string;
  /** Where they live (or visit) at the date: "Leanne's household (from May 2023)"; "None at this date"; "Not entered". */
  household: string;
  /** The households they are in at the date, residents and visitors, for grouping and tests. */
  householdIds: Id[];
}

export type FamilyTableColumn = { key: keyof Omit<FamilyTableRow, 'personId' | 'householdIds'>; title: string };

export interface FamilyTable {
  asAt: PartialDate;
  /** The date as the table's heading and file name write it: the full date, or month and year when published. */
  asAtLabel: string;
  /** The subject child the relationships are given to, if any. */
  subject?: Id;
  publication: boolean;
  /** The columns in order; a published table has no Name column and gives years of birth. */
  columns: readonly FamilyTableColumn[];
  rows: FamilyTableRow[];
}

export const FAMILY_TABLE_COLUMNS: readonly FamilyTableColumn[] = [
  { key: 'role', title: 'Role' },
  { key: 'name', title: 'Name' },
  { key: 'relationship', title: 'Relationship to subject' },
  { key: 'gender', title: 'Gender' },
  { key: 'born', title: 'Date of birth' },
  { key: 'age', title: 'Age' },
  { key: 'ethnicity', title: 'Ethnicity' },
  { key: 'disability', title: 'Disability' },
  { key: 'household', title: 'Household' },
];

export const PUBLISHED_FAMILY_TABLE_COLUMNS: readonly FamilyTableColumn[] = FAMILY_TABLE_COLUMNS.filter((c) => c.key !== 'name').map((c) =>
  c.key === 'born' ? { ...c, title: 'Year of birth' } : c,
);
