import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sceneToSvg } from '../../../src/core/export/svg';
import { loadGenogramFile } from '../../../src/core/format/load';
import { saveGenogramFile } from '../../../src/core/format/save';
import { exportGedcom } from '../../../src/core/gedcom/exportGedcom';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { cleanText, isolateBidi, outputText, removeControls } from '../../../src/core/model/textHygiene';
import type { GenogramDocument } from '../../../src/core/model/types';
import { familyTable, familyTableToCsv, familyTableToHtml, familyTableToMarkdown } from '../../../src/core/tables/composition';
import type { Scene } from '../../../src/core/drawing/scene';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202e';
const PDF = '\u202c';
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Every bidirectional control in `out` stands inside an isolate that opens at its start and closes at its end. */
function onlyInsideIsolate(out: string): boolean {
  if (!BIDI.test(out)) return true;
  // Any isolate opener will do (FSI, LRI or RLI): each is closed by the PDI.
  if (!(out.startsWith(FSI) || out.startsWith('\u2066') || out.startsWith('\u2067')) || !out.endsWith(PDI)) return false;
  // The isolate opened first is closed only by the last character.
  let depth = 0;
  const chars = Array.from(out);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === FSI || ch === '\u2066' || ch === '\u2067') depth++;
    else if (ch === PDI && depth > 0) {
      depth--;
      if (depth === 0 && i !== chars.length - 1) return false;
    }
  }
  return depth === 0;
}

function docWith(name: string): GenogramDocument {
  const doc = emptyDocument('Hygiene');
  doc.persons = [
    { id: 'p_1', givenNames: name, familyName: 'Smith', gender: 'female', subject: true, birth: { year: 2015 } },
    { id: 'p_2', givenNames: 'Ann', gender: 'female', birth: { year: 1990 } },
  ];
  doc.parentLinks = [{ id: 'l_1', parent: 'p_2', child: 'p_1', kind: 'birth' }];
  return doc;
}

describe('control characters', () => {
  it('are removed, tab and newline kept, a carriage return made a newline, each code named once', () => {
    expect(removeControls('A\u0000n\u001bn\u0000\ta\r\nb\rc\u0085')).toEqual({ text: 'Ann\ta\nb\nc', removed: 6, codes: ['U+0000', 'U+001B', 'U+000D', 'U+0085'] });
    expect(removeControls('Zoë\tand\nme')).toEqual({ text: 'Zoë\tand\nme', removed: 0, codes: [] });
  });

  it('leave nothing but tab and newline, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), fc.constantFrom('a', 'é', RLO, '\t', '\n')) }), (text) => {
        const { text: out } = removeControls(text);
        expect(CONTROL.test(out)).toBe(false);
        expect(out.replace(/\n/g, '')).toBe(text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, ''));
      }),
    );
  });

  it('are removed from a .genogram.json file with a warning naming where', () => {
    const text = saveGenogramFile(docWith('Ann\u0000e\u0007'));
    const loaded = loadGenogramFile(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.document.persons[0]!.givenNames).toBe('Anne');
    expect(loaded.warnings).toContain('persons[0].givenNames: 2 control characters (U+0000, U+0007) removed.');
  });

  it('are removed from a GEDCOM file with a warning naming the line', () => {
    const ged = '0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Ann\u000ce /Lee\u007f/\n1 SEX F\n0 TRLR\n';
    const result = importGedcom(new TextEncoder().encode(ged));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.persons[0]).toMatchObject({ givenNames: 'Anne', familyName: 'Lee' });
    expect(result.summary.warnings).toContainEqual(expect.objectContaining({ line: 6, message: expect.stringContaining('line 6: 2 control characters (U+000C, U+007F) removed from the NAME value') }));
  });

  it('never reach an export: a name holding NUL exports as GEDCOM that the importer reads back', () => {
    const doc = docWith('Ann\u0000e');
    const ged = exportGedcom(doc);
    expect(ged).not.toMatch(CONTROL);
    const back = importGedcom(new TextEncoder().encode(ged));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.document.persons.map((p) => p.givenNames)).toContain('Anne');
    const table = familyTable(doc, { subject: 'p_1' });
    for (const out of [familyTableToCsv(table), familyTableToMarkdown(table), familyTableToHtml(table)]) expect(out.replace(/\r\n/g, '\n')).not.toMatch(CONTROL);
  });

  it('cleans every string of a document, keeping the objects it did not change', () => {
    const doc = docWith('Clean');
    expect(cleanText(doc).value).toBe(doc);
    const dirty = { ...doc, settings: { ...doc.settings, caption: 'x\u0000' } };
    const { value, cleanings } = cleanText(dirty);
    expect(value.settings.caption).toBe('x');
    expect(value.persons).toBe(dirty.persons);
    expect(cleanings.map((c) => c.path)).toEqual(['settings.caption']);
  });
});

describe('bidirectional controls', () => {
  it('are put inside an isolate closed at the end, with every override they open closed', () => {
    expect(isolateBidi(`${RLO}evil${PDF} name`)).toBe(`${FSI}${RLO}evil${PDF} name${PDI}`);
    expect(isolateBidi(`${RLO}evil name`)).toBe(`${FSI}${RLO}evil name${PDF}${PDI}`);
    expect(isolateBidi('\u2067abc')).toBe(`${FSI}\u2067abc${PDI}${PDI}`);
    expect(isolateBidi('Plain Ann')).toBe('Plain Ann');
    // Written once, kept: a round trip does not wrap it again.
    const once = isolateBidi(`${RLO}evil`);
    expect(isolateBidi(once)).toBe(once);
  });

  it('stand only inside an isolate in outputText, whatever the text', () => {
    const unit = fc.constantFrom('a', 'ب', ' ', '\u202a', '\u202b', PDF, '\u202d', RLO, '\u2066', '\u2067', FSI, PDI, '\u200e', '\u200f', '\u0000');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const out = outputText(text);
        expect(onlyInsideIsolate(out)).toBe(true);
        expect(CONTROL.test(out)).toBe(false);
        expect(outputText(out)).toBe(out);
      }),
    );
  });

  it('are isolated in the SVG, the family table (CSV, Markdown, HTML) and GEDCOM', () => {
    const name = `${RLO}evil${PDF} name`;
    const doc = docWith(name);
    const scene: Scene = { bounds: { x: 0, y: 0, width: 100, height: 20 }, groups: [{ key: 'g', kind: 'person', bounds: { x: 0, y: 0, width: 100, height: 20 }, items: [{ type: 'text', x: 0, y: 10, text: `${name} 8`, size: 12, weight: 400, anchor: 'start', fill: '#000' }] }] } as unknown as Scene;
    const svg = sceneToSvg(scene, {});
    expect(svg).toContain(`>${FSI}${RLO}evil${PDF} name 8${PDI}</text>`);
    const table = familyTable(doc, { subject: 'p_1' });
    expect(familyTableToCsv(table)).toContain(`,${FSI}${name} Smith${PDI},`);
    expect(familyTableToMarkdown(table)).toContain(`| ${FSI}${name} Smith${PDI} |`);
    expect(familyTableToHtml(table)).toContain(`<td>${FSI}${name} Smith${PDI}</td>`);
    expect(exportGedcom(doc)).toContain(`1 NAME ${FSI}${name}${PDI} /Smith/`);
    for (const out of [svg, familyTableToCsv(table), familyTableToMarkdown(table), familyTableToHtml(table), exportGedcom(doc)]) {
      expect(out.split(RLO).length - 1).toBe(out.split(`${FSI}${RLO}`).length - 1);
    }
  });
});
