import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Whether the export dialog is open: shared by the button that opens it and the dialog itself. */
export interface ExportDialogState {
  open: boolean;
  setOpen(open: boolean): void;
}

export const exportDialogStore = createStore<ExportDialogState>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

export function useExportDialogOpen(): boolean {
  return useStore(exportDialogStore, (s) => s.open);
}

export function openExportDialog(): void {
  exportDialogStore.getState().setOpen(true);
}
