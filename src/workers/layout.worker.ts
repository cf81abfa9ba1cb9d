/// <reference lib="webworker" />
// Lays out documents off the main thread, one at a time (see layoutService.ts).
//
// ELK runs in this worker, in-process. Loading elkjs's bundle in a worker takes the worker
// for its own: it sets `self.onmessage` to its dispatcher (elk.bundled.js, line 6601). Loaded
// lazily, on the first layout, any request that arrived while it loaded went to ELK's
// dispatcher and was lost, and the editor waited for it until the 20 s deadline ("Laying
// out…" after a reload, while the author typed). So the bundle is imported statically: it is
// evaluated before this module's body, and messages wait until the module has run (the
// worker's port is enabled only then), by which time the service's handler is in place.
import ELK from 'elkjs/lib/elk.bundled.js';
import { createLayoutService, type LayoutReply, type LayoutRequest } from '../core/layout/layoutService';
import type { ElkLike } from '../core/layout/placement/elkPlacement';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createLayoutService((reply: LayoutReply) => scope.postMessage(reply), new ELK() as unknown as ElkLike);
scope.onmessage = (event: MessageEvent<LayoutRequest>) => handle(event.data);
