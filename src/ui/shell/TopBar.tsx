import { useEditor } from '../../store/EditorStoreContext';
import { Toolbar } from '../toolbar/Toolbar';
import { ExportButton } from '../export/ExportButton';
import { PublicationToggle } from '../review/PublicationToggle';
import { useView, viewStore } from '../viewState';

const setPublication = (on: boolean) => viewStore.getState().set({ publication: on });

/** The title, the authoring toolbar, and the figure-wide switches. */
export function TopBar() {
  const recordedTitle = useEditor((s) => s.doc.settings.title);
  const publication = useView((s) => s.publication);
  // A title often names the family; in publication mode the bar shows no more than the figure does.
  const title = publication ? 'Genogram (publication version)' : recordedTitle;
  return (
    <header className="topbar">
      <div className="topbar__row">
        <h1 className="topbar__title">{title || 'Untitled genogram'}</h1>
        <PublicationToggle publication={publication} onPublicationChange={setPublication} />
        <ExportButton />
        <span
          className="topbar__privacy"
          title="Nothing is sent anywhere: the document is kept in this browser and in files you save."
        >
          Stored only on this computer
        </span>
      </div>
      <Toolbar />
    </header>
  );
}
