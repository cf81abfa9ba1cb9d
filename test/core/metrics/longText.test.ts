// Text layout costs what is shown, not what is stored: a name, title, caption or second line
// of 100,000 letters (one unbroken word, or many words) is laid out, drawn and exported as
// SVG with the same count of measured characters as one of 200,000. Work is counted
// (measuredCharacters), not timed.
import { describe, expect, it } from 'vitest';
import { layOutHeadless } from '../../../src/cli/layOutHeadless';
import { sceneToSvg } from '../../../src/core/export/svg';
import { loadGenogramFile } from '../../../src/core/format/load';
import { saveGenogramFile } from '../../../src/core/format/save';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import { measuredCharacters, textWidth, wrapText } from '../../../src/core/metrics/textMetrics';
import { LABEL_WIDTH } from '../../../src/core/metrics/figureSizes';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import type { GenogramDocument } from '../../../src/core/model/types';
import { figure } from '../../../src/editor/figure';

function longDocument(text: string): GenogramDocument {
  const doc = emptyDocument(text);
  doc.settings.caption = text;
  doc.persons = [
    { id: 'p_1', givenNames: text, familyName: text, gender: 'female', secondLine: text, notes: text, subject: true, birth: { year: 2015 } },
    { id: 'p_2', givenNames: 'Ann', familyName: 'Smith', gender: 'female', birth: { year: 1990 } },
  ];
  doc.parentLinks = [{ id: 'l_1', parent: 'p_2', child: 'p_1', kind: 'birth' }];
  return doc;
}

async function exportWork(text: string): Promise<{ work: number; svg: string }> {
  const doc = longDocument(text);
  const layout = await layOutHeadless(doc);
  const before = measuredCharacters();
  const svg = sceneToSvg(figure(doc, { layout, publication: false }).scene, {});
  return { work: measuredCharacters() - before, svg };
}

describe('text layout in linear time', () => {
  it('wraps a word of 100,000 letters measuring no more than the two lines it shows', () => {
    const before = measuredCharacters();
    const lines = wrapText('M'.repeat(100_000), LABEL_WIDTH, 12, 2);
    expect(measuredCharacters() - before).toBeLessThan(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[0]!, 12)).toBeLessThanOrEqual(LABEL_WIDTH);
  });

  it('wraps 100,000 letters in short words with the work of the lines shown', () => {
    const before = measuredCharacters();
    const lines = wrapText('abc '.repeat(25_000), LABEL_WIDTH, 12, 2);
    expect(measuredCharacters() - before).toBeLessThan(200);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('exports a 100,000-letter name, title and caption as SVG with the same work as one of 1,000 letters', async () => {
    const short = await exportWork('W'.repeat(1_000));
    const long = await exportWork('W'.repeat(100_000));
    const longer = await exportWork('W'.repeat(200_000));
    // The measured characters do not grow with the text (the shown lines are the same).
    expect(long.work).toBe(short.work);
    expect(longer.work).toBe(long.work);
    expect(long.work).toBeLessThan(20_000);
    // The drawing shows the start, shortened, never the whole word.
    expect(long.svg).toContain('WWWW…');
    expect(long.svg.includes('W'.repeat(2_000))).toBe(false);
  });
});

describe('the importer and long names', () => {
  it('warns about a GEDCOM name over 1,000 characters (here 4,000 CONC lines), naming its line, and keeps it whole', () => {
    const lines = ['0 HEAD', '1 GEDC', '2 VERS 5.5.1', '1 CHAR UTF-8', '0 @I1@ INDI', '1 NAME Bart', ...Array.from({ length: 4000 }, () => '2 CONC holomew'), '1 SEX M', '0 TRLR', ''];
    const result = importGedcom(new TextEncoder().encode(lines.join('\n')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.persons[0]!.givenNames).toBe(`Bart${'holomew'.repeat(4000)}`);
    expect(result.summary.warnings).toContainEqual(expect.objectContaining({ line: 6, message: expect.stringContaining('line 6: the name "Bartholomewholomewholome…" has 28,004 characters (more than 1,000); it is kept whole') }));
  });

  it('warns about a long name in a .genogram.json file, naming the person, and keeps it whole', () => {
    const loaded = loadGenogramFile(saveGenogramFile(longDocument('W'.repeat(5000))));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.document.persons[0]!.givenNames).toHaveLength(5000);
    expect(loaded.warnings.find((w) => w.startsWith('persons[0]: the name "WWW'))).toContain('has 10,000 characters');
  });
});
