import { indexDocument } from '../../core/model/documentIndex';
import { emptyDocument } from '../../core/model/emptyDocument';
import { hasPins } from '../../core/model/operations';
import type { GenogramDocument, Id, Partnership } from '../../core/model/types';
import { notationSheet } from '../../core/example/notationSheet';
import { openExportDialog } from '../export/exportDialogState';
import { exampleFamily } from '../../core/example/exampleFamily';
import {
  addChildCommand,
  addParentsCommand,
  addPartnerCommand,
  addPersonCommand,
  addPregnancyCommand,
  addSiblingCommand,
  addTwinCommand,
  deleteSelectionCommand,
  makeHouseholdCommand,
  makeMultipleBirthCommand,
  makePartnershipCommand,
  releasePinsCommand,
  selectedPersonIds,
  type CommandResult,
  type CommandStore,
} from '../../editor/commands';
import { openDocument } from '../../editor/createEditor';
import { shownLayout } from '../../editor/shownLayout';
import { figureTexts } from '../../editor/figure';
import { formatDate, formatMonthYear } from '../../core/dates/partialDate';
import { referenceDate } from '../../core/model/referenceDate';
import { fileStemFor } from '../../platform/export/fileName';
import { nearestInDirection, type Direction } from '../keyboard/spatialNavigation';
import { focusPerson, focusedPersonId } from '../keyboard/focusMoves';
import type { ActionContext } from './context';
import { pickAndOpen, saveDocument } from './openFile';

export type ActionGroup = 'relatives' | 'edit' | 'history' | 'view' | 'selection' | 'document' | 'help';

export interface Action {
  id: string;
  label: string;
  /** A shorter text for the toolbar button, read beside its group's caption; the full label stays its accessible name. */
  short?: string;
  /** Shortcuts, e.g. "Mod+Z" (Mod is Ctrl, or Cmd on a Mac); the first is the one shown. */
  kbd?: string[];
  group: ActionGroup;
  /** Shown as a toolbar button. */
  toolbar?: boolean;
  /** Offered in the right-click menu on a person. */
  contextMenu?: boolean;
  /** Fires even while the focus is in a text field (e.g. Ctrl+S). */
  inTextFields?: boolean;
  predicate(ctx: ActionContext): boolean;
  perform(ctx: ActionContext): void;
}

export const GROUP_LABELS: Record<ActionGroup, string> = {
  relatives: 'Add relatives',
  edit: 'Edit',
  history: 'Undo and redo',
  view: 'View',
  selection: 'Selection and focus',
  document: 'Documents',
  help: 'Help',
};

/** Where everyone is on screen now. */
function shownBoxes(ctx: ActionContext) {
  return shownLayout(ctx.store.getState().doc, ctx.view.getState().laidOut)?.boxes;
}

/** "Example family (view).png"; in publication mode from the published title, which never names the family. */
function viewFileName(ctx: ActionContext): string {
  const { title } = figureTexts(ctx.store.getState().doc, ctx.view.getState().publication);
  return `${fileStemFor(title)} (view).png`;
}

/** "As at 12 Mar 2025" ("Mar 2025" in publication mode): the date the view shows, stamped on its picture. */
function viewStamp(ctx: ActionContext): string {
  const at = referenceDate(ctx.store.getState().doc);
  return `As at ${ctx.view.getState().publication ? formatMonthYear(at) : formatDate(at)}`;
}

function selectedPersons(ctx: ActionContext): Id[] {
  return selectedPersonIds(ctx.store.getState());
}

/** The one selected person, when exactly one thing is selected and it is a person. */
export function soleSelectedPerson(ctx: ActionContext): Id | undefined {
  const { selection } = ctx.store.getState();
  const persons = selectedPersons(ctx);
  return selection.length === 1 && persons.length === 1 ? persons[0] : undefined;
}

/** The partnerships a child of this person could be born into, in document order. */
export function partnershipsOf(ctx: ActionContext, personId: Id): Partnership[] {
  return indexDocument(ctx.store.getState().doc).partnershipsOf.get(personId) ?? [];
}

/**
 * Tells the user why an edit was refused (it changed nothing); after a new person, puts the
 * cursor in their name, which the author types next.
 */
export function reportCommand(ctx: ActionContext, result: CommandResult, newPerson = false): void {
  if (!result.ok) ctx.ui.getState().notify(result.message, 'error');
  else if (newPerson) ctx.ui.getState().requestNameFocus();
}

/** Adds a child or a pregnancy once the partnership is known (null: of the person alone). */
export function addChildWithin(ctx: ActionContext, personId: Id, partnershipId: Id | null, purpose: 'child' | 'pregnancy'): void {
  const of = partnershipId === null ? [personId] : { partnershipId, person: personId };
  const result = purpose === 'child' ? addChildCommand(ctx.store, of) : addPregnancyCommand(ctx.store, of, 'ongoing');
  reportCommand(ctx, result, true);
}

/** An action on the one selected person; what it does is given the person's id. */
function relativeAction(id: string, label: string, kbd: string, perform: (ctx: ActionContext, personId: Id) => void): Action {
  return {
    id,
    label,
    short: RELATIVE_SHORT[id],
    kbd: [kbd],
    group: 'relatives',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => soleSelectedPerson(ctx) !== undefined,
    perform: (ctx) => {
      const personId = soleSelectedPerson(ctx);
      if (personId) perform(ctx, personId);
    },
  };
}

const RELATIVE_SHORT: Record<string, string> = {
  'add-mother': 'Mother',
  'add-father': 'Father',
  'add-parents': 'Both parents',
  'add-unknown-parent': 'Unknown parent',
  'add-partner': 'Partner',
  'add-child': 'Child',
  'add-sibling': 'Sibling',
  'add-twin': 'Twin',
  'add-pregnancy': 'Pregnancy / loss',
};

/** A relative made by one command; the cursor then goes to the new person's name. */
function addRelative(command: (store: CommandStore, personId: Id) => CommandResult) {
  return (ctx: ActionContext, personId: Id) => reportCommand(ctx, command(ctx.store, personId), true);
}

/** A child or pregnancy: with several partnerships, the author is asked which one first. */
function addChildOf(purpose: 'child' | 'pregnancy') {
  return (ctx: ActionContext, personId: Id) => {
    const partnerships = partnershipsOf(ctx, personId);
    if (partnerships.length > 1) ctx.ui.getState().openDialog({ kind: 'choose-partnership', personId, purpose });
    else addChildWithin(ctx, personId, partnerships[0]?.id ?? null, purpose);
  };
}

const DIRECTION_WORDS: Record<Direction, string> = { left: 'to the left', right: 'to the right', up: 'above', down: 'below' };

/**
 * Arrow keys move from the focused person (the last selected) to the nearest one that way on
 * the same row, or on the next row up or down; with Shift, that person is added to the selection.
 */
function moveSelection(direction: Direction, key: string, extend = false): Action {
  return {
    id: `${extend ? 'extend' : 'select'}-${direction}`,
    label: extend ? `Add the nearest person ${DIRECTION_WORDS[direction]} to the selection` : `Select the nearest person ${DIRECTION_WORDS[direction]}`,
    kbd: [extend ? `Shift+${key}` : key],
    group: 'selection',
    predicate: (ctx) => (shownBoxes(ctx)?.size ?? 0) > 0,
    perform: (ctx) => {
      const boxes = shownBoxes(ctx);
      if (!boxes) return;
      const persons = selectedPersons(ctx);
      const current = persons.at(-1);
      const next = nearestInDirection(boxes, current, direction);
      if (next === undefined) return;
      const state = ctx.store.getState();
      if (extend && current !== undefined) state.select([...state.selection.filter((id) => id !== next), next], 'replace');
      else state.select([next], 'replace');
    },
  };
}

/** Ctrl+arrow: the focus walks to the nearest person that way, the selection stays as it is. */
function moveFocus(direction: Direction, key: string): Action {
  return {
    id: `focus-${direction}`,
    label: `Move the focus to the nearest person ${DIRECTION_WORDS[direction]}, keeping the selection`,
    kbd: [`Mod+${key}`],
    group: 'selection',
    predicate: (ctx) => (shownBoxes(ctx)?.size ?? 0) > 0,
    perform: (ctx) => {
      const boxes = shownBoxes(ctx);
      if (!boxes) return;
      const from = focusedPersonId() ?? selectedPersons(ctx).at(-1);
      const next = nearestInDirection(boxes, from, direction);
      if (next === undefined) return;
      focusPerson(next, {
        keepSelection: true,
        bringIntoView: () => {
          const view = ctx.view.getState();
          view.set({ zoomTarget: [next], zoomRequest: view.zoomRequest + 1 });
        },
      });
    },
  };
}

/** Where the menu for the selection opens from the keyboard: beside the focused (or last selected) person. */
function menuPoint(ctx: ActionContext): { x: number; y: number } {
  if (typeof document === 'undefined') return { x: 0, y: 0 };
  const id = ctx.store.getState().selection.at(-1);
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('.react-flow__node[data-id]') : null;
  const node = focused ?? (id ? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) : null);
  const r = node?.getBoundingClientRect();
  return r ? { x: r.right, y: r.top + r.height / 2 } : { x: window.innerWidth / 2, y: window.innerHeight / 3 };
}

export const ACTIONS: readonly Action[] = [
  {
    id: 'add-person',
    label: 'Add person',
    short: 'Person',
    kbd: ['N'],
    group: 'relatives',
    toolbar: true,
    predicate: () => true,
    perform: (ctx) => reportCommand(ctx, addPersonCommand(ctx.store), true),
  },
  relativeAction('add-mother', 'Add mother', 'M', addRelative((store, id) => addParentsCommand(store, id, 'mother'))),
  relativeAction('add-father', 'Add father', 'F', addRelative((store, id) => addParentsCommand(store, id, 'father'))),
  relativeAction('add-parents', 'Add both parents', 'P', addRelative((store, id) => addParentsCommand(store, id, 'both'))),
  relativeAction('add-unknown-parent', 'Add unknown parent', 'U', addRelative((store, id) => addParentsCommand(store, id, 'unknown'))),
  relativeAction('add-partner', 'Add partner', 'R', addRelative((store, id) => addPartnerCommand(store, id))),
  relativeAction('add-child', 'Add child', 'C', addChildOf('child')),
  relativeAction('add-sibling', 'Add sibling', 'S', addRelative((store, id) => addSiblingCommand(store, id))),
  relativeAction('add-twin', 'Add twin (same birth)', 'T', addRelative((store, id) => addTwinCommand(store, id))),
  relativeAction('add-pregnancy', 'Add pregnancy or loss', 'G', addChildOf('pregnancy')),
  {
    id: 'make-relationship-line',
    label: 'Relationship line between two people…',
    short: 'Relationship line…',
    kbd: ['L'],
    group: 'edit',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => selectedPersons(ctx).length === 2,
    perform: (ctx) => {
      const [from, to] = selectedPersons(ctx);
      if (from && to) ctx.ui.getState().openDialog({ kind: 'relationship-kind', from, to });
    },
  },
  {
    id: 'make-partnership',
    label: 'Partnership between two selected people',
    short: 'Partnership',
    kbd: ['Shift+R'],
    group: 'edit',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => selectedPersons(ctx).length === 2,
    perform: (ctx) => reportCommand(ctx, makePartnershipCommand(ctx.store)),
  },
  {
    id: 'make-multiple-birth',
    label: 'Twins or multiple birth from selected people',
    short: 'Multiple birth',
    kbd: ['Shift+T'],
    group: 'edit',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => selectedPersons(ctx).length >= 2,
    perform: (ctx) => reportCommand(ctx, makeMultipleBirthCommand(ctx.store, 'fraternal')),
  },
  {
    id: 'make-household',
    label: 'Household from selected people',
    short: 'Household',
    kbd: ['H'],
    group: 'edit',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => selectedPersons(ctx).length > 0,
    perform: (ctx) => reportCommand(ctx, makeHouseholdCommand(ctx.store)),
  },
  {
    id: 'delete',
    label: 'Delete selected',
    short: 'Delete',
    kbd: ['Delete', 'Backspace'],
    group: 'edit',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => ctx.store.getState().selection.length > 0,
    perform: (ctx) => reportCommand(ctx, deleteSelectionCommand(ctx.store)),
  },
  {
    id: 'release-pins',
    label: 'Release pins and lay out afresh',
    short: 'Lay out afresh',
    group: 'edit',
    toolbar: true,
    predicate: (ctx) => hasPins(ctx.store.getState().doc),
    perform: (ctx) => reportCommand(ctx, releasePinsCommand(ctx.store)),
  },
  {
    id: 'undo',
    label: 'Undo',
    kbd: ['Mod+Z'],
    group: 'history',
    toolbar: true,
    inTextFields: true,
    predicate: (ctx) => ctx.store.getState().past.length > 0,
    perform: (ctx) => ctx.store.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    kbd: ['Mod+Shift+Z', 'Mod+Y'],
    group: 'history',
    toolbar: true,
    inTextFields: true,
    predicate: (ctx) => ctx.store.getState().future.length > 0,
    perform: (ctx) => ctx.store.getState().redo(),
  },
  {
    id: 'find',
    label: 'Find a person…',
    short: 'Find…',
    kbd: ['Mod+F'],
    group: 'view',
    toolbar: true,
    inTextFields: true,
    predicate: (ctx) => ctx.store.getState().doc.persons.length > 0,
    perform: (ctx) => ctx.ui.getState().openDialog({ kind: 'find' }),
  },
  {
    id: 'zoom-fit',
    label: 'Zoom to fit',
    kbd: ['1'],
    group: 'view',
    toolbar: true,
    predicate: () => true,
    perform: (ctx) => ctx.view.getState().set({ fitRequest: ctx.view.getState().fitRequest + 1 }),
  },
  {
    id: 'copy-view',
    label: 'Copy the view as a picture (what is on screen now)',
    short: 'Copy view',
    group: 'view',
    toolbar: true,
    predicate: (ctx) => (shownBoxes(ctx)?.size ?? 0) > 0,
    perform: (ctx) => {
      ctx.clipboard.copyViewAsImage(viewStamp(ctx)).then(
        () => ctx.ui.getState().notify('The view is on the clipboard as a picture.', 'info'),
        (error: unknown) => ctx.ui.getState().notify(`The view could not be copied: ${error instanceof Error ? error.message : String(error)}`, 'error'),
      );
    },
  },
  {
    id: 'save-view',
    label: 'Save the view as a PNG picture (what is on screen now)',
    short: 'Save view as PNG',
    group: 'view',
    toolbar: true,
    predicate: (ctx) => (shownBoxes(ctx)?.size ?? 0) > 0,
    perform: (ctx) => {
      const fileName = viewFileName(ctx);
      ctx.clipboard.saveViewAsImage(fileName, viewStamp(ctx)).then(
        () => ctx.ui.getState().notify(`Saved ${fileName}: the view as it is on screen.`, 'info'),
        (error: unknown) => ctx.ui.getState().notify(`The view could not be saved: ${error instanceof Error ? error.message : String(error)}`, 'error'),
      );
    },
  },
  {
    id: 'zoom-selection',
    label: 'Zoom to selection',
    short: 'Zoom to selected',
    kbd: ['2'],
    group: 'view',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => selectedPersons(ctx).length > 0,
    perform: (ctx) => {
      const view = ctx.view.getState();
      view.set({ zoomTarget: selectedPersons(ctx), zoomRequest: view.zoomRequest + 1 });
    },
  },
  moveSelection('left', 'ArrowLeft'),
  moveSelection('right', 'ArrowRight'),
  moveSelection('up', 'ArrowUp'),
  moveSelection('down', 'ArrowDown'),
  moveSelection('left', 'ArrowLeft', true),
  moveSelection('right', 'ArrowRight', true),
  moveSelection('up', 'ArrowUp', true),
  moveSelection('down', 'ArrowDown', true),
  moveFocus('left', 'ArrowLeft'),
  moveFocus('right', 'ArrowRight'),
  moveFocus('up', 'ArrowUp'),
  moveFocus('down', 'ArrowDown'),
  {
    id: 'toggle-focused',
    label: 'Add the focused person to the selection, or take them out',
    kbd: ['Space'],
    group: 'selection',
    predicate: () => focusedPersonId() !== undefined,
    perform: (ctx) => {
      const id = focusedPersonId();
      if (id) ctx.store.getState().select([id], 'toggle');
    },
  },
  {
    id: 'context-menu',
    label: 'Open the menu of commands for the selection',
    kbd: ['Shift+F10', 'ContextMenu'],
    group: 'selection',
    predicate: (ctx) => ctx.store.getState().selection.length > 0,
    perform: (ctx) => {
      const { x, y } = menuPoint(ctx);
      ctx.ui.getState().openContextMenu(x, y);
    },
  },
  {
    id: 'focus-inspector',
    label: 'Edit the selected item in the inspector',
    kbd: ['Enter'],
    group: 'selection',
    predicate: (ctx) => ctx.store.getState().selection.length > 0,
    perform: (ctx) => ctx.ui.getState().requestInspectorFocus(),
  },
  {
    id: 'clear-selection',
    label: 'Clear the selection',
    kbd: ['Escape'],
    group: 'selection',
    predicate: (ctx) => ctx.store.getState().selection.length > 0,
    perform: (ctx) => ctx.store.getState().select([], 'replace'),
  },
  {
    id: 'new-document',
    label: 'New document',
    short: 'New',
    kbd: ['Alt+N'],
    group: 'document',
    toolbar: true,
    inTextFields: true,
    predicate: () => true,
    perform: (ctx) => openDocument(ctx, emptyDocument()),
  },
  {
    id: 'open-document',
    label: 'Open…',
    kbd: ['Mod+O'],
    group: 'document',
    toolbar: true,
    inTextFields: true,
    predicate: () => true,
    perform: (ctx) => pickAndOpen(ctx),
  },
  {
    id: 'save-document',
    label: 'Save',
    kbd: ['Mod+S'],
    group: 'document',
    toolbar: true,
    inTextFields: true,
    predicate: () => true,
    perform: (ctx) => saveDocument(ctx),
  },
  {
    id: 'export-figure',
    label: 'Export the figure or data…',
    kbd: ['Mod+E'],
    group: 'document',
    inTextFields: true,
    predicate: () => true,
    perform: () => openExportDialog(),
  },
  {
    id: 'export-gedcom',
    label: 'Export the data as GEDCOM 7.0…',
    short: 'GEDCOM…',
    group: 'document',
    toolbar: true,
    predicate: () => true,
    perform: () => openExportDialog('gedcom'),
  },
  {
    id: 'recent-documents',
    label: 'Recent documents…',
    short: 'Recent…',
    group: 'document',
    toolbar: true,
    predicate: () => true,
    perform: (ctx) => ctx.ui.getState().openDialog({ kind: 'recent' }),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    short: 'Shortcuts',
    kbd: ['?', 'F1'],
    group: 'help',
    toolbar: true,
    predicate: () => true,
    perform: (ctx) => ctx.ui.getState().openDialog({ kind: 'help' }),
  },
  {
    id: 'open-notation-key',
    label: 'Open the notation key (a family using every symbol)',
    short: 'Notation key',
    group: 'help',
    toolbar: true,
    predicate: () => true,
    // The open document stays under Recent documents.
    perform: (ctx) => openBuiltIn(ctx, notationSheet()),
  },
  {
    id: 'open-example',
    label: 'Open the example family',
    short: 'Example',
    group: 'help',
    toolbar: true,
    predicate: () => true,
    perform: (ctx) => openBuiltIn(ctx, exampleFamily()),
  },
];

function openBuiltIn(ctx: ActionContext, doc: GenogramDocument): void {
  openDocument(ctx, doc);
}

/** Runs an action if it applies now; returns whether it ran. The toolbar, the context menu and the keys all run actions through here. */
export function performAction(ctx: ActionContext, action: Action): boolean {
  if (!action.predicate(ctx)) return false;
  action.perform(ctx);
  return true;
}
