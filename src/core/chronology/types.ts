import type { Id, PartialDate } from '../model/types';

/** What happened, in the words reviews use; 'other' for everything else. */
export const EVENT_KINDS = [
  'child-seen',
  'child-not-seen',
  'contact',
  'home-visit',
  'incident',
  'referral',
  'assessment',
  'strategy-meeting',
  'move-in',
  'move-out',
  'birth',
  'death',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  'child-seen': 'Child seen',
  'child-not-seen': 'Child not seen',
  contact: 'Contact',
  'home-visit': 'Home visit',
  incident: 'Incident',
  referral: 'Referral',
  assessment: 'Assessment',
  'strategy-meeting': 'Strategy meeting',
  'move-in': 'Move in',
  'move-out': 'Move out',
  birth: 'Birth',
  death: 'Death',
  other: 'Other',
};

/**
 * When an event happened, as reviews write it: a partial date ("May 2016", "c. 2016"), possibly
 * marked uncertain ("?22 May 2016"), or a period from one date to another ("Jun 2016 – Aug 2016").
 */
export interface EventDate {
  from: PartialDate;
  /** The end of a period; absent for a single date. */
  to?: PartialDate;
  /** Written with "?": the record itself doubts the date. */
  uncertain?: boolean;
}

/** One entry of the integrated chronology: one agency's contact with the family, or anything else dated. */
export interface ChronologyEvent {
  id: Id;
  date: EventDate;
  /** As written ("14:30"); free text. */
  time?: string;
  /** The agency or record the entry comes from ("Police", "GP", "Children's social care"). */
  source?: string;
  description: string;
  kind: EventKind;
  /** Persons of the family involved, by id. */
  persons: Id[];
  /** Persons involved who are not on the genogram, by name as written. */
  otherPersons?: string[];
  /** The household the event concerns. */
  household?: Id;
  /** The description is sensitive: never published. */
  sensitive?: boolean;
  /** Further columns the review keeps, by heading. */
  columns?: Record<string, string>;
}

/** The chronology of a document. */
export interface Chronology {
  events: ChronologyEvent[];
  /** The further columns' headings, in the order the review keeps them. */
  columns?: string[];
  /** The check "subject not seen" reports gaps longer than this many days (default 28). */
  notSeenDays?: number;
}

/** An event worked out from the family (a birth, a death, a partnership event, a move), not recorded in the chronology. */
export interface DerivedEvent extends ChronologyEvent {
  derived: true;
}

export type ShownEvent = ChronologyEvent | DerivedEvent;

export function isDerived(event: ShownEvent): event is DerivedEvent {
  return (event as DerivedEvent).derived === true;
}
