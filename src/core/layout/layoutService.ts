import type { GenogramDocument } from '../model/types';
import type { LayoutResult } from './types';
import { layoutDocument } from './layoutDocument';
import type { ElkLike } from './placement/elkPlacement';

/** A request to the layout worker; ids increase with every request. The layout is a function of the document alone. */
export interface LayoutRequest {
  id: number;
  doc: GenogramDocument;
}

export type LayoutReply =
  | { id: number; status: 'done'; layout: LayoutResult }
  | { id: number; status: 'stale' }
  | { id: number; status: 'failed'; message: string };

/**
 * The worker's side: runs one layout at a time. A request that arrives while
 * one is running waits; if a newer one arrives before it starts, the waiting
 * one is answered 'stale' without being laid out (elkjs cannot be interrupted,
 * so skipping is the only saving there is).
 */
export function createLayoutService(post: (reply: LayoutReply) => void, elk?: ElkLike): (request: LayoutRequest) => void {
  let running = false;
  let waiting: LayoutRequest | undefined;
  const run = async (request: LayoutRequest) => {
    running = true;
    try {
      const layout = await layoutDocument(request.doc, elk ? { elk } : {});
      post({ id: request.id, status: 'done', layout });
    } catch (error) {
      post({ id: request.id, status: 'failed', message: `Layout failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      running = false;
      const next = waiting;
      waiting = undefined;
      if (next) void run(next);
    }
  };
  return (request) => {
    if (!running) {
      void run(request);
      return;
    }
    if (waiting) post({ id: waiting.id, status: 'stale' });
    waiting = request;
  };
}
