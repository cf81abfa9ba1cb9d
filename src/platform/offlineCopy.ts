/// <reference types="vite-plugin-pwa/client" />
// Keeps a copy of the app in this browser (a service worker precaching the built files), so it
// opens and works with no network after the first visit, and can be installed. A new version
// replaces the old one at the next start. Nothing about the documents goes into it: they stay
// in IndexedDB and in files.
import { registerSW } from 'virtual:pwa-register';

export function keepOfflineCopy(): void {
  // Pages opened from disk (the single-file edition) cannot have service workers.
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  registerSW({ immediate: true });
}
