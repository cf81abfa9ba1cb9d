import { emptyDocument } from '../../core/model/emptyDocument';
import { OperationError } from '../../core/model/operationError';
import { addPartnership } from '../../core/model/operations/partnerships';
import type { GenogramDocument, Id } from '../../core/model/types';
import { nearestInDirection, type Direction } from '../keyboard/spatialNavigation';
import type { ActionContext } from './context';
import {
  addBothParents,
  addChild,
  addParent,
  addPartner,
  addPregnancy,
  addSibling,
  addStandalonePerson,
  addTwin,
  partnershipsOf,
  type EditResult,
} from './relatives';
import { deleteItems, hasPins, makeHousehold, makeMultipleBirth, personIdsIn, releasePins } from './structure';

export type ActionGroup = 'relatives' | 'edit' | 'history' | 'view' | 'selection' | 'document' | 'help';

export interface Action {
  id: string;
  label: string;
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

function selectedPersons(ctx: ActionContext): Id[] {
  const { doc, selection } = ctx.store.getState();
  return personIdsIn(doc, selection);
}

/** The one selected person, when exactly one thing is selected and it is a person. */
export function soleSelectedPerson(ctx: ActionContext): Id | undefined {
  const { selection } = ctx.store.getState();
  const persons = selectedPersons(ctx);
  return selection.length === 1 && persons.length === 1 ? persons[0] : undefined;
}

/**
 * Makes one edit as one undo step; a refused edit (OperationError) is told to the user
 * and leaves the document as it was.
 */
export function runEdit(ctx: ActionContext, label: string, compute: (ctx: ActionContext) => EditResult): void {
  let result: EditResult;
  try {
    result = compute(ctx);
  } catch (error) {
    if (error instanceof OperationError) {
      ctx.ui.getState().notify(error.message, 'error');
      return;
    }
    throw error;
  }
  ctx.store.getState().apply(label, () => result.doc, { select: result.select });
  if (result.created) ctx.ui.getState().requestNameFocus();
}

/** Adds a child or a pregnancy once the partnership is known (null: of the person alone). */
export function addChildWithin(ctx: ActionContext, personId: Id, partnershipId: Id | null, purpose: 'child' | 'pregnancy'): void {
  const label = purpose === 'child' ? 'Add child' : 'Add pregnancy';
  runEdit(ctx, label, ({ store }) =>
    purpose === 'child'
      ? addChild(store.getState().doc, personId, partnershipId)
      : addPregnancy(store.getState().doc, personId, partnershipId),
  );
}

function childAction(id: string, label: string, kbd: string, purpose: 'child' | 'pregnancy'): Action {
  return {
    id,
    label,
    kbd: [kbd],
    group: 'relatives',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => soleSelectedPerson(ctx) !== undefined,
    perform: (ctx) => {
      const personId = soleSelectedPerson(ctx);
      if (!personId) return;
      const partnerships = partnershipsOf(ctx.store.getState().doc, personId);
      if (partnerships.length > 1) {
        ctx.ui.getState().openDialog({ kind: 'choose-partnership', personId, purpose });
        return;
      }
      addChildWithin(ctx, personId, partnerships[0]?.id ?? null, purpose);
    },
  };
}

function relativeAction(
  id: string,
  label: string,
  kbd: string,
  compute: (doc: GenogramDocument, personId: Id) => EditResult,
): Action {
  return {
    id,
    label,
    kbd: [kbd],
    group: 'relatives',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => soleSelectedPerson(ctx) !== undefined,
    perform: (ctx) => {
      const personId = soleSelectedPerson(ctx);
      if (personId) runEdit(ctx, label, ({ store }) => compute(store.getState().doc, personId));
    },
  };
}

function moveSelection(direction: Direction, key: string): Action {
  return {
    id: `select-${direction}`,
    label: `Select the nearest person ${direction === 'up' ? 'above' : direction === 'down' ? 'below' : `to the ${direction}`}`,
    kbd: [key],
    group: 'selection',
    predicate: (ctx) => (ctx.view.getState().layout?.boxes.size ?? 0) > 0,
    perform: (ctx) => {
      const boxes = ctx.view.getState().layout?.boxes;
      if (!boxes) return;
      const current = selectedPersons(ctx).at(-1);
      const next = nearestInDirection(boxes, current, direction);
      if (next !== undefined) ctx.store.getState().select([next], 'replace');
    },
  };
}

export const ACTIONS: readonly Action[] = [
  {
    id: 'add-person',
    label: 'Add person',
    kbd: ['N'],
    group: 'relatives',
    toolbar: true,
    predicate: () => true,
    perform: (ctx) => runEdit(ctx, 'Add person', ({ store }) => addStandalonePerson(store.getState().doc)),
  },
  relativeAction('add-mother', 'Add mother', 'M', (doc, id) => addParent(doc, id, 'mother')),
  relativeAction('add-father', 'Add father', 'F', (doc, id) => addParent(doc, id, 'father')),
  relativeAction('add-parents', 'Add both parents', 'P', (doc, id) => addBothParents(doc, id)),
  relativeAction('add-unknown-parent', 'Add unknown parent', 'U', (doc, id) => addParent(doc, id, 'unknown')),
  relativeAction('add-partner', 'Add partner', 'R', (doc, id) => addPartner(doc, id)),
  childAction('add-child', 'Add child', 'C', 'child'),
  relativeAction('add-sibling', 'Add sibling', 'S', (doc, id) => addSibling(doc, id)),
  relativeAction('add-twin', 'Add twin (same birth)', 'T', (doc, id) => addTwin(doc, id)),
  childAction('add-pregnancy', 'Add pregnancy or loss', 'G', 'pregnancy'),
  {
    id: 'make-relationship-line',
    label: 'Relationship line between two people…',
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
    kbd: ['Shift+R'],
    group: 'edit',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => selectedPersons(ctx).length === 2,
    perform: (ctx) =>
      runEdit(ctx, 'Make partnership', ({ store }) => {
        const [a, b] = selectedPersons(ctx);
        const made = addPartnership(store.getState().doc, a!, b!);
        return { doc: made.doc, select: [made.id] };
      }),
  },
  {
    id: 'make-multiple-birth',
    label: 'Twins or multiple birth from selected people',
    kbd: ['Shift+T'],
    group: 'edit',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => selectedPersons(ctx).length >= 2,
    perform: (ctx) =>
      runEdit(ctx, 'Make multiple birth', ({ store }) => {
        const made = makeMultipleBirth(store.getState().doc, selectedPersons(ctx));
        return { doc: made.doc, select: [made.id] };
      }),
  },
  {
    id: 'make-household',
    label: 'Household from selected people',
    kbd: ['H'],
    group: 'edit',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => selectedPersons(ctx).length > 0,
    perform: (ctx) =>
      runEdit(ctx, 'Make household', ({ store }) => {
        const made = makeHousehold(store.getState().doc, selectedPersons(ctx));
        return { doc: made.doc, select: [made.id] };
      }),
  },
  {
    id: 'delete',
    label: 'Delete selected',
    kbd: ['Delete', 'Backspace'],
    group: 'edit',
    toolbar: true,
    contextMenu: true,
    predicate: (ctx) => ctx.store.getState().selection.length > 0,
    perform: (ctx) => {
      const { selection, doc } = ctx.store.getState();
      const next = deleteItems(doc, selection);
      if (next !== doc) ctx.store.getState().apply('Delete', () => next, { select: [] });
    },
  },
  {
    id: 'release-pins',
    label: 'Release pins and lay out afresh',
    group: 'edit',
    toolbar: true,
    predicate: (ctx) => hasPins(ctx.store.getState().doc),
    perform: (ctx) => ctx.store.getState().apply('Release pins', releasePins),
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
    id: 'zoom-selection',
    label: 'Zoom to selection',
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
    kbd: ['Alt+N'],
    group: 'document',
    toolbar: true,
    inTextFields: true,
    predicate: () => true,
    perform: (ctx) => {
      ctx.store.getState().replaceDocument(emptyDocument());
      ctx.store.getState().select([], 'replace');
    },
  },
  {
    id: 'open-document',
    label: 'Open…',
    kbd: ['Mod+O'],
    group: 'document',
    toolbar: true,
    inTextFields: true,
    predicate: () => true,
    perform: (ctx) => ctx.files.pickAndOpen(),
  },
  {
    id: 'save-document',
    label: 'Save',
    kbd: ['Mod+S'],
    group: 'document',
    toolbar: true,
    inTextFields: true,
    predicate: () => true,
    perform: (ctx) => {
      void ctx.files.save(ctx.store.getState().doc).catch((error: unknown) => {
        // The user closing the save dialog is not a failure.
        if (error instanceof Error && error.name === 'AbortError') return;
        ctx.ui.getState().notify(`The file could not be saved: ${error instanceof Error ? error.message : String(error)}`, 'error');
      });
    },
  },
  {
    id: 'recent-documents',
    label: 'Recent documents…',
    group: 'document',
    toolbar: true,
    predicate: () => true,
    perform: (ctx) => ctx.ui.getState().openDialog({ kind: 'recent' }),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    kbd: ['?', 'F1'],
    group: 'help',
    toolbar: true,
    predicate: () => true,
    perform: (ctx) => ctx.ui.getState().openDialog({ kind: 'help' }),
  },
];

export function actionById(id: string): Action {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`There is no action "${id}"`);
  return action;
}

/** Runs an action if it applies now; returns whether it ran. */
export function performAction(ctx: ActionContext, id: string): boolean {
  const action = actionById(id);
  if (!action.predicate(ctx)) return false;
  action.perform(ctx);
  return true;
}
