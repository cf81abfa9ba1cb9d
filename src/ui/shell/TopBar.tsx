import { useEditor } from '../../store/EditorStoreContext';

/** The title bar: the document's title and where its data lives. */
export function TopBar() {
  const title = useEditor((s) => s.doc.settings.title);
  return (
    <header className="topbar">
      <h1 className="topbar__title">{title || 'Untitled genogram'}</h1>
      <span className="topbar__privacy" title="Nothing is sent anywhere: the document is kept in this browser and in files you save.">
        Stored only on this computer
      </span>
    </header>
  );
}
