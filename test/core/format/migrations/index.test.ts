import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateDocument } from '../../../../src/core/format/migrations';
import { CURRENT_FORMAT_VERSION } from '../../../../src/core/format/version';

describe('migration registry', () => {
  it('has one step for every version below the current one, in order', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: CURRENT_FORMAT_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
  });

  it('refuses a version it has no step for', () => {
    const result = migrateDocument({}, 0, CURRENT_FORMAT_VERSION);
    expect(result).toEqual({ ok: false, errors: [{ path: 'version', message: 'This editor cannot convert format version 0 files' }] });
  });
});
