export { openDocumentStore, type RecentDocument } from './documentStore';
export { startAutosave } from './autosave';
