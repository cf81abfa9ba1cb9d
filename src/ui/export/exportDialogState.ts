import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ExportFormat } from '../../platform/export/exportFigure';

/** Whether the export dialog is open, and with which format chosen: shared by what opens it and the dialog itself. */
export interface ExportDialogState {
  open: boolean;
  format: ExportFormat;
  setOpen(open: boolean, format?: ExportFormat): void;
}

export const exportDialogStore = createStore<ExportDialogState>((set) => ({
  open: false,
  format: 'svg',
  setOpen: (open, format) => set(format ? { open, format } : { open }),
}));

export function useExportDialogOpen(): boolean {
  return useStore(exportDialogStore, (s) => s.open);
}

/** Opens the export dialog, with the picture (SVG) chosen unless another format is asked for. */
export function openExportDialog(format: ExportFormat = 'svg'): void {
  exportDialogStore.getState().setOpen(true, format);
}
