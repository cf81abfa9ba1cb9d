// For the single-file build: a page opened from disk (file://) may not load
// scripts from other files, module workers included. This rewrites each
// `new Worker(new URL('./x.worker.ts', import.meta.url), options)` in the
// app's source into Vite's inline worker import, whose code travels inside
// the bundle and starts from a Blob URL.
import type { Plugin } from 'vite';

const WORKER_CONSTRUCTION =
  /new\s+Worker\(\s*new\s+URL\(\s*(['"`])([^'"`]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*(\{[^{}]*\}))?\s*\)/g;

export function inlineWorkerSource(code: string): { code: string; count: number } {
  const imports: string[] = [];
  const rewritten = code.replace(WORKER_CONSTRUCTION, (_whole, _quote: string, path: string, options: string | undefined) => {
    const name = `__InlineWorker${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
    // Vite's inline worker constructor takes { name } only; the module type comes from worker.format.
    const nameOption = options && /\bname\s*:/.test(options) ? options : '';
    return `new ${name}(${nameOption})`;
  });
  return { code: imports.length ? `${imports.join('\n')}\n${rewritten}` : code, count: imports.length };
}

export function inlineWorkersPlugin(): Plugin {
  return {
    name: 'genogram:inline-workers',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]sx?$/.test(id.split('?')[0] ?? '')) return undefined;
      if (!code.includes('new Worker')) return undefined;
      const result = inlineWorkerSource(code);
      return result.count > 0 ? { code: result.code, map: null } : undefined;
    },
  };
}
