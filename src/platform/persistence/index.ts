export { openDocumentStore, type RecentDocument } from './documentStore';
export { startAutosave } from './autosave';
export { CHANNEL_NAME, NotEditingError, startTabGuard, type LockManagerLike } from './tabs';
