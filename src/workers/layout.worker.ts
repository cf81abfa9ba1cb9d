/// <reference lib="webworker" />
// Lays out documents off the main thread, one at a time (see layoutService.ts).
import { createLayoutService, type LayoutReply, type LayoutRequest } from '../core/layout/layoutService';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createLayoutService((reply: LayoutReply) => scope.postMessage(reply));
scope.onmessage = (event: MessageEvent<LayoutRequest>) => handle(event.data);
