import { useEffect, useState } from 'react';
import { openDocumentStore, type RecentDocument } from '../../platform/persistence';
import type { ActionContext } from '../actions/context';
import { Modal } from './Modal';

type RecentEntry = RecentDocument;

function when(savedAt: number): string {
  const d = new Date(savedAt);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString();
}

/** Documents kept in this browser, newest first; choosing one opens it. */
export function RecentDialog({ ctx, onClose }: { ctx: ActionContext; onClose: () => void }) {
  const [entries, setEntries] = useState<RecentEntry[] | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    openDocumentStore()
      .then((store) => store.listRecent())
      .then((list) => live && setEntries(list))
      .catch((error: unknown) => live && setProblem(`The recent documents could not be read: ${String(error)}`));
    return () => {
      live = false;
    };
  }, []);
  const open = async (id: string) => {
    try {
      const store = await openDocumentStore();
      const doc = await store.loadRecent(id);
      if (!doc) {
        setProblem('That document is no longer stored in this browser.');
        return;
      }
      ctx.store.getState().replaceDocument(doc);
      ctx.store.getState().select([], 'replace');
      onClose();
    } catch (error) {
      setProblem(`That document could not be opened: ${String(error)}`);
    }
  };
  const currentId = ctx.store.getState().doc.id;
  return (
    <Modal title="Recent documents" onClose={onClose} testId="recent-dialog">
      {problem ? <p role="alert">{problem}</p> : null}
      {entries === undefined && !problem ? <p role="status">Reading…</p> : null}
      {entries?.length === 0 ? <p>No documents are stored in this browser yet.</p> : null}
      <ul className="authoring-choice__list">
        {entries?.map((e) => (
          <li key={e.id}>
            <button type="button" className="authoring-choice__button" disabled={e.id === currentId} onClick={() => void open(e.id)}>
              {e.title || 'Untitled genogram'}
              <span className="authoring-choice__detail"> — {e.id === currentId ? 'open now' : when(e.savedAt)}</span>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
