import type { GenogramDocument } from '../core/model/types';
import { layoutDocument, type LayoutOptions } from '../core/layout/layoutDocument';
import type { LayoutAnswer, LayoutRunner } from './ports';

/**
 * Lays out on the calling thread with core's layoutDocument: for Node (tests, the command
 * line), where there is no worker and nothing else waits on the thread. A request overtaken by
 * a newer one still runs to the end (a layout cannot be interrupted) but answers 'stale'.
 */
export function createInProcessLayoutRunner(options: Pick<LayoutOptions, 'engine' | 'elk' | 'deadlineMs'> = {}): LayoutRunner {
  let newest = 0;
  let disposed = false;
  return {
    async layout(doc: GenogramDocument): Promise<LayoutAnswer> {
      const id = ++newest;
      try {
        const layout = await layoutDocument(doc, options);
        return disposed || id !== newest ? { status: 'stale' } : { status: 'done', layout };
      } catch (error) {
        return { status: 'failed', message: `Layout failed: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    dispose() {
      disposed = true;
    },
  };
}
