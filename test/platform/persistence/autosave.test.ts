import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { addPerson } from '../../../src/core/model/operations';
import type { GenogramDocument } from '../../../src/core/model/types';
import { startAutosave } from '../../../src/platform/persistence/autosave';
import type { DocumentStore } from '../../../src/platform/persistence/documentStore';
import { createEditorStore } from '../../../src/editor/editorStore';

/** A document store in memory whose writes finish only when the test says so. */
function slowStore() {
  const written: GenogramDocument[] = [];
  const waiting: (() => void)[] = [];
  const store: DocumentStore = {
    saveCurrent: (doc) =>
      new Promise<void>((resolve) => {
        waiting.push(() => {
          written.push(doc);
          resolve();
        });
      }),
    loadCurrent: async () => written.at(-1),
    listRecent: async () => [],
    loadRecent: async () => undefined,
    removeRecent: async () => {},
    claimEditing: async () => 1,
  };
  const finishAll = async () => {
    for (let i = 0; i < 10; i++) {
      await Promise.resolve();
      waiting.splice(0).forEach((f) => f());
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  return { store, written, finishAll };
}

describe('startAutosave', () => {
  it('saves the opening document and then the newest document after changes', async () => {
    const editor = createEditorStore(emptyDocument('T'));
    const { store, written, finishAll } = slowStore();
    const stop = startAutosave(editor, store);
    editor.getState().apply('A', (d) => addPerson(d).doc);
    editor.getState().apply('B', (d) => addPerson(d).doc);
    editor.getState().apply('C', (d) => addPerson(d).doc);
    await finishAll();
    expect(written.at(-1)).toBe(editor.getState().doc);
    expect(written.length).toBeLessThanOrEqual(2);
    stop();
  });

  it('keeps saving after an undo back to the saved document and after a failed write', async () => {
    const editor = createEditorStore(emptyDocument('T'));
    const { store, written, finishAll } = slowStore();
    const errors: unknown[] = [];
    let fail = true;
    const flaky: DocumentStore = {
      ...store,
      saveCurrent: (doc) => (fail ? ((fail = false), Promise.reject(new Error('disk full'))) : store.saveCurrent(doc)),
    };
    startAutosave(editor, flaky, { onError: (e) => errors.push(e) });
    await finishAll();
    expect(errors).toHaveLength(1);
    editor.getState().apply('A', (d) => addPerson(d).doc);
    await finishAll();
    editor.getState().undo();
    await finishAll();
    editor.getState().redo();
    await finishAll();
    expect(written.at(-1)).toBe(editor.getState().doc);
  });

  it('stops when asked', async () => {
    const editor = createEditorStore(emptyDocument('T'));
    const { store, written, finishAll } = slowStore();
    const stop = startAutosave(editor, store);
    await finishAll();
    const count = written.length;
    stop();
    editor.getState().apply('A', (d) => addPerson(d).doc);
    await finishAll();
    expect(written).toHaveLength(count);
  });
});
