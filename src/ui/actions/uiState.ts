import { createStore } from 'zustand/vanilla';
import type { Id } from '../../core/model/types';
import type { GedcomImportReview } from '../../platform/files/interpretFile';

/** Which authoring dialog is open; at most one at a time. */
export type DialogRequest =
  | { kind: 'help' }
  | { kind: 'find' }
  | { kind: 'recent' }
  | { kind: 'choose-partnership'; personId: Id; purpose: 'child' | 'pregnancy' }
  | { kind: 'relationship-kind'; from: Id; to: Id }
  | { kind: 'problem'; title: string; lines: string[] }
  | { kind: 'gedcom-import'; review: GedcomImportReview };

export interface Notice {
  text: string;
  tone: 'error' | 'info';
  /** Distinguishes two equal notices in a row, so each is announced. */
  serial: number;
}

/**
 * Authoring UI state that is neither document nor view: open dialog, context menu, notices,
 * and requests to move keyboard focus into the inspector.
 */
export interface UiState {
  dialog: DialogRequest | null;
  contextMenu: { x: number; y: number } | null;
  notice: Notice | null;
  /** Bumped to focus the inspector's name field (after a person is created). */
  focusNameRequest: number;
  /** Bumped to focus the inspector's first field (Enter on the canvas). */
  focusInspectorRequest: number;
  /** A household whose members are being picked on the figure: clicking a person adds (or removes) them. */
  householdPick: Id | null;
  setHouseholdPick(id: Id | null): void;
  openDialog(dialog: DialogRequest): void;
  closeDialog(): void;
  openContextMenu(x: number, y: number): void;
  closeContextMenu(): void;
  notify(text: string, tone?: Notice['tone']): void;
  clearNotice(): void;
  requestNameFocus(): void;
  requestInspectorFocus(): void;
}

export function createUiStore() {
  return createStore<UiState>((set, get) => ({
    dialog: null,
    contextMenu: null,
    notice: null,
    focusNameRequest: 0,
    focusInspectorRequest: 0,
    householdPick: null,
    setHouseholdPick: (householdPick) => set({ householdPick }),
    openDialog: (dialog) => set({ dialog, contextMenu: null }),
    closeDialog: () => set({ dialog: null }),
    openContextMenu: (x, y) => set({ contextMenu: { x, y } }),
    closeContextMenu: () => set({ contextMenu: null }),
    notify: (text, tone = 'info') => set({ notice: { text, tone, serial: (get().notice?.serial ?? 0) + 1 } }),
    clearNotice: () => set({ notice: null }),
    requestNameFocus: () => set({ focusNameRequest: get().focusNameRequest + 1 }),
    requestInspectorFocus: () => set({ focusInspectorRequest: get().focusInspectorRequest + 1 }),
  }));
}

/** The app's one authoring UI store; tests of the actions table make their own. */
export const uiStore = createUiStore();
