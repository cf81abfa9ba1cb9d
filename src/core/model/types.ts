// The genogram document: pure data, the single source of truth.
// Everything the canvas, the exports and the checks show is derived from it.
// Nothing here may import React, React Flow, zustand or the DOM.

import type { Chronology } from '../chronology/types';

export type Id = string;

/** A date known to a year, a month or a day, possibly only approximately. */
export interface PartialDate {
  year: number;
  /** 1–12 */
  month?: number;
  /** 1–31; only with a month */
  day?: number;
  /** absent means the date is stated as exact to its precision */
  qualifier?: 'about' | 'before' | 'after';
}

/** The glyph follows gender identity (NSGC 2022); sex at birth is an optional note. */
export type Gender = 'female' | 'male' | 'nonbinary' | 'unknown';

export type PregnancyOutcome = 'ongoing' | 'miscarriage' | 'termination' | 'stillbirth';

export type Ethnicity = { status: 'recorded'; text: string } | { status: 'not-recorded' };

export interface Disability {
  status: 'yes' | 'no' | 'not-recorded';
  text?: string;
}

export type SubstanceMisuse = 'yes' | 'suspected' | 'in-recovery';

export interface Conditions {
  mentalIllHealth?: boolean;
  substanceMisuse?: SubstanceMisuse;
  seriousPhysicalIllness?: boolean;
  learningDisability?: boolean;
}

/** Well-known status badges; any other short text is a free badge. */
export const KNOWN_BADGES = {
  CPP: 'Child protection plan',
  LAC: 'Looked after child',
  CIN: 'Child in need plan',
} as const;

/**
 * The place in the child's life of an adult outside the family ("significant other"): a partner
 * who visits, a friend, a lodger, anyone else living in or visiting the household. Such a person
 * is an ordinary person on the figure, their role as the second line; their periods as resident
 * or visitor are household periods (see HouseholdMember.visiting).
 */
export type SignificantOtherRole = 'partner' | 'friend' | 'lodger' | 'household-member' | 'other';

export interface SignificantOther {
  role: SignificantOtherRole;
  /** Whose partner or friend they are (e.g. the mother); absent when not known or not a person's. */
  of?: Id;
  /** The role in the author's own words, for 'other' or to say more ("neighbour", "mother's cousin's partner"). */
  text?: string;
}

export interface Person {
  id: Id;
  givenNames?: string;
  familyName?: string;
  /** Overrides the name on the figure (e.g. "Child A"). */
  label?: string;
  /** Optional second line under the name (occupation, short note). */
  secondLine?: string;
  gender: Gender;
  /** Free note on sex assigned at birth, shown under the symbol when set. */
  sexAtBirthNote?: string;
  birth?: PartialDate;
  death?: PartialDate;
  /** Deceased with no known date (a death date implies deceased). */
  deceased?: boolean;
  /** Set for a pregnancy or a pregnancy loss; such a "person" is drawn with the pregnancy glyphs. */
  pregnancy?: { outcome: PregnancyOutcome; expected?: PartialDate };
  /** Unknown person (e.g. father not known): drawn dashed with "?". */
  placeholder?: boolean;
  /** Subject of the review (index person). Several are allowed. */
  subject?: boolean;
  ethnicity?: Ethnicity;
  disability?: Disability;
  conditions?: Conditions;
  /** Status badges: "CPP", "LAC", "CIN" or free short texts. */
  badges?: string[];
  notes?: string;
  /** Set for an adult outside the family who matters to the child (see SignificantOther). */
  significantOther?: SignificantOther;
  /** Position the user dragged the symbol to; honoured by the layout until released. */
  pinned?: { x: number; y: number };
}

export type PartnershipKind = 'partnership' | 'transitory';

export type PartnershipEventType =
  | 'started'
  | 'engaged'
  | 'cohabiting'
  | 'married'
  | 'civil-partnership'
  | 'separated'
  | 'divorced'
  | 'dissolved'
  | 'annulled'
  | 'reconciled'
  | 'widowed'
  | 'ended';

export interface PartnershipEvent {
  type: PartnershipEventType;
  date?: PartialDate;
}

/** A relationship between two persons with a dated history; no side is fixed by sex. */
export interface Partnership {
  id: Id;
  a: Id;
  b: Id;
  /** 'transitory' for dating / short-term relationships (dotted line). */
  kind: PartnershipKind;
  /** In time order. */
  events: PartnershipEvent[];
  notes?: string;
}

export type ParentLinkKind = 'birth' | 'adoptive' | 'foster' | 'kinship' | 'special-guardianship';

/** One parent–child link. Carers (adoptive, foster, kinship, SGO) never replace birth parents. */
export interface ParentLink {
  id: Id;
  parent: Id;
  child: Id;
  kind: ParentLinkKind;
  from?: PartialDate;
  to?: PartialDate;
}

export interface MultipleBirth {
  id: Id;
  kind: 'identical' | 'fraternal';
  /** Two or more persons born together, in birth order. */
  members: Id[];
}

export type AbuseKind = 'domestic' | 'physical' | 'emotional' | 'sexual' | 'neglect';

export type RelationshipKind = 'close' | 'distant' | 'conflict' | 'cut-off' | `abuse-${AbuseKind}`;

export const ABUSE_KINDS: readonly AbuseKind[] = ['domestic', 'physical', 'emotional', 'sexual', 'neglect'];

/** An emotional or abusive relationship drawn over the structure; never moves anyone. */
export interface RelationshipLine {
  id: Id;
  kind: RelationshipKind;
  /** For abuse kinds: the person causing harm. */
  from: Id;
  /** For abuse kinds: the person harmed (the arrowhead end). */
  to: Id;
  notes?: string;
}

export interface HouseholdMember {
  person: Id;
  from?: PartialDate;
  to?: PartialDate;
  /**
   * Visiting, not living there (a partner who stays some nights, a regular visitor): counted in
   * the household's composition, never enclosed by its outline. Absent means resident.
   */
  visiting?: boolean;
}

/** People who live together. One person may have several periods, in different households. */
export interface Household {
  id: Id;
  label: string;
  address?: string;
  /** Each entry is one period of membership; a person may appear more than once. */
  members: HouseholdMember[];
  /**
   * When the household began and ended (moved in together, split up): the period of every
   * member who has no date of their own (read through memberPeriods).
   */
  from?: PartialDate;
  to?: PartialDate;
  /** Drawn with a heavier outline (e.g. the subject child's household). */
  emphasised?: boolean;
}

export interface NotationOptions {
  showAges: boolean;
  showYears: boolean;
  showPartnershipLabels: boolean;
  showHouseholds: boolean;
  showRelationshipLines: boolean;
  showLegend: boolean;
}

export interface DocumentSettings {
  title: string;
  caption?: string;
  /** Reference ("as at") date; absent means today. */
  asAt?: PartialDate;
  notation: NotationOptions;
  /**
   * Who places the rows and routes the lines once generations and order are fixed: ELK
   * (absent or 'elk', the default) or 'standard', the project's own placement (faster on very
   * large families; see src/core/layout/layoutDocument.ts).
   */
  layoutEngine?: 'standard' | 'elk';
  /**
   * How relationship terms name a partner whose partnership ended: "former husband" (absent or
   * 'former', the default) or "ex-husband" ('ex'), as the author's service writes it.
   */
  endedPartnerWord?: 'former' | 'ex';
}

export interface GenogramDocument {
  id: Id;
  settings: DocumentSettings;
  persons: Person[];
  partnerships: Partnership[];
  parentLinks: ParentLink[];
  multipleBirths: MultipleBirth[];
  relationships: RelationshipLine[];
  households: Household[];
  /** The integrated chronology (format version 3); absent or empty when none is kept. */
  chronology?: Chronology;
}

export const DEFAULT_NOTATION: NotationOptions = {
  showAges: true,
  showYears: true,
  showPartnershipLabels: true,
  showHouseholds: true,
  showRelationshipLines: true,
  showLegend: true,
};
