import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { addPerson } from '../../../src/core/model/operations/persons';
import { createEditorStore } from '../../../src/editor/editorStore';
import { createViewStore } from '../../../src/editor/viewState';
import { createUiStore } from '../../../src/ui/actions/uiState';
import { openFileInto, openGedcomImport } from '../../../src/ui/actions/openFile';

const bytes = (text: string) => new TextEncoder().encode(text);

const TWINS_AND_RESIDENCE = [
  '0 HEAD', '1 GEDC', '2 VERS 5.5.1', '1 CHAR UTF-8',
  '0 @I1@ INDI', '1 NAME Mia /Lee/', '1 SEX F', '1 RESI', '2 DATE FROM 2015', '2 ADDR 4 Elm Road',
  '0 @I2@ INDI', '1 NAME Ann /Lee/', '1 SEX F', '1 BIRT', '2 DATE 3 MAR 2017',
  '0 @I3@ INDI', '1 NAME Ben /Lee/', '1 SEX M', '1 BIRT', '2 DATE 3 MAR 2017',
  '0 @F1@ FAM', '1 WIFE @I1@', '1 CHIL @I2@', '1 CHIL @I3@',
  '0 TRLR', '',
].join('\n');

function setUp() {
  const before = addPerson(emptyDocument('Open case'), { givenNames: 'Zoe' }).doc;
  return { before, store: createEditorStore(before), view: createViewStore(), ui: createUiStore() };
}

async function reviewOf(text: string, name = 'lee.ged') {
  const { before, store, view, ui } = setUp();
  const read = await openFileInto({ name, bytes: bytes(text) }, { store, view, ui });
  return { before, store, view, ui, read };
}

describe('opening a GEDCOM file', () => {
  it('shows the summary dialog and leaves the open document alone until confirmed', async () => {
    const { before, store, ui, read } = await reviewOf(TWINS_AND_RESIDENCE);
    expect(read).toBe(true);
    expect(store.getState().doc).toBe(before);
    const dialog = ui.getState().dialog;
    expect(dialog?.kind).toBe('gedcom-import');
    if (dialog?.kind !== 'gedcom-import') return;
    expect(dialog.review.fileName).toBe('lee.ged');
    expect(dialog.review.summary.read.persons).toBe(3);
    expect(dialog.review.suggestions.multipleBirths).toHaveLength(1);
    expect(dialog.review.suggestions.households).toHaveLength(1);
  });

  it('opens without the suggestions when none are chosen', async () => {
    const { store, view, ui } = await reviewOf(TWINS_AND_RESIDENCE);
    const dialog = ui.getState().dialog;
    if (dialog?.kind !== 'gedcom-import') throw new Error('no import dialog');
    openGedcomImport(dialog.review, { multipleBirths: false, households: false }, { store, view, ui });
    const doc = store.getState().doc;
    expect(doc.persons.map((p) => p.givenNames)).toEqual(['Mia', 'Ann', 'Ben']);
    expect(doc.multipleBirths).toEqual([]);
    expect(doc.households).toEqual([]);
    expect(ui.getState().dialog).toBeNull();
    expect(ui.getState().notice?.text).toMatch(/3 people from "lee\.ged"/);
  });

  it('opens with the chosen suggestions applied', async () => {
    const { store, view, ui } = await reviewOf(TWINS_AND_RESIDENCE);
    const dialog = ui.getState().dialog;
    if (dialog?.kind !== 'gedcom-import') throw new Error('no import dialog');
    const household = dialog.review.suggestions.households[0]!.household.id;
    openGedcomImport(dialog.review, { multipleBirths: true, households: [household] }, { store, view, ui });
    const doc = store.getState().doc;
    expect(doc.multipleBirths).toHaveLength(1);
    expect(doc.households.map((h) => h.label)).toEqual(['4 Elm Road']);
    expect(ui.getState().notice?.text).toMatch(/2 suggestions applied/);
  });

  it('a garbled line is listed in the summary under Skipped, with its number; the document is unchanged until confirmed', async () => {
    const { before, store, ui, read } = await reviewOf('0 HEAD\n1 GEDC\n2 VERS 5.5.1\nthis line is garbage\n0 TRLR\n', 'slip.ged');
    expect(read).toBe(true);
    expect(store.getState().doc).toBe(before);
    const dialog = ui.getState().dialog;
    expect(dialog?.kind === 'gedcom-import' && dialog.review.summary.skipped).toEqual([{ line: 4, message: expect.stringMatching(/^not a GEDCOM line/) }]);
  });

  it('a damaged file (more than 20 lines that cannot be read) is a problem with their line numbers, and the document is unchanged', async () => {
    const { before, store, ui, read } = await reviewOf(`0 HEAD\n1 GEDC\n2 VERS 5.5.1\n${'this line is garbage\n'.repeat(30)}0 TRLR\n`, 'bad.ged');
    expect(read).toBe(false);
    expect(store.getState().doc).toBe(before);
    const dialog = ui.getState().dialog;
    expect(dialog?.kind).toBe('problem');
    if (dialog?.kind === 'problem') expect(dialog.lines.join('\n')).toMatch(/Line 4/);
  });

  it('a JSON document still opens at once, with no summary dialog', async () => {
    const { store, view, ui } = setUp();
    const { saveGenogramFile } = await import('../../../src/core/format/save');
    const other = addPerson(emptyDocument('Other'), { givenNames: 'Kit' }).doc;
    await expect(openFileInto({ name: 'other.genogram.json', bytes: bytes(saveGenogramFile(other)) }, { store, view, ui })).resolves.toBe(true);
    expect(store.getState().doc.persons.map((p) => p.givenNames)).toEqual(['Kit']);
    // Opened documents are fitted into view.
    // Fitted into view once its own layout is there (the editor then asks the canvas to fit).
    expect(view.getState().fitOnLayout).toBe(true);
    expect(ui.getState().dialog).toBeNull();
  });
});
