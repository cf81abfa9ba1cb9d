export { openDocumentStore, RECENT_LIMIT, type DocumentStore, type RecentDocument } from './documentStore';
export { startAutosave, type AutosaveOptions } from './autosave';
