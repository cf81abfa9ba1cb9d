// Any size gets an answer: 200,000 persons import, check, relate, tabulate and export as JSON
// and GEDCOM without "Maximum call stack size exceeded"; their figure is refused with the count
// and what to do instead, never a stack trace.
import { describe, expect, it } from 'vitest';
import type { ExportArgs } from '../../../src/cli/exportArgs';
import { runExport } from '../../../src/cli/runExport';
import { runChecks } from '../../../src/core/checks/runChecks';
import { unionBoxes } from '../../../src/core/drawing/bounds';
import { loadGenogramFile } from '../../../src/core/format/load';
import { saveGenogramFile } from '../../../src/core/format/save';
import { exportGedcom } from '../../../src/core/gedcom/exportGedcom';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import { relationsToSubject } from '../../../src/core/kinship/relationTo';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { figureTooLarge, MAX_FIGURE_PERSONS } from '../../../src/core/metrics/figureLimit';
import { maxOf, minOf, pushAll } from '../../../src/core/model/extremes';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import type { GenogramDocument } from '../../../src/core/model/types';
import { familyTable, familyTableToCsv } from '../../../src/core/tables/composition';

const MANY = 200_000;
const ARGS: ExportArgs = { input: 'many.ged', format: 'svg', publication: false, widthCm: 16, dpi: 300 };

function gedcomOf(persons: number): Uint8Array {
  const lines = ['0 HEAD', '1 GEDC', '2 VERS 5.5.1', '1 CHAR UTF-8'];
  for (let i = 1; i <= persons; i++) lines.push(`0 @I${i}@ INDI`, `1 NAME Person${i} /Many/`, `1 SEX ${i % 2 ? 'F' : 'M'}`, '1 BIRT', `2 DATE ${1900 + (i % 120)}`);
  lines.push('0 TRLR', '');
  return new TextEncoder().encode(lines.join('\n'));
}

function documentOf(persons: number): GenogramDocument {
  const doc = emptyDocument('Many');
  doc.persons = Array.from({ length: persons }, (_, i) => ({ id: `p_${i}`, givenNames: `P${i}`, gender: 'female' as const }));
  return doc;
}

describe('any size gets an answer', () => {
  it('the extremes and appends of 300,000 values, where Math.min(...values) overflows the stack', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_001);
    expect(() => Math.min(...values)).toThrow(RangeError);
    expect(minOf(values)).toBe(0);
    expect(maxOf(values)).toBe(values.reduce((a, b) => Math.max(a, b)));
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([])).toBe(-Infinity);
    const target = [1];
    pushAll(target, values);
    expect(target).toHaveLength(300_001);
    const boxes = values.map((v) => ({ x: v, y: -v, width: 10, height: 10 }));
    expect(unionBoxes(boxes)).toEqual({ x: 0, y: -300_000, width: 300_010, height: 300_010 });
  });

  it(`imports ${MANY.toLocaleString('en-GB')} persons and checks, relates, tabulates and exports them as JSON and GEDCOM`, { timeout: 120_000 }, () => {
    const imported = importGedcom(gedcomOf(MANY));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const doc = { ...imported.document, persons: imported.document.persons.map((p, i) => (i === 0 ? { ...p, subject: true } : p)) };
    expect(doc.persons).toHaveLength(MANY);
    expect(runChecks(doc).length).toBeGreaterThan(0);
    expect(relationsToSubject(doc, doc.persons[0]!.id).size).toBe(MANY);
    expect(familyTableToCsv(familyTable(doc, { subject: doc.persons[0]!.id })).split('\n').length).toBeGreaterThan(MANY);
    const json = saveGenogramFile(doc);
    const reloaded = loadGenogramFile(json);
    expect(reloaded.ok && reloaded.document.persons.length).toBe(MANY);
    expect(exportGedcom(doc).match(/^0 @[^@]+@ INDI/gm)).toHaveLength(MANY);
  });

  it('refuses the figure above its size with the count and what to do, in the layout and in the command line', async () => {
    expect(figureTooLarge(documentOf(MAX_FIGURE_PERSONS))).toBeUndefined();
    const message = figureTooLarge(documentOf(MANY))!;
    expect(message).toContain('200,000 persons');
    expect(message).toContain('at most 5,000');
    expect(message).toMatch(/JSON or GEDCOM/);
    await expect(layoutDocument(documentOf(MAX_FIGURE_PERSONS + 1))).rejects.toThrow('the document has 5,001 persons');
    const bytes = gedcomOf(MAX_FIGURE_PERSONS + 1);
    const svg = await runExport({ ...ARGS, format: 'svg' }, bytes);
    expect(svg.ok).toBe(false);
    if (!svg.ok) {
      expect(svg.message).toContain('5,001 persons');
      expect(svg.message).toContain('--format json');
      expect(svg.message).not.toMatch(/stack|RangeError/);
    }
    const json = await runExport({ ...ARGS, format: 'json' }, bytes);
    expect(json.ok).toBe(true);
  });
});
