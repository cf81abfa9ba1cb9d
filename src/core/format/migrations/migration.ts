import type { FormatError } from '../formatError';

export type MigrationResult = { ok: true; document: unknown; warnings: string[] } | { ok: false; errors: FormatError[] };

/** One step from a format version to the next, on the raw parsed document (before validation). */
export interface Migration {
  from: number;
  to: number;
  /** What changed, for the warning shown after an old file is opened. */
  summary: string;
  up(document: unknown): MigrationResult;
}
