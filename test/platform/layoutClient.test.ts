import { beforeAll, describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/core/layout/layoutDocument';
import { createLayoutClient } from '../../src/platform/layoutClient';
import { createLayoutService, type LayoutReply, type LayoutRequest } from '../../src/core/layout/layoutService';
import { family } from '../fixtures/layout/familyBuilder';

/** Stands in for a Web Worker in Node: messages are structured-cloned both ways, as a real worker does. */
class FakeWorker {
  onmessage: ((e: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: LayoutRequest[] = [];
  private handle: (r: LayoutRequest) => void;
  constructor(mode: 'real' | 'silent' | 'crash' = 'real') {
    this.handle =
      mode === 'real'
        ? createLayoutService((reply) => {
            if (!this.terminated) setTimeout(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<LayoutReply>));
          })
        : mode === 'crash'
          ? () => setTimeout(() => this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent))
          : () => {};
  }
  postMessage(request: LayoutRequest) {
    const copy = structuredClone(request);
    this.received.push(copy);
    this.handle(copy);
  }
  terminate() {
    this.terminated = true;
  }
}

const doc = (n: number) => {
  const f = family().person('a', 'female', 1950).person('b', 'male', 1950).couple('a', 'b', 1975);
  for (let i = 0; i < n; i++) f.person(`k${i}`, 'male', 1976 + i).child(['a', 'b'], `k${i}`);
  return f.doc;
};

describe('createLayoutClient', () => {
  // Load ELK once, so that timings in the tests below are of layouts, not of loading.
  beforeAll(() => layoutDocument(doc(1)));

  it('lays out in the worker; Maps in the answer survive the structured clone', async () => {
    const workers: FakeWorker[] = [];
    const client = createLayoutClient({ workerFactory: () => (workers.push(new FakeWorker()), workers.at(-1) as unknown as Worker) });
    const answer = await client.layout(doc(2));
    expect(answer.status).toBe('done');
    if (answer.status !== 'done') return;
    expect(answer.layout.boxes).toBeInstanceOf(Map);
    expect(answer.layout.boxes.size).toBe(4);
    const again = await client.layout(doc(3));
    expect(again.status).toBe('done');
    expect(workers.length).toBe(1);
    // The worker is sent the document alone: no earlier layout to keep the order of.
    expect(Object.keys(workers[0]!.received[1]!).sort()).toEqual(['doc', 'id']);
    client.dispose();
  });

  it('answers an overtaken request "stale"', async () => {
    const client = createLayoutClient({ workerFactory: () => new FakeWorker() as unknown as Worker });
    const first = client.layout(doc(1));
    const second = client.layout(doc(2));
    const third = client.layout(doc(3));
    expect(await first).toEqual({ status: 'stale' });
    expect(await second).toEqual({ status: 'stale' });
    const last = await third;
    expect(last.status === 'done' && last.layout.boxes.size).toBe(5);
    client.dispose();
  });

  it('stops a worker that passes the deadline, says so, and starts a fresh one for the next request', async () => {
    const workers: FakeWorker[] = [];
    let mode: 'silent' | 'real' = 'silent';
    const client = createLayoutClient({ deadlineMs: 1500, workerFactory: () => (workers.push(new FakeWorker(mode)), workers.at(-1) as unknown as Worker) });
    const answer = await client.layout(doc(1));
    expect(answer.status).toBe('failed');
    expect(answer.status === 'failed' && answer.message).toMatch(/longer than 2 s and was stopped/);
    expect(workers[0]!.terminated).toBe(true);
    mode = 'real';
    expect((await client.layout(doc(1))).status).toBe('done');
    expect(workers.length).toBe(2);
    client.dispose();
  });

  it('fails with a clear message when the worker crashes, and recovers', async () => {
    const workers: FakeWorker[] = [];
    const client = createLayoutClient({ workerFactory: () => (workers.push(new FakeWorker(workers.length === 0 ? 'crash' : 'real')), workers.at(-1) as unknown as Worker) });
    const answer = await client.layout(doc(1));
    expect(answer).toEqual({ status: 'failed', message: 'The layout worker stopped with an error: boom' });
    expect((await client.layout(doc(1))).status).toBe('done');
    client.dispose();
  });

  it('answers "stale" to open requests on dispose, and refuses new ones', async () => {
    const client = createLayoutClient({ workerFactory: () => new FakeWorker('silent') as unknown as Worker });
    const open = client.layout(doc(1));
    client.dispose();
    expect(await open).toEqual({ status: 'stale' });
    expect((await client.layout(doc(1))).status).toBe('failed');
  });
});
