import type { GenogramDocument } from '../core/model/types';
import type { LayoutResult } from '../core/layout/types';
import type { LayoutReply, LayoutRequest } from '../core/layout/layoutService';

export type LayoutAnswer = { status: 'done'; layout: LayoutResult } | { status: 'stale' } | { status: 'failed'; message: string };

export interface LayoutClient {
  /** Lays out in the worker. Resolves 'stale' as soon as a newer request overtakes this one. */
  layout(doc: GenogramDocument, previous?: LayoutResult): Promise<LayoutAnswer>;
  /** Called with true while the newest request is being worked on, false when it is answered. */
  subscribeBusy(cb: (busy: boolean) => void): () => void;
  dispose(): void;
}

export interface LayoutClientOptions {
  /** How long one layout may take before the worker is stopped and restarted (default 20 s). */
  deadlineMs?: number;
  workerFactory?: () => Worker;
}

const defaultWorker = () => new Worker(new URL('../workers/layout.worker.ts', import.meta.url), { type: 'module' });

/**
 * One layout worker for the page. Requests are tagged with increasing ids;
 * an answer overtaken by a newer request is dropped; a layout that runs past
 * the deadline gets the worker terminated (elkjs cannot be interrupted) and a
 * fresh one is started for the next request.
 */
export function createLayoutClient(options: LayoutClientOptions = {}): LayoutClient {
  const deadlineMs = options.deadlineMs ?? 20_000;
  const factory = options.workerFactory ?? defaultWorker;
  let worker: Worker | undefined;
  let nextId = 1;
  let disposed = false;
  const pending = new Map<number, { resolve: (a: LayoutAnswer) => void; timer: ReturnType<typeof setTimeout> }>();
  const listeners = new Set<(busy: boolean) => void>();
  let busy = false;

  const setBusy = () => {
    const now = pending.size > 0;
    if (now === busy) return;
    busy = now;
    for (const cb of listeners) cb(now);
  };
  const settle = (id: number, answer: LayoutAnswer) => {
    const entry = pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    pending.delete(id);
    entry.resolve(answer);
    setBusy();
  };
  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
  };
  const failAll = (message: string) => {
    for (const id of [...pending.keys()]) settle(id, { status: 'failed', message });
  };
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = factory();
    w.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.status === 'done') settle(reply.id, { status: 'done', layout: reply.layout });
      else if (reply.status === 'failed') settle(reply.id, { status: 'failed', message: reply.message });
      else settle(reply.id, { status: 'stale' });
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      stopWorker();
      failAll(`The layout worker stopped with an error: ${event.message || 'unknown error'}`);
    };
    worker = w;
    return w;
  };

  return {
    layout(doc, previous) {
      if (disposed) return Promise.resolve({ status: 'failed', message: 'The layout client has been disposed.' });
      const id = nextId++;
      const older = [...pending.keys()];
      return new Promise<LayoutAnswer>((resolve) => {
        const timer = setTimeout(() => {
          stopWorker();
          settle(id, {
            status: 'failed',
            message: `The layout took longer than ${Math.round(deadlineMs / 1000)} s and was stopped. The family may be too large to lay out automatically; try again, or lay out a part of it.`,
          });
        }, deadlineMs);
        pending.set(id, { resolve, timer });
        // Registered before the older ones are dropped, so busy does not flicker off and on.
        for (const o of older) settle(o, { status: 'stale' });
        setBusy();
        const request: LayoutRequest = previous ? { id, doc, previous } : { id, doc };
        try {
          ensureWorker().postMessage(request);
        } catch (error) {
          settle(id, { status: 'failed', message: `Could not send the document to the layout worker: ${error instanceof Error ? error.message : String(error)}` });
        }
      });
    },
    subscribeBusy(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    dispose() {
      disposed = true;
      for (const id of [...pending.keys()]) settle(id, { status: 'stale' });
      stopWorker();
      listeners.clear();
    },
  };
}
