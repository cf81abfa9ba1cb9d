import { handLayout } from '../../support/handLayout';
import { describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { birthParentsOf } from '../../../src/core/model/documentIndex';
import type { PersonBox } from '../../../src/core/layout/types';
import { ACTIONS, performAction as perform, type Action } from '../../../src/ui/actions/actions';
import type { ActionContext } from '../../../src/ui/actions/context';
import { createUiStore } from '../../../src/ui/actions/uiState';
import { actionForKey } from '../../../src/ui/keyboard/shortcuts';
import { parseChord } from '../../../src/ui/keyboard/keys';
import { createViewStore } from '../../../src/editor/viewState';
import { fakeEditorStore } from './fakeEditorStore';

function actionById(id: string): Action {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`There is no action "${id}"`);
  return action;
}

/** Runs an action by its id the way the toolbar, the menu and the keys run it. */
const performAction = (ctx: ActionContext, id: string) => perform(ctx, actionById(id));

/** Two actions must never claim the same key. */
function findShortcutClashes(actions: readonly Action[]): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const action of actions) {
    for (const k of action.kbd ?? []) {
      const key = k.toLowerCase();
      const previous = owner.get(key);
      if (previous) clashes.push(`${k}: ${previous} and ${action.id}`);
      else owner.set(key, action.id);
    }
  }
  return clashes;
}

function setup() {
  const store = fakeEditorStore(emptyDocument());
  const view = createViewStore();
  const files = { pickFile: vi.fn(async () => undefined), saveFile: vi.fn(async () => {}) };
  const ui = createUiStore();
  const clipboard = { copyViewAsImage: vi.fn(async (_stamp?: string) => {}), saveViewAsImage: vi.fn(async (_name: string, _stamp?: string) => {}) };
  const ctx: ActionContext = { store, view, ui, files, clipboard };
  return { ctx, store, view, ui, files, clipboard };
}

const press = (key: string, mods: { ctrlKey?: boolean; shiftKey?: boolean } = {}) => ({
  key,
  ctrlKey: !!mods.ctrlKey,
  metaKey: false,
  shiftKey: !!mods.shiftKey,
  altKey: false,
});

describe('the actions table', () => {
  it('has unique ids, readable labels, valid shortcuts and no shortcut used twice', () => {
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
    for (const a of ACTIONS) {
      expect(a.label.length).toBeGreaterThan(2);
      for (const k of a.kbd ?? []) expect(() => parseChord(k)).not.toThrow();
    }
    expect(findShortcutClashes(ACTIONS)).toEqual([]);
  });

  it('offers every action the issue asks for', () => {
    for (const id of [
      'add-mother', 'add-father', 'add-parents', 'add-unknown-parent', 'add-partner', 'add-child', 'add-sibling',
      'add-pregnancy', 'delete', 'undo', 'redo', 'make-relationship-line', 'make-household', 'release-pins', 'find',
      'zoom-fit', 'zoom-selection', 'new-document', 'open-document', 'save-document', 'recent-documents', 'help',
    ]) expect(() => actionById(id)).not.toThrow();
  });

  it('maps keys to actions, and in text fields only the ones meant for them', () => {
    expect(actionForKey(ACTIONS, press('z', { ctrlKey: true }), { inTextField: false })?.id).toBe('undo');
    expect(actionForKey(ACTIONS, press('Z', { ctrlKey: true, shiftKey: true }), { inTextField: false })?.id).toBe('redo');
    expect(actionForKey(ACTIONS, press('y', { ctrlKey: true }), { inTextField: false })?.id).toBe('redo');
    expect(actionForKey(ACTIONS, press('m'), { inTextField: false })?.id).toBe('add-mother');
    expect(actionForKey(ACTIONS, press('m'), { inTextField: true })).toBeUndefined();
    expect(actionForKey(ACTIONS, press('s', { ctrlKey: true }), { inTextField: true })?.id).toBe('save-document');
    expect(actionForKey(ACTIONS, press('F1'), { inTextField: false })?.id).toBe('help');
  });

  it('builds a family from the selection, asks for the focus on each new person', () => {
    const { ctx, store, ui } = setup();
    expect(performAction(ctx, 'add-mother')).toBe(false);
    performAction(ctx, 'add-person');
    const child = store.getState().selection[0]!;
    expect(ui.getState().focusNameRequest).toBe(1);
    store.getState().select([child]);
    performAction(ctx, 'add-parents');
    expect(birthParentsOf(store.getState().doc, child)).toHaveLength(2);
    expect(ui.getState().focusNameRequest).toBe(2);
    expect(store.getState().past).toHaveLength(2);
  });

  it('adds a twin, a sibling and a pregnancy of the selected person, one undo step each', () => {
    const { ctx, store, ui } = setup();
    performAction(ctx, 'add-person');
    const first = store.getState().selection[0]!;
    performAction(ctx, 'add-twin');
    const twin = store.getState().selection[0]!;
    expect(store.getState().doc.multipleBirths[0]!.members).toEqual([first, twin]);
    performAction(ctx, 'add-sibling');
    const sibling = store.getState().selection[0]!;
    expect(birthParentsOf(store.getState().doc, sibling)).toEqual(birthParentsOf(store.getState().doc, first));
    store.getState().select([first]);
    performAction(ctx, 'add-pregnancy');
    const pregnancy = store.getState().doc.persons.find((p) => p.id === store.getState().selection[0]);
    expect(pregnancy).toMatchObject({ pregnancy: { outcome: 'ongoing' } });
    expect(birthParentsOf(store.getState().doc, pregnancy!.id)).toEqual([first]);
    expect(ui.getState().focusNameRequest).toBe(4);
    expect(store.getState().past).toHaveLength(4);
  });

  it('asks which partnership a child belongs to when there are several', () => {
    const { ctx, store, ui } = setup();
    performAction(ctx, 'add-person');
    const mum = store.getState().selection[0]!;
    performAction(ctx, 'add-partner');
    store.getState().select([mum]);
    performAction(ctx, 'add-child');
    expect(birthParentsOf(store.getState().doc, store.getState().selection[0]!)).toHaveLength(2);
    store.getState().select([mum]);
    performAction(ctx, 'add-partner');
    store.getState().select([mum]);
    const before = store.getState().doc;
    performAction(ctx, 'add-child');
    expect(ui.getState().dialog).toEqual({ kind: 'choose-partnership', personId: mum, purpose: 'child' });
    expect(store.getState().doc).toBe(before);
  });

  it('deletes a person with their links in one undo step, and undo brings all back', () => {
    const { ctx, store } = setup();
    performAction(ctx, 'add-person');
    const child = store.getState().selection[0]!;
    performAction(ctx, 'add-parents');
    const full = store.getState().doc;
    store.getState().select([child]);
    performAction(ctx, 'delete');
    expect(store.getState().doc.parentLinks).toHaveLength(0);
    expect(store.getState().doc.partnerships).toHaveLength(1);
    performAction(ctx, 'undo');
    expect(store.getState().doc).toBe(full);
    performAction(ctx, 'redo');
    expect(store.getState().doc.persons).toHaveLength(2);
  });

  it('tells the user when an edit is refused and changes nothing', () => {
    const { ctx, store, ui } = setup();
    performAction(ctx, 'add-person');
    const child = store.getState().selection[0]!;
    performAction(ctx, 'add-parents');
    store.getState().select([child]);
    const before = store.getState().doc;
    performAction(ctx, 'add-father');
    expect(store.getState().doc).toBe(before);
    expect(ui.getState().notice).toMatchObject({ tone: 'error' });
    expect(ui.getState().notice!.text).toMatch(/already has two birth parents/);
  });

  it('makes households and relationship lines from multiple selected people', () => {
    const { ctx, store, ui } = setup();
    performAction(ctx, 'add-person');
    const a = store.getState().selection[0]!;
    performAction(ctx, 'add-partner');
    const b = store.getState().selection[0]!;
    store.getState().select([a, b]);
    performAction(ctx, 'make-relationship-line');
    expect(ui.getState().dialog).toEqual({ kind: 'relationship-kind', from: a, to: b });
    ui.getState().closeDialog();
    performAction(ctx, 'make-household');
    const doc = store.getState().doc;
    expect(doc.households[0]!.members.map((m) => m.person)).toEqual([a, b]);
    expect(store.getState().selection).toEqual([doc.households[0]!.id]);
  });

  it('moves the selection with arrow keys over the laid-out positions, and zooms', () => {
    const { ctx, store, view } = setup();
    performAction(ctx, 'add-person');
    const a = store.getState().selection[0]!;
    performAction(ctx, 'add-partner');
    const b = store.getState().selection[0]!;
    const boxes = new Map<string, PersonBox>([
      [a, { id: a, x: 0, y: 0, size: 40, row: 0 }],
      [b, { id: b, x: 120, y: 0, size: 40, row: 0 }],
    ]);
    const layout = handLayout(boxes, { rowY: [0], rowOrder: [[a, b]] });
    view.getState().set({ laidOut: { doc: store.getState().doc, layout } });
    performAction(ctx, 'select-left');
    expect(store.getState().selection).toEqual([a]);
    performAction(ctx, 'select-right');
    expect(store.getState().selection).toEqual([b]);
    // Shift+arrow adds the person reached to the selection, last (the one the next arrow moves from).
    performAction(ctx, 'extend-left');
    expect(store.getState().selection).toEqual([b, a]);
    performAction(ctx, 'select-right');
    expect(store.getState().selection).toEqual([b]);
    // The menu of commands opens from the keyboard too.
    expect(performAction(ctx, 'context-menu')).toBe(true);
    expect(ctx.ui.getState().contextMenu).not.toBeNull();
    ctx.ui.getState().closeContextMenu();
    performAction(ctx, 'zoom-selection');
    expect(view.getState()).toMatchObject({ zoomTarget: [b], zoomRequest: 1 });
    performAction(ctx, 'zoom-fit');
    expect(view.getState().fitRequest).toBe(1);
    performAction(ctx, 'clear-selection');
    expect(store.getState().selection).toEqual([]);
  });

  it('releases pins only when there are some, as one step', () => {
    const { ctx, store } = setup();
    performAction(ctx, 'add-person');
    const a = store.getState().selection[0]!;
    expect(actionById('release-pins').predicate(ctx)).toBe(false);
    store.getState().apply('pin', (d) => ({ ...d, persons: d.persons.map((p) => (p.id === a ? { ...p, pinned: { x: 5, y: 5 } } : p)) }));
    expect(performAction(ctx, 'release-pins')).toBe(true);
    expect(store.getState().doc.persons[0]).not.toHaveProperty('pinned');
  });

  it('passes documents to the file service and starts new documents empty', async () => {
    const { ctx, store, files } = setup();
    performAction(ctx, 'add-person');
    performAction(ctx, 'save-document');
    const { saveGenogramFile } = await import('../../../src/core/format/save');
    expect(files.saveFile).toHaveBeenCalledWith('Untitled genogram.genogram.json', saveGenogramFile(store.getState().doc), 'application/json');
    performAction(ctx, 'open-document');
    expect(files.pickFile).toHaveBeenCalledWith(expect.stringContaining('.ged'));
    performAction(ctx, 'new-document');
    expect(store.getState().doc.persons).toEqual([]);
  });
});

describe('copying the view', () => {
  it('copies the view once something is laid out, and says so or says why not', async () => {
    const { ctx, store, view, ui, clipboard } = setup();
    expect(actionById('copy-view').predicate(ctx)).toBe(false);
    performAction(ctx, 'add-person');
    const a = store.getState().selection[0]!;
    const layout = handLayout(new Map([[a, { id: a, x: 0, y: 0, size: 40, row: 0 }]]), { rowY: [0], rowOrder: [[a]] });
    view.getState().set({ laidOut: { doc: store.getState().doc, layout } });
    expect(performAction(ctx, 'copy-view')).toBe(true);
    await vi.waitFor(() => expect(ui.getState().notice?.text).toBe('The view is on the clipboard as a picture.'));
    clipboard.copyViewAsImage.mockRejectedValueOnce(new Error('The page has no focus.'));
    performAction(ctx, 'copy-view');
    await vi.waitFor(() => expect(ui.getState().notice).toMatchObject({ tone: 'error', text: 'The view could not be copied: The page has no focus.' }));
    expect(clipboard.copyViewAsImage).toHaveBeenCalledTimes(2);
  });

  it('saves the view as a PNG named from the figure title (the published title in publication mode), and says so or says why not', async () => {
    const { ctx, store, view, ui, clipboard } = setup();
    expect(actionById('save-view').predicate(ctx)).toBe(false);
    performAction(ctx, 'add-person');
    const a = store.getState().selection[0]!;
    const layout = handLayout(new Map([[a, { id: a, x: 0, y: 0, size: 40, row: 0 }]]), { rowY: [0], rowOrder: [[a]] });
    view.getState().set({ laidOut: { doc: store.getState().doc, layout } });
    const title = store.getState().doc.settings.title;
    expect(performAction(ctx, 'save-view')).toBe(true);
    await vi.waitFor(() => expect(ui.getState().notice?.text).toMatch(/^Saved .+ \(view\)\.png: the view as it is on screen\.$/));
    const at = store.getState().doc.settings.asAt;
    expect(at).toBeUndefined();
    // No reference date: today, as the canvas shows it.
    expect(clipboard.saveViewAsImage).toHaveBeenLastCalledWith(`${title.trim() || 'genogram'} (view).png`, expect.stringMatching(/^As at \d{1,2} [A-Z][a-z]{2} \d{4}$/));
    view.getState().set({ publication: true });
    clipboard.saveViewAsImage.mockRejectedValueOnce(new Error('No canvas.'));
    performAction(ctx, 'save-view');
    expect(clipboard.saveViewAsImage).toHaveBeenLastCalledWith('Genogram (view).png', expect.stringMatching(/^As at [A-Z][a-z]{2} \d{4}$/));
    await vi.waitFor(() => expect(ui.getState().notice).toMatchObject({ tone: 'error', text: 'The view could not be saved: No canvas.' }));
  });
});

describe('partnership between two existing people', () => {
  it('links two selected people as partners and selects the partnership', () => {
    const { ctx, store } = setup();
    performAction(ctx, 'add-person');
    const a = store.getState().selection[0]!;
    performAction(ctx, 'add-person');
    const b = store.getState().selection[0]!;
    store.getState().select([a, b]);
    expect(performAction(ctx, 'make-partnership')).toBe(true);
    const doc = store.getState().doc;
    expect(doc.partnerships).toEqual([expect.objectContaining({ a, b })]);
    expect(store.getState().selection).toEqual([doc.partnerships[0]!.id]);
  });
});

describe('built-in documents', () => {
  it('opens the notation key and the example family, fitted into view, with nothing selected', () => {
    const { ctx, store, view } = setup();
    expect(performAction(ctx, 'open-notation-key')).toBe(true);
    const sheet = store.getState().doc;
    expect(sheet.settings.title).toMatch(/notation/i);
    expect(sheet.persons.some((p) => p.pregnancy?.outcome === 'stillbirth')).toBe(true);
    // Fitted into view once its own layout is there (the editor then asks the canvas to fit).
    expect(view.getState().fitOnLayout).toBe(true);
    expect(performAction(ctx, 'open-example')).toBe(true);
    expect(store.getState().doc.persons.some((p) => p.subject)).toBe(true);
    expect(store.getState().selection).toEqual([]);
  });

  it('gives every toolbar button a full label as its name, whatever its short text', () => {
    for (const action of ACTIONS.filter((a) => a.toolbar)) {
      expect(action.label.length).toBeGreaterThanOrEqual((action.short ?? action.label).length);
    }
  });
});

describe('export from the keyboard', () => {
  it('Ctrl+E opens the export dialog, also from a text field', async () => {
    const { exportDialogStore } = await import('../../../src/ui/export/exportDialogState');
    const { ctx } = setup();
    exportDialogStore.getState().setOpen(false);
    const action = actionForKey(ACTIONS, press('e', { ctrlKey: true }), { inTextField: true, isMac: false });
    expect(action?.id).toBe('export-figure');
    action!.perform(ctx);
    expect(exportDialogStore.getState().open).toBe(true);
  });
});
