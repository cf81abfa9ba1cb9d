import { openExportDialog } from './exportDialogState';

/** Opens the export dialog (which is mounted once, at the app root). */
export function ExportButton({ className }: { className?: string }) {
  return (
    <button type="button" className={className ?? 'export-button'} onClick={() => openExportDialog()} data-testid="export-open" aria-haspopup="dialog">
      Export…
    </button>
  );
}
