import { describe, expect, it } from 'vitest';
import { inlineWorkerSource } from '../../scripts/inlineWorkersPlugin';

describe('inlineWorkerSource', () => {
  it('turns a module worker from a URL into an inline worker import', () => {
    const source = "const w = new Worker(new URL('../workers/layout.worker.ts', import.meta.url), { type: 'module' });";
    const { code, count } = inlineWorkerSource(source);
    expect(count).toBe(1);
    expect(code).toBe('import __InlineWorker0 from "../workers/layout.worker.ts?worker&inline";\nconst w = new __InlineWorker0();');
  });

  it('keeps a worker name and handles several workers', () => {
    const source = 'a = new Worker(new URL("./a.worker.ts", import.meta.url), { type: "module", name: "a" }); b = new Worker( new URL(`./b.worker.js`,import.meta.url) );';
    const { code, count } = inlineWorkerSource(source);
    expect(count).toBe(2);
    expect(code).toContain('new __InlineWorker0({ type: "module", name: "a" })');
    expect(code).toContain('new __InlineWorker1()');
  });

  it('leaves other code alone', () => {
    const source = 'const w = new Worker(url);';
    expect(inlineWorkerSource(source)).toEqual({ code: source, count: 0 });
  });
});
