import { useEffect, useState } from 'react';
import { useUi } from '../actions/useActionContext';
import { Inspector } from '../inspector/Inspector';
import { ChecksPanel } from '../review/ChecksPanel';
import { ChronologyPanel } from '../chronology/ChronologyPanel';
import { FamilyTable } from '../review/FamilyTable';
import { RelationToSubject } from '../review/RelationToSubject';
import { useEditor, useView } from '../EditorStoreContext';

const TABS = [
  { id: 'details', label: 'Details' },
  { id: 'household', label: 'Family table' },
  { id: 'checks', label: 'Checks' },
  { id: 'chronology', label: 'Chronology' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** The right-hand panel: the selection's details, and the reviewer's panels. */
export function SidePanel() {
  const [tab, setTab] = useState<Tab>('details');
  // A tab the user pinned stays open whatever is selected; otherwise the panel follows the selection.
  const [pinned, setPinned] = useState<Tab | null>(null);
  const selection = useEditor((s) => s.selection);
  const publication = useView((s) => s.publication);
  const focusName = useUi((s) => s.focusNameRequest);
  const focusInspector = useUi((s) => s.focusInspectorRequest);
  // A new person or Enter on the canvas wants the inspector's fields: show them.
  useEffect(() => {
    if (focusName || focusInspector) setTab('details');
  }, [focusName, focusInspector]);
  // Selecting a person or an object on the figure shows its inspector, unless a tab is pinned.
  // The chronology stays: it answers the selection itself (it filters to the selected people's events).
  useEffect(() => {
    if (selection.length > 0 && pinned === null) setTab((t) => (t === 'chronology' ? t : 'details'));
  }, [selection, pinned]);
  return (
    // The family table has nine columns: its tab gets a wider panel.
    <aside className={tab === 'household' || tab === 'chronology' ? 'sidepanel sidepanel--wide' : 'sidepanel'} aria-label="Side panel">
      <div className="sidepanel__tabs" role="tablist" aria-label="Panels">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            className={tab === t.id ? 'sidepanel__tab sidepanel__tab--active' : 'sidepanel__tab'}
            onClick={() => {
              setTab(t.id);
              if (pinned !== null && pinned !== t.id) setPinned(t.id);
            }}
          >
            {t.label}
          </button>
        ))}
        <button
          type="button"
          className="sidepanel__pin"
          aria-label="Pin this tab"
          aria-pressed={pinned !== null}
          title={pinned !== null ? 'The panel keeps this tab open: press to let it follow the selection again' : 'Keep this tab open when something is selected'}
          onClick={() => setPinned((p) => (p === null ? tab : null))}
        >
          {pinned !== null ? 'Pinned' : 'Pin'}
        </button>
      </div>
      <div className="sidepanel__body" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'details' ? <DetailsTab publication={publication} /> : null}
        {tab === 'household' ? <FamilyTable publication={publication} /> : null}
        {tab === 'checks' ? <ChecksPanel /> : null}
        {tab === 'chronology' ? <ChronologyPanel /> : null}
      </div>
    </aside>
  );
}

/**
 * The selection's relationship to the subject child, then its editor. In publication mode
 * the editor (which shows every recorded detail) gives way to a note, so that nothing on
 * screen goes beyond what may be published.
 */
function DetailsTab({ publication }: { publication: boolean }) {
  const single = useEditor((s) => (s.selection.length === 1 && s.doc.persons.some((p) => p.id === s.selection[0]) ? s.selection[0] : undefined));
  return (
    <>
      {single ? <RelationToSubject personId={single} /> : null}
      {publication ? (
        <p className="sidepanel__empty" role="note">
          Publication mode is on: the figure and the panels show only what may be published. Switch it off
          to see and edit the full record.
        </p>
      ) : (
        <Inspector />
      )}
    </>
  );
}
