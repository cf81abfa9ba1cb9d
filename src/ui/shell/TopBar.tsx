import { useEditor, useTheEditor, useView } from '../EditorStoreContext';
import { Toolbar } from '../toolbar/Toolbar';
import { ExportButton } from '../export/ExportButton';
import { PublicationToggle } from '../review/PublicationToggle';

const SAVE_TEXT = {
  saved: 'Saved in this browser',
  saving: 'Saving…',
  failed: 'Not saved: this browser refuses storage. Save a file (Ctrl+S) to keep your work.',
  'read-only': 'Read-only here: another tab edits this document',
} as const;

/**
 * The document is open for editing in another tab or window: this one only shows it (and
 * follows that tab's saves) until the user takes editing over.
 */
function EditingElsewhere() {
  const editing = useView((s) => s.editing);
  const takeOver = useView((s) => s.takeOverEditing);
  if (editing !== 'elsewhere' && editing !== 'taken-over') return null;
  return (
    <div className="topbar__tabs" role="alert" data-testid="read-only-banner" data-editing={editing}>
      <span>
        {editing === 'elsewhere'
          ? 'This document is open for editing in another tab or window. Here it is read-only and shows what that tab saves.'
          : 'Editing moved to another tab or window. Here the document is now read-only; nothing you do here is saved.'}
      </span>
      {takeOver ? (
        <button type="button" className="topbar__take-over" onClick={takeOver}>
          Take over editing
        </button>
      ) : null}
    </div>
  );
}

/** Where the work is: every change is stored in this browser at once, and nowhere else. */
function SaveStatus() {
  const state = useView((s) => s.saveState);
  return (
    <span
      className={state === 'failed' || state === 'read-only' ? 'topbar__privacy topbar__privacy--failed' : 'topbar__privacy'}
      data-testid="save-status"
      data-state={state}
      role="status"
      title="Nothing is sent anywhere: the document is kept in this browser and in files you save."
    >
      {SAVE_TEXT[state]} · nothing leaves this computer
    </span>
  );
}

/** The title, the authoring toolbar, and the figure-wide switches. */
export function TopBar() {
  const recordedTitle = useEditor((s) => s.doc.settings.title);
  const { view } = useTheEditor();
  const publication = useView((s) => s.publication);
  // A title often names the family; in publication mode the bar shows no more than the figure does.
  const title = publication ? 'Genogram (publication version)' : recordedTitle;
  return (
    <header className="topbar">
      <div className="topbar__row">
        <h1 className="topbar__title">{title || 'Untitled genogram'}</h1>
        <PublicationToggle publication={publication} onPublicationChange={(on) => view.getState().set({ publication: on })} />
        <ExportButton />
        <SaveStatus />
      </div>
      <EditingElsewhere />
      <Toolbar />
    </header>
  );
}
