import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles/fonts.css';
import './ui/styles/app.css';
import './ui/styles/authoring.css';
import { App } from './ui/App';
import { createEditor } from './editor/createEditor';
import { EditorProvider } from './ui/EditorStoreContext';
import { exampleFamily } from './core/example/exampleFamily';
import { CHANNEL_NAME, NotEditingError, openDocumentStore, startAutosave, startTabGuard, type LockManagerLike } from './platform/persistence';
import { createLayoutClient } from './platform/layoutClient';
import { keepOfflineCopy } from './platform/offlineCopy';

async function start(): Promise<void> {
  // The last document comes back after a reload or a crash; a first visit opens the example family.
  const documents = await openDocumentStore().catch(() => undefined);
  const saved = await documents?.loadCurrent().catch(() => undefined);
  const editor = createEditor({ document: saved ?? exampleFamily(), layout: createLayoutClient() });
  const { store, view } = editor;
  if (documents) {
    // Every change is written at once; the top bar says when the document as shown is stored.
    store.subscribe((state, previous) => {
      if (state.doc !== previous.doc) view.getState().set({ saveState: 'saving' });
    });
    // A document open in two tabs has one editor; the other tab is read-only (tabs.ts).
    const locks = (navigator as Navigator & { locks?: LockManagerLike }).locks;
    const writer =
      locks && typeof BroadcastChannel !== 'undefined'
        ? startTabGuard({ store, view, documents, locks, channel: new BroadcastChannel(CHANNEL_NAME) }).documents
        : documents;
    startAutosave(store, writer, {
      onSaved: (doc) => {
        if (doc === store.getState().doc) view.getState().set({ saveState: 'saved' });
      },
      onError: (error) => view.getState().set({ saveState: error instanceof NotEditingError ? 'read-only' : 'failed' }),
    });
  } else {
    view.getState().set({ saveState: 'failed' });
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <EditorProvider editor={editor}>
        <App />
      </EditorProvider>
    </StrictMode>,
  );
}

void start();
keepOfflineCopy();
