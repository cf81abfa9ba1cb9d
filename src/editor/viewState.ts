import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LayoutResult } from '../core/layout/types';

/**
 * What the screen shows, apart from the document: never saved in the file and
 * never an undo step. The latest layout lives here so the canvas, the exports
 * and the tests all use the same positions.
 */
export interface ViewState {
  publication: boolean;
  layout: LayoutResult | undefined;
  layoutBusy: boolean;
  layoutMessage: string | undefined;
  /** Bumped to ask the canvas to fit the whole figure into view. */
  fitRequest: number;
  /** Ids to zoom to (selection or a found person); bumped with zoomRequest. */
  zoomTarget: string[];
  zoomRequest: number;
  /** Whether the open document, as it is now, is stored in this browser. */
  saveState: 'saved' | 'saving' | 'failed';
  set(patch: Partial<Omit<ViewState, 'set'>>): void;
}

/** A fresh view state; the app has one (viewStore), tests make their own. */
export function createViewStore() {
  return createStore<ViewState>((set) => ({
    publication: false,
    layout: undefined,
    layoutBusy: false,
    layoutMessage: undefined,
    fitRequest: 0,
    zoomTarget: [],
    zoomRequest: 0,
    saveState: 'saved',
    set: (patch) => set(patch),
  }));
}

export const viewStore = createViewStore();

export function useView<T>(selector: (s: ViewState) => T): T {
  return useStore(viewStore, selector);
}
