import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGenogramFile } from '../../src/core/format/load';
import { saveGenogramFile } from '../../src/core/format/save';
import { sceneToSvg } from '../../src/core/export/svg';
import type { GenogramDocument } from '../../src/core/model/types';
import { addChildCommand, addPartnerCommand, deleteSelectionCommand, movePersonsCommand } from '../../src/editor/commands';
import { createEditor, openDocument } from '../../src/editor/createEditor';
import { documentForExport, figure } from '../../src/editor/figure';
import { createInProcessLayoutRunner } from '../../src/editor/inProcessLayout';
import type { LayoutAnswer, LayoutRunner } from '../../src/editor/ports';
import { shownLayout } from '../../src/editor/shownLayout';

// The headless editor driven as the app drives it, in Node: no React, no browser, no worker.

function loadFixture(): GenogramDocument {
  const text = readFileSync(new URL('../fixtures/format/v2-family.genogram.json', import.meta.url), 'utf8');
  const loaded = loadGenogramFile(text);
  if (!loaded.ok) throw new Error('fixture does not load');
  return loaded.document;
}

const svgOf = (doc: GenogramDocument, layout: Parameters<typeof figure>[1]['layout']) =>
  sceneToSvg(figure(doc, { layout, publication: false, legend: true }).scene);

/** A runner whose answers the test hands out one by one, to see what the editor shows meanwhile. */
function heldRunner() {
  const inner = createInProcessLayoutRunner();
  const held: { doc: GenogramDocument; release: () => Promise<void> }[] = [];
  const runner: LayoutRunner = {
    layout(doc) {
      return new Promise<LayoutAnswer>((resolve) => {
        held.push({ doc, release: async () => resolve(await inner.layout(doc)) });
      });
    },
    dispose: () => inner.dispose(),
  };
  return { runner, held };
}

describe('the headless editor', () => {
  it('loads a file and lays it out: every person placed, the first layout fitted into view', async () => {
    const doc = loadFixture();
    const editor = createEditor({ document: doc, layout: createInProcessLayoutRunner() });
    expect(editor.view.getState().layoutBusy).toBe(true);
    const { doc: laidOutDoc, layout } = await editor.whenLaidOut();
    expect(laidOutDoc).toBe(doc);
    expect([...layout.boxes.keys()].sort()).toEqual(doc.persons.map((p) => p.id).sort());
    expect(editor.view.getState()).toMatchObject({ layoutBusy: false, layoutMessage: undefined, fitRequest: 1 });
    editor.dispose();
  });

  it('fits a document opened in place of another once, when its own layout is there (also the same document opened again)', async () => {
    const doc = loadFixture();
    const editor = createEditor({ document: doc, layout: createInProcessLayoutRunner() });
    await editor.whenLaidOut();
    expect(editor.view.getState().fitRequest).toBe(1);
    const again = { ...doc, persons: [...doc.persons] };
    openDocument(editor, again);
    // Not yet: fitting now would fit the figure still on screen.
    expect(editor.view.getState()).toMatchObject({ fitRequest: 1, fitOnLayout: true });
    await editor.whenLaidOut();
    expect(editor.view.getState()).toMatchObject({ fitRequest: 2, fitOnLayout: false });
    editor.dispose();
  });

  it('edits as one undo step each, lays out each new document, and undo brings back the same picture at once', async () => {
    const editor = createEditor({ document: loadFixture(), layout: createInProcessLayoutRunner() });
    const first = await editor.whenLaidOut();
    const someone = first.doc.persons[0]!.id;
    const added = addPartnerCommand(editor.store, someone, { givenNames: 'Newcomer' });
    expect(added.ok).toBe(true);
    expect(editor.store.getState().past).toHaveLength(1);
    const second = await editor.whenLaidOut();
    expect(second.doc).toBe(editor.store.getState().doc);
    expect(second.layout.boxes.size).toBe(first.layout.boxes.size + 1);

    editor.store.getState().undo();
    // A document the editor has laid out before is shown again without asking the runner.
    expect(editor.view.getState().layoutBusy).toBe(false);
    expect(editor.view.getState().laidOut).toEqual({ doc: first.doc, layout: first.layout });
    editor.store.getState().redo();
    expect(editor.view.getState().laidOut?.layout).toBe(second.layout);
    editor.dispose();
  });

  it('draws a document the same however it was reached: edited here, or saved and opened again', async () => {
    const editor = createEditor({ document: loadFixture(), layout: createInProcessLayoutRunner() });
    const { doc } = await editor.whenLaidOut();
    const parents = doc.partnerships[0]!;
    addChildCommand(editor.store, { partnershipId: parents.id, person: parents.a }, { givenNames: 'Late', birth: { year: 2021 } });
    const edited = await editor.whenLaidOut();
    const reopened = loadGenogramFile(saveGenogramFile(edited.doc));
    if (!reopened.ok) throw new Error('saved file does not load');
    const fresh = createEditor({ document: reopened.document, layout: createInProcessLayoutRunner() });
    const again = await fresh.whenLaidOut();
    expect(svgOf(again.doc, again.layout)).toBe(svgOf(edited.doc, edited.layout));
    editor.dispose();
    fresh.dispose();
  });

  it('keeps the last finished layout on screen while the next is computed, with boxes for persons added since', async () => {
    const { runner, held } = heldRunner();
    const editor = createEditor({ document: loadFixture(), layout: runner });
    await held[0]!.release();
    const first = await editor.whenLaidOut();
    const someone = first.doc.persons[0]!.id;
    addPartnerCommand(editor.store, someone, { givenNames: 'Newcomer' });
    const newcomer = editor.store.getState().selection[0]!;
    expect(editor.view.getState().layoutBusy).toBe(true);
    const meanwhile = shownLayout(editor.store.getState().doc, editor.view.getState().laidOut)!;
    expect(meanwhile.boxes.has(newcomer)).toBe(true);
    for (const [id, box] of first.layout.boxes) expect(meanwhile.boxes.get(id)).toEqual(box);
    await held[1]!.release();
    expect((await editor.whenLaidOut()).layout.boxes.has(newcomer)).toBe(true);
    editor.dispose();
  });

  it('shows persons where they were dropped until the layout of the pinned document arrives', async () => {
    const { runner, held } = heldRunner();
    const editor = createEditor({ document: loadFixture(), layout: runner });
    await held[0]!.release();
    const { doc } = await editor.whenLaidOut();
    const id = doc.persons[0]!.id;
    movePersonsCommand(editor.store, new Map([[id, { x: 1234, y: 40 }]]));
    expect(shownLayout(editor.store.getState().doc, editor.view.getState().laidOut)!.boxes.get(id)).toMatchObject({ x: 1234, y: 40 });
    await held[1]!.release();
    expect((await editor.whenLaidOut()).layout.boxes.get(id)).toMatchObject({ x: 1234, y: 40 });
    editor.dispose();
  });

  it('drops answers overtaken by newer edits, and whenLaidOut waits for the layout of the document open now', async () => {
    const { runner, held } = heldRunner();
    const editor = createEditor({ document: loadFixture(), layout: runner });
    const waiting = editor.whenLaidOut();
    const someone = editor.store.getState().doc.persons[0]!.id;
    addPartnerCommand(editor.store, someone);
    const current = editor.store.getState().doc;
    // The first document's layout arrives late: it is not shown, and the wait goes on.
    await held[0]!.release();
    expect(editor.view.getState().laidOut).toBeUndefined();
    expect(editor.view.getState().layoutBusy).toBe(true);
    await held[1]!.release();
    expect((await waiting).doc).toBe(current);
    editor.dispose();
  });

  it('says why when the document cannot be laid out, and whenLaidOut rejects with that', async () => {
    const failing: LayoutRunner = { layout: async () => ({ status: 'failed', message: 'The layout took too long.' }), dispose() {} };
    const editor = createEditor({ document: loadFixture(), layout: failing });
    await expect(editor.whenLaidOut()).rejects.toThrow('The layout took too long.');
    expect(editor.view.getState()).toMatchObject({ layoutBusy: false, layoutMessage: 'The layout took too long.' });
    editor.dispose();
  });

  it('exports what it shows: the figure of the finished layout, and the publication data with every id replaced', async () => {
    const editor = createEditor({ document: loadFixture(), layout: createInProcessLayoutRunner() });
    editor.store.getState().select([editor.store.getState().doc.persons[0]!.id]);
    deleteSelectionCommand(editor.store);
    const { doc, layout } = await editor.whenLaidOut();
    const svg = sceneToSvg(figure(doc, { layout, publication: false }).scene);
    for (const p of doc.persons.filter((q) => q.givenNames)) expect(svg).toContain(p.givenNames!);
    const published = documentForExport(doc, true);
    const recordedIds = new Set([...doc.persons, ...doc.partnerships, ...doc.parentLinks].map((x) => x.id));
    expect([...published.persons, ...published.partnerships, ...published.parentLinks].filter((x) => recordedIds.has(x.id))).toEqual([]);
    expect(saveGenogramFile(published)).not.toContain(doc.persons[1]!.familyName ?? '\u0000');
    editor.dispose();
  });
});
