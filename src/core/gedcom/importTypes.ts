import type { GenogramDocument, Household, Id, PartialDate } from '../model/types';
import type { GedcomEncoding } from './decode';

/** Something read or left out, with the line of the file it comes from. */
export interface ImportIssue {
  line?: number;
  message: string;
}

export interface ImportSummary {
  /** GEDCOM version from HEAD.GEDC.VERS, e.g. "5.5.1" or "7.0"; undefined when the header has none. */
  version?: string;
  encoding: GedcomEncoding;
  lines: number;
  read: {
    persons: number;
    /** FAM records read (every one, including those that made no partnership). */
    families: number;
    /** Partnerships made (families with two partners). */
    partnerships: number;
    parentLinks: number;
    /** Dated or flagged events taken in: births, deaths, partnership events, adoptions. */
    events: number;
    notes: number;
  };
  /** Records, links or values left out, and why. */
  skipped: ImportIssue[];
  /** Taken in, but changed or approximated on the way (read the message). */
  warnings: ImportIssue[];
}

/** Children of one family born on the same full date: probably twins or more. */
export interface MultipleBirthSuggestion {
  members: Id[];
  birth: PartialDate;
  /** The FAM record's xref, e.g. "F12". */
  family: string;
}

/** A household built from dated RESI events at the same address or place. */
export interface HouseholdSuggestion {
  household: Household;
  /** Lines of the RESI events it comes from. */
  lines: number[];
}

export interface ImportOptions {
  /** Refuse larger inputs; default 50 MB. */
  maxBytes?: number;
  /** Put the suggested households into the document (default: only suggest them). */
  applyHouseholds?: boolean;
  /** Document title; default from the file's name in the header, else "Imported family". */
  title?: string;
}

export type ImportResult =
  | {
      ok: true;
      document: GenogramDocument;
      summary: ImportSummary;
      suggestions: { multipleBirths: MultipleBirthSuggestion[]; households: HouseholdSuggestion[] };
    }
  | { ok: false; errors: ImportIssue[] };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
