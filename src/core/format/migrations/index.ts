import type { FormatError } from '../formatError';
import type { Migration } from './migration';
import { v1ToV2 } from './v1ToV2';
import { pushAll } from '../../model/extremes';
import { v2ToV3 } from './v2ToV3';

/** Every migration, in order; migration n takes version n to n + 1. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3];

/** Runs the migrations from `fromVersion` up to `toVersion`, stopping at the first that fails. */
export function migrateDocument(
  document: unknown,
  fromVersion: number,
  toVersion: number,
): { ok: true; document: unknown; warnings: string[] } | { ok: false; errors: FormatError[] } {
  let current = document;
  const warnings: string[] = [];
  for (let version = fromVersion; version < toVersion; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step || step.to !== version + 1) {
      return { ok: false, errors: [{ path: 'version', message: `This editor cannot convert format version ${version} files` }] };
    }
    const result = step.up(current);
    if (!result.ok) return result;
    current = result.document;
    pushAll(warnings, result.warnings);
  }
  return { ok: true, document: current, warnings };
}
