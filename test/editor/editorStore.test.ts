import { describe, expect, it } from 'vitest';
import { loadGenogramFile } from '../../src/core/format/load';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import { addPerson, updatePerson } from '../../src/core/model/operations';
import { COALESCE_MS, createEditorStore, HISTORY_LIMIT } from '../../src/editor/editorStore';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function storeWithPerson() {
  const { doc, id } = addPerson(emptyDocument(), { givenNames: 'A' });
  const time = clock();
  return { store: createEditorStore(doc, { now: time.now }), id, time };
}

describe('editor store: history', () => {
  it('makes each apply one undo step, and undo/redo walk them', () => {
    const { store, id } = storeWithPerson();
    const d0 = store.getState().doc;
    store.getState().apply('Rename', (d) => updatePerson(d, id, { givenNames: 'B' }));
    const d1 = store.getState().doc;
    store.getState().apply('Rename again', (d) => updatePerson(d, id, { givenNames: 'C' }));
    expect(store.getState().past.map((e) => e.label)).toEqual(['Rename', 'Rename again']);
    store.getState().undo();
    expect(store.getState().doc).toBe(d1);
    store.getState().undo();
    expect(store.getState().doc).toBe(d0);
    store.getState().undo();
    expect(store.getState().doc).toBe(d0);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().doc.persons[0]!.givenNames).toBe('C');
    expect(store.getState().future).toEqual([]);
  });

  it('records nothing for a recipe that returns the same document', () => {
    const { store } = storeWithPerson();
    store.getState().apply('Nothing', (d) => d);
    expect(store.getState().past).toEqual([]);
  });

  it('drops the redo branch on a new edit', () => {
    const { store, id } = storeWithPerson();
    store.getState().apply('B', (d) => updatePerson(d, id, { givenNames: 'B' }));
    store.getState().undo();
    store.getState().apply('X', (d) => updatePerson(d, id, { givenNames: 'X' }));
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(store.getState().doc.persons[0]!.givenNames).toBe('X');
  });

  it('merges a typing burst with one coalesce key into one step, but not after a pause', () => {
    const { store, id, time } = storeWithPerson();
    for (const name of ['J', 'Jo', 'Jos', 'Josi', 'Josie']) {
      store.getState().apply('Edit name', (d) => updatePerson(d, id, { givenNames: name }), { coalesceKey: 'name' });
      time.advance(300);
    }
    expect(store.getState().past).toHaveLength(1);
    time.advance(COALESCE_MS);
    store.getState().apply('Edit name', (d) => updatePerson(d, id, { givenNames: 'Josie M' }), { coalesceKey: 'name' });
    expect(store.getState().past).toHaveLength(2);
    store.getState().apply('Edit other', (d) => updatePerson(d, id, { familyName: 'Q' }), { coalesceKey: 'family' });
    expect(store.getState().past).toHaveLength(3);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc.persons[0]!.givenNames).toBe('Josie');
    store.getState().undo();
    expect(store.getState().doc.persons[0]!.givenNames).toBe('A');
  });

  it('does not merge across an undo', () => {
    const { store, id } = storeWithPerson();
    store.getState().apply('E', (d) => updatePerson(d, id, { givenNames: 'B' }), { coalesceKey: 'k' });
    store.getState().apply('E', (d) => updatePerson(d, id, { givenNames: 'C' }), { coalesceKey: 'k' });
    store.getState().undo();
    store.getState().apply('E', (d) => updatePerson(d, id, { givenNames: 'D' }), { coalesceKey: 'k' });
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.persons[0]!.givenNames).toBe('A');
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const { store, id } = storeWithPerson();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      store.getState().apply('E', (d) => updatePerson(d, id, { givenNames: `N${i}` }));
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('replaces the document with fresh history, or as one undo step', () => {
    const { store, id } = storeWithPerson();
    store.getState().apply('E', (d) => updatePerson(d, id, { givenNames: 'B' }));
    store.getState().select([id]);
    const opened = emptyDocument('Opened');
    store.getState().replaceDocument(opened);
    expect(store.getState()).toMatchObject({ doc: opened, selection: [], past: [], future: [] });
    const other = emptyDocument('Other');
    store.getState().replaceDocument(other, { keepHistory: true });
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(opened);
  });

  it('never touches the document when a file fails to load', () => {
    const { store, id } = storeWithPerson();
    store.getState().apply('E', (d) => updatePerson(d, id, { givenNames: 'B' }));
    const before = store.getState();
    const result = loadGenogramFile('{"format":"genogram","version":9,"document":{}}');
    if (result.ok) store.getState().replaceDocument(result.document);
    expect(result.ok).toBe(false);
    expect(store.getState()).toBe(before);
  });
});

describe('editor store: selection', () => {
  it('replaces, adds and toggles, ignoring ids not in the document, without undo steps', () => {
    let doc = emptyDocument();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = addPerson(doc);
      doc = r.doc;
      ids.push(r.id);
    }
    const [a, b, c] = ids as [string, string, string];
    const store = createEditorStore(doc);
    store.getState().select([a, 'p_gone']);
    expect(store.getState().selection).toEqual([a]);
    store.getState().select([b, a], 'add');
    expect(store.getState().selection).toEqual([a, b]);
    store.getState().select([b, c], 'toggle');
    expect(store.getState().selection).toEqual([a, c]);
    expect(store.getState().past).toEqual([]);
  });

  it('restores the selection that went with the document on undo and redo', () => {
    const { store, id } = storeWithPerson();
    store.getState().select([id]);
    let added = '';
    store.getState().apply(
      'Add',
      (d) => {
        const r = addPerson(d);
        added = r.id;
        return r.doc;
      },
      { select: [] },
    );
    store.getState().select([added]);
    store.getState().undo();
    expect(store.getState().selection).toEqual([id]);
    store.getState().redo();
    expect(store.getState().selection).toEqual([added]);
  });
});
