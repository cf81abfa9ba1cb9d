import type { GenogramDocument } from '../core/model/types';
import type { LayoutReply, LayoutRequest } from '../core/layout/layoutService';
import type { LayoutAnswer, LayoutRunner } from '../editor/ports';

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
export function createLayoutClient(options: LayoutClientOptions = {}): LayoutRunner {
  const deadlineMs = options.deadlineMs ?? 20_000;
  const factory = options.workerFactory ?? defaultWorker;
  let worker: Worker | undefined;
  let nextId = 1;
  let disposed = false;
  const pending = new Map<number, { resolve: (a: LayoutAnswer) => void; timer: ReturnType<typeof setTimeout> }>();
  const settle = (id: number, answer: LayoutAnswer) => {
    const entry = pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    pending.delete(id);
    entry.resolve(answer);
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
    layout(doc: GenogramDocument) {
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
        for (const o of older) settle(o, { status: 'stale' });
        const request: LayoutRequest = { id, doc };
        try {
          ensureWorker().postMessage(request);
        } catch (error) {
          settle(id, { status: 'failed', message: `Could not send the document to the layout worker: ${error instanceof Error ? error.message : String(error)}` });
        }
      });
    },
    dispose() {
      disposed = true;
      for (const id of [...pending.keys()]) settle(id, { status: 'stale' });
      stopWorker();
    },
  };
}
