/// <reference lib="webworker" />
// Lays out documents off the main thread. elkjs runs inside this worker (its
// in-process bundle): the worker is the background thread, so no nested worker.
import ELK from 'elkjs/lib/elk.bundled.js';
import { createLayoutService, type LayoutReply, type LayoutRequest } from '../core/layout/layoutService';
import type { ElkLike } from '../core/layout/elkGraph';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Importing the bundle inside a worker makes it claim self.onmessage for itself;
// the assignment below, made after the import, takes it back.
const elk = new ELK() as unknown as ElkLike;
const handle = createLayoutService((reply: LayoutReply) => scope.postMessage(reply), elk);
scope.onmessage = (event: MessageEvent<LayoutRequest>) => handle(event.data);
