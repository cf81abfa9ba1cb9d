import type { Migration } from './migration';

/*
 * Format version 3 adds the integrated chronology: `document.chronology`, an object with the
 * events ({ id, date: { from, to?, uncertain? }, time?, source?, description, kind, persons,
 * otherPersons?, household?, sensitive?, columns? }), the further columns' headings and the
 * "not seen" threshold. A version-2 file has none: it gets an empty chronology.
 *
 * A version-2 file may still carry a field named "chronology", kept from another tool as an
 * unknown field (version 2 kept every unknown field). Its shape is not this editor's, so it
 * is never read as events: it is kept, untouched, as "chronologyFromVersion2", with a warning.
 */
export const v2ToV3: Migration = {
  from: 2,
  to: 3,
  summary: 'documents gained an integrated chronology (empty for older files)',
  up(input) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { ok: false, errors: [{ path: 'document', message: 'The document must be an object' }] };
    }
    const { chronology, ...rest } = input as Record<string, unknown>;
    const warnings: string[] = [];
    const document: Record<string, unknown> = { ...rest, chronology: { events: [] } };
    if (chronology !== undefined) {
      document.chronologyFromVersion2 = chronology;
      warnings.push(
        'The file had a field "chronology" that this editor did not write; it is kept unread as "chronologyFromVersion2", and the chronology starts empty.',
      );
    }
    return { ok: true, document, warnings };
  },
};
