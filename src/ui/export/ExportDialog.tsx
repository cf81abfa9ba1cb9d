import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTheEditor } from '../EditorStoreContext';
import { exportDialogStore, useExportDialogOpen } from './exportDialogState';
import { figure, figureTexts } from '../../editor/figure';
import { chooseWidth, describeTextSize } from '../../core/export/printSize';
import { runExport, type ExportFormat, type ExportRequest } from '../../platform/export/exportFigure';
import type { ExportProgress } from '../../platform/export/progress';
import { DEFAULT_DPI, DEFAULT_WIDTH_CM, DPI_RANGE, WIDTH_CM_RANGE, pixelsForWidth } from '../../core/export/rasterPlan';
import { canCopyImages } from '../../platform/export/clipboard';
import './exportDialog.css';

const FORMATS: { value: ExportFormat; label: string; action: string }[] = [
  { value: 'svg', label: 'SVG picture (vector)', action: 'Download SVG' },
  { value: 'png', label: 'PNG picture', action: 'Download PNG' },
  { value: 'clipboard', label: 'Copy PNG to the clipboard', action: 'Copy' },
  { value: 'print', label: 'Print', action: 'Print…' },
  { value: 'docx', label: 'Word document for the report (figure, key, description, family table)', action: 'Download Word document' },
  { value: 'json', label: 'JSON data', action: 'Download JSON' },
  { value: 'gedcom', label: 'GEDCOM 7.0 data (for family-history programs)', action: 'Download GEDCOM' },
];

/** Formats that write the data, not the figure: no legend, title, caption or size. */
const DATA_FORMATS: readonly ExportFormat[] = ['json', 'gedcom'];

type Status = { kind: 'idle' } | { kind: 'busy'; progress: ExportProgress } | { kind: 'done'; message: string; note?: string } | { kind: 'failed'; message: string };

/** The export dialog: mount once at the app root; ExportButton (or openExportDialog) opens it. */
export function ExportDialog() {
  const open = useExportDialogOpen();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby="export-dialog-title"
      data-testid="export-dialog"
      onClose={() => exportDialogStore.getState().setOpen(false)}
    >
      {open ? <ExportForm /> : null}
    </dialog>
  );
}

function ExportForm() {
  const editor = useTheEditor();
  const { store } = editor;
  const id = useId();
  const [initial] = useState(() => {
    const doc = store.getState().doc;
    const publication = editor.view.getState().publication;
    return { publication, ...figureTexts(doc, publication), legend: doc.settings.notation.showLegend };
  });
  const [format, setFormat] = useState<ExportFormat>(() => exportDialogStore.getState().format);
  const [publication, setPublication] = useState(initial.publication);
  const [title, setTitle] = useState(initial.title);
  const [caption, setCaption] = useState(initial.caption);
  const [legend, setLegend] = useState(initial.legend);
  // The figure as it will be exported (from the layout on screen), to choose a printed width at
  // which its smallest text reads at 7 pt or more, and to say how large the text prints.
  const scene = useMemo(() => {
    const laidOut = editor.view.getState().laidOut;
    const doc = store.getState().doc;
    return laidOut && laidOut.doc.id === doc.id ? figure(laidOut.doc, { layout: laidOut.layout, publication, legend }).scene : undefined;
  }, [editor, store, publication, legend]);
  const [widthCm, setWidthCm] = useState(() => String(scene ? chooseWidth(scene).cm : DEFAULT_WIDTH_CM));
  const [dpi, setDpi] = useState(String(DEFAULT_DPI));
  const [paper, setPaper] = useState<'A4' | 'A3'>('A4');
  const [orientation, setOrientation] = useState<'auto' | 'portrait' | 'landscape'>('auto');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abortRef = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => abortRef.current?.abort(), []);

  const onPublicationChange = (next: boolean) => {
    setPublication(next);
    // The title and caption follow the version unless the author has typed their own.
    const doc = store.getState().doc;
    const before = figureTexts(doc, publication);
    const after = figureTexts(doc, next);
    if (title === before.title) setTitle(after.title);
    if (caption === before.caption) setCaption(after.caption);
  };

  const widthNumber = Number(widthCm);
  const dpiNumber = Number(dpi);
  const rasterFormat = format === 'png' || format === 'clipboard';
  const widthProblem =
    rasterFormat && !(widthNumber >= WIDTH_CM_RANGE.min && widthNumber <= WIDTH_CM_RANGE.max) ? `Width: a number of centimetres from ${WIDTH_CM_RANGE.min} to ${WIDTH_CM_RANGE.max}.` : undefined;
  const dpiProblem = rasterFormat && !(dpiNumber >= DPI_RANGE.min && dpiNumber <= DPI_RANGE.max) ? `Resolution: from ${DPI_RANGE.min} to ${DPI_RANGE.max} dpi.` : undefined;
  const busy = status.kind === 'busy';
  const clipboardMissing = format === 'clipboard' && !canCopyImages();
  const action = FORMATS.find((f) => f.value === format)?.action ?? 'Export';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || widthProblem || dpiProblem || clipboardMissing) return;
    const controller = new AbortController();
    abortRef.current = controller;
    const request: ExportRequest = { format, publication, legend, title, caption, widthCm: widthNumber, dpi: dpiNumber, paper, orientation };
    setStatus({ kind: 'busy', progress: { stage: 'figure', fraction: 0, message: 'Waiting for the layout…' } });
    try {
      // The finished layout of the document as it is now: the figure the canvas settles on.
      const { doc, layout } = await editor.whenLaidOut();
      const outcome = await runExport(doc, layout, request, {
        signal: controller.signal,
        onProgress: (progress) => setStatus({ kind: 'busy', progress }),
      });
      setStatus({ kind: 'done', message: outcome.message, ...(outcome.note ? { note: outcome.note } : {}) });
    } catch (error) {
      if (controller.signal.aborted) setStatus({ kind: 'idle' });
      else setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      abortRef.current = undefined;
    }
  };

  return (
    <form className="export-dialog__form" method="dialog" onSubmit={(e) => void submit(e)}>
      <h2 id="export-dialog-title">Export the figure</h2>
      <fieldset className="export-dialog__formats" disabled={busy}>
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.value}>
            <input type="radio" name={`${id}-format`} value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} data-testid={`export-format-${f.value}`} />
            {f.label}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={busy}>
        <legend>Content</legend>
        <label className="export-dialog__checkbox">
          <input type="checkbox" checked={publication} onChange={(e) => onPublicationChange(e.target.checked)} data-testid="export-publication" />
          Publication version (anonymised: labels instead of names, years instead of dates, no sensitive details)
        </label>
        {!DATA_FORMATS.includes(format) ? (
          <>
            <label className="export-dialog__checkbox">
              <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} data-testid="export-legend" />
              Legend
            </label>
            <label>
              Title
              <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="export-title" />
            </label>
            <label>
              Caption
              <textarea rows={2} value={caption} onChange={(e) => setCaption(e.target.value)} data-testid="export-caption" />
            </label>
          </>
        ) : null}
      </fieldset>
      {rasterFormat ? (
        <fieldset disabled={busy}>
          <legend>Size</legend>
          <label>
            Width (cm)
            <input type="number" inputMode="decimal" min={WIDTH_CM_RANGE.min} max={WIDTH_CM_RANGE.max} step="0.1" value={widthCm} onChange={(e) => setWidthCm(e.target.value)} aria-invalid={widthProblem ? true : undefined} data-testid="export-width" />
          </label>
          <label>
            Resolution (dpi)
            <input type="number" inputMode="numeric" min={DPI_RANGE.min} max={DPI_RANGE.max} step="1" value={dpi} onChange={(e) => setDpi(e.target.value)} aria-invalid={dpiProblem ? true : undefined} data-testid="export-dpi" />
          </label>
          <p className="export-dialog__hint">
            {widthProblem || dpiProblem ? [widthProblem, dpiProblem].filter(Boolean).join(' ') : `${pixelsForWidth(widthNumber, dpiNumber).toLocaleString('en-GB')} pixels across; inserted into Word at ${widthNumber} cm wide${scene ? `, ${describeTextSize(scene, widthNumber)}` : ''}.`}
          </p>
        </fieldset>
      ) : null}
      {format === 'print' ? (
        <fieldset disabled={busy}>
          <legend>Paper</legend>
          <label>
            Paper size
            <select value={paper} onChange={(e) => setPaper(e.target.value === 'A3' ? 'A3' : 'A4')} data-testid="export-paper">
              <option value="A4">A4</option>
              <option value="A3">A3</option>
            </select>
          </label>
          <label>
            Orientation
            <select
              value={orientation}
              onChange={(e) => setOrientation(e.target.value === 'portrait' || e.target.value === 'landscape' ? e.target.value : 'auto')}
              data-testid="export-orientation"
            >
              <option value="auto">To suit the figure</option>
              <option value="landscape">Landscape</option>
              <option value="portrait">Portrait</option>
            </select>
          </label>
        </fieldset>
      ) : null}
      {clipboardMissing ? <p role="alert">This browser cannot copy pictures to the clipboard; download the PNG instead.</p> : null}
      <ExportStatus status={status} />
      <div className="export-dialog__buttons">
        {busy ? (
          <button type="button" onClick={() => abortRef.current?.abort()}>
            Cancel export
          </button>
        ) : (
          <button type="button" onClick={() => exportDialogStore.getState().setOpen(false)}>
            Close
          </button>
        )}
        <button type="submit" disabled={busy || Boolean(widthProblem || dpiProblem) || clipboardMissing} data-testid="export-run">
          {action}
        </button>
      </div>
    </form>
  );
}

function ExportStatus({ status }: { status: Status }) {
  if (status.kind === 'idle') return null;
  if (status.kind === 'busy') {
    return (
      <div className="export-dialog__status" role="status" data-testid="export-status">
        <progress max={1} value={status.progress.fraction} aria-label="Export progress" />
        <span>{status.progress.message}</span>
      </div>
    );
  }
  if (status.kind === 'failed') {
    return (
      <p className="export-dialog__status export-dialog__status--error" role="alert" data-testid="export-status">
        {status.message}
      </p>
    );
  }
  return (
    <div className="export-dialog__status" role="status" data-testid="export-status">
      <p>{status.message}</p>
      {status.note ? <p className="export-dialog__note">{status.note}</p> : null}
    </div>
  );
}
