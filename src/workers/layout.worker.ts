/// <reference lib="webworker" />
// Lays out documents off the main thread, one at a time (see layoutService.ts).
import { createLayoutService, type LayoutReply, type LayoutRequest } from '../core/layout/layoutService';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createLayoutService((reply: LayoutReply) => scope.postMessage(reply));
scope.addEventListener('message', (event: MessageEvent<LayoutRequest>) => handle(event.data));
// elkjs's bundle, loaded on the first layout, finds no `document` and takes itself for ELK's own
// worker: it sets self.onmessage to its dispatcher, which replaced the handler above, so every
// layout after the first was never answered. Its in-process layout needs no message handler:
// the assignment is ignored.
Object.defineProperty(scope, 'onmessage', { configurable: true, get: () => null, set: () => undefined });
