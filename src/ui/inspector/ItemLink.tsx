import type { StoreApi } from 'zustand/vanilla';
import { displayName, indexDocument } from '../../core/model/documentIndex';
import type { GenogramDocument, Id } from '../../core/model/types';
import { useEditorStore } from '../EditorStoreContext';
import type { EditorStateLike } from '../actions/context';

export function personName(doc: GenogramDocument, id: Id): string {
  const p = indexDocument(doc).person.get(id);
  return (p && displayName(p)) || 'Unnamed person';
}

/** A button that selects another item (a person, a household…) so it can be edited. */
export function ItemLink({ id, children, label }: { id: Id; children: React.ReactNode; label?: string }) {
  const store = useEditorStore() as unknown as StoreApi<EditorStateLike>;
  return (
    <button type="button" className="inspector__link" aria-label={label} onClick={() => store.getState().select([id], 'replace')}>
      {children}
    </button>
  );
}
