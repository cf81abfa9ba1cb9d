import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GenogramDocument, Id } from '../core/model/types';
import type { LayoutResult } from '../core/layout/types';

/** A finished layout and the document it was made for. */
export interface LaidOut {
  doc: GenogramDocument;
  layout: LayoutResult;
}

/**
 * What the editor shows apart from the document: never saved in the file and never an undo
 * step. It outlives every component, so the canvas, the panels, the exports and the tests all
 * read the same publication switch and the same layout.
 */
export interface ViewState {
  publication: boolean;
  /** The last finished layout (kept on screen while the next one is computed). */
  laidOut: LaidOut | undefined;
  /** A layout of the current document is being computed. */
  layoutBusy: boolean;
  /** Why the current document could not be laid out; cleared by the next finished layout. */
  layoutMessage: string | undefined;
  /** Persons being dragged, where they are now: shown at once, pinned in the document on drop. */
  moving: ReadonlyMap<Id, { x: number; y: number }> | undefined;
  /** Bumped to ask the canvas to fit the whole figure into view. */
  fitRequest: number;
  /** A document was opened: fit it into view as soon as its layout is finished. */
  fitOnLayout: boolean;
  /** Ids to zoom to (selection or a found person); bumped with zoomRequest. */
  zoomTarget: Id[];
  zoomRequest: number;
  /** Whether the open document, as it is now, is stored in this browser ('read-only': another tab edits it). */
  saveState: 'saved' | 'saving' | 'failed' | 'read-only';
  /**
   * Who edits the open document when several tabs or windows have it: this tab ('here'),
   * another that had it first ('elsewhere'), or another that took it over from this one
   * ('taken-over'). Undefined where the browser cannot tell (no Web Locks).
   */
  editing: 'here' | 'elsewhere' | 'taken-over' | undefined;
  /** Makes this tab the one that edits the document (the other becomes read-only). */
  takeOverEditing: (() => void) | undefined;
  /** The chronology event chosen in its table (an event id or a derived event's "derived:…" id). */
  selectedEventId: Id | undefined;
  /** Persons highlighted on the figure apart from the selection: the chosen event's persons. */
  highlighted: Id[];
  set(patch: Partial<Omit<ViewState, 'set'>>): void;
}

/** A fresh view state: each editor has its own. */
export function createViewStore(): StoreApi<ViewState> {
  return createStore<ViewState>((set) => ({
    publication: false,
    laidOut: undefined,
    layoutBusy: false,
    layoutMessage: undefined,
    moving: undefined,
    fitRequest: 0,
    fitOnLayout: false,
    zoomTarget: [],
    zoomRequest: 0,
    saveState: 'saved',
    editing: undefined,
    takeOverEditing: undefined,
    selectedEventId: undefined,
    highlighted: [],
    set: (patch) => set(patch),
  }));
}
