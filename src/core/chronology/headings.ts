/** The columns the import understands; any other heading is kept as a further column. */
export type KnownColumn = 'date' | 'end' | 'time' | 'source' | 'description' | 'persons' | 'kind' | 'household' | 'sensitive';

const HEADINGS: Record<KnownColumn, readonly string[]> = {
  date: ['date', 'start date', 'date from', 'from', 'start', 'event date'],
  end: ['end date', 'date to', 'to', 'end', 'until'],
  time: ['time'],
  source: ['source', 'agency', 'organisation', 'organization', 'source agency', 'agency / source', 'source / agency'],
  description: ['event', 'description', 'details', 'event / description', 'event description', 'event details', 'summary'],
  persons: ['people', 'persons involved', 'people involved', 'persons', 'names', 'person', 'who'],
  kind: ['kind', 'type', 'event type', 'category'],
  household: ['household'],
  sensitive: ['sensitive'],
};

/** Lower case, single spaces, no trailing colon or asterisk: "Persons Involved:" matches "persons involved". */
export function normaliseHeading(heading: string): string {
  return heading.trim().replace(/\s+/g, ' ').replace(/[:*]+$/, '').trim().toLowerCase();
}

export interface ColumnMap {
  known: Partial<Record<KnownColumn, number>>;
  /** Further columns, heading as written, with their index. */
  further: { heading: string; index: number }[];
}

/** Matches the heading row's cells to the known columns, case-insensitively; the first of each wins. */
export function mapHeadings(cells: readonly string[]): ColumnMap {
  const known: ColumnMap['known'] = {};
  const further: ColumnMap['further'] = [];
  cells.forEach((cell, index) => {
    const name = normaliseHeading(cell);
    const column = (Object.keys(HEADINGS) as KnownColumn[]).find((k) => HEADINGS[k].includes(name));
    if (column && known[column] === undefined) known[column] = index;
    else if (name !== '') further.push({ heading: cell.trim(), index });
  });
  return { known, further };
}

/** The headings export writes, in order; import reads them back. */
export const EXPORT_HEADINGS: Record<Exclude<KnownColumn, 'end'>, string> = {
  date: 'Date',
  time: 'Time',
  source: 'Source',
  kind: 'Kind',
  description: 'Event',
  persons: 'People',
  household: 'Household',
  sensitive: 'Sensitive',
};
