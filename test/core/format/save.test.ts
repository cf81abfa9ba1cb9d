import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGenogramFile } from '../../../src/core/format/load';
import { saveGenogramFile } from '../../../src/core/format/save';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { addChild, addHousehold, addParents, addPartner, addPerson, addPregnancy, addSibling, setMultipleBirth } from '../../../src/core/model/operations';
import type { GenogramDocument } from '../../../src/core/model/types';
import { sampleFamily } from '../model/operations/sampleFamily';


/** A family grown by random edits, as an author would: parents, partners, children, siblings. */
function grow(steps: [number, number][]): GenogramDocument {
  let doc = addPerson(emptyDocument(), { givenNames: 'Start', gender: 'female', birth: { year: 1980 } }).doc;
  for (const [action, pick] of steps) {
    const person = doc.persons[pick % doc.persons.length]!;
    try {
      if (action === 0) doc = addParents(doc, person.id, 'both').doc;
      else if (action === 1) doc = addPartner(doc, person.id, { birth: { year: 1970 + (pick % 40), qualifier: 'about' } }).doc;
      else if (action === 2) doc = addChild(doc, [person.id], { givenNames: `C${pick}` }).doc;
      else if (action === 3) doc = addSibling(doc, person.id).doc;
      else if (action === 4) doc = addPregnancy(doc, [person.id], 'miscarriage').doc;
      else if (action === 5) doc = addHousehold(doc, `H${pick}`, [person.id], { year: 2000, month: 1 + (pick % 12) }).doc;
      else {
        const sibling = addSibling(doc, person.id);
        doc = setMultipleBirth(sibling.doc, [person.id, sibling.id], 'identical').doc;
      }
    } catch {
      // Refused edits (a third birth parent) leave the document as it was, as in the editor.
    }
  }
  return doc;
}

describe('saveGenogramFile', () => {
  it('keeps a "__proto__" key inside a kept unknown field as a key', () => {
    const text = saveGenogramFile(emptyDocument('t')).replace('"persons": []', '"persons": [{ "id": "p1", "gender": "female", "caseRef": { "__proto__": "x", "a": 1 } }]');
    const first = loadGenogramFile(text);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const saved = saveGenogramFile(first.document);
    expect(saved).toContain('"__proto__": "x"');
    const again = loadGenogramFile(saved);
    expect(again.ok && again.document).toStrictEqual(first.document);
  });

  it('writes the envelope first and the same text whatever order keys were built in', () => {
    const { doc } = sampleFamily();
    const text = saveGenogramFile(doc);
    expect(text.startsWith('{\n  "format": "genogram",\n  "version": 3,\n  "document": {\n    "id": ')).toBe(true);
    const reordered = { ...doc, persons: doc.persons.map((p) => Object.fromEntries(Object.entries(p).reverse()) as typeof p) };
    expect(saveGenogramFile(reordered)).toBe(text);
  });

  it('round-trips fields it does not know, at every level', () => {
    const base = addPerson(emptyDocument(), { givenNames: 'Ann', birth: { year: 1990 } });
    const doc = {
      ...base.doc,
      plugin: { a: [1, 2] },
      settings: { ...base.doc.settings, theme: 'dark', notation: { ...base.doc.settings.notation, showGrid: false } },
      persons: [{ ...base.doc.persons[0]!, birth: { year: 1990, source: 'register' }, caseRef: 'X' }],
    };
    const result = loadGenogramFile(saveGenogramFile(doc));
    expect(result.ok && result.document).toEqual(doc);
  });

  it('round-trips any family grown by edits, and every such family passes the checks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.nat(1000)), { maxLength: 40 }), (steps) => {
        const doc = grow(steps);
        const result = loadGenogramFile(saveGenogramFile(doc));
        expect(result).toEqual({ ok: true, document: doc, warnings: [] });
      }),
      { numRuns: 150 },
    );
  });
});
