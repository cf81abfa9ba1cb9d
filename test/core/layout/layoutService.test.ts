import { describe, expect, it, vi } from 'vitest';
import { createLayoutService, type LayoutReply } from '../../../src/core/layout/layoutService';
import type { ElkLike } from '../../../src/core/layout/placement/elkPlacement';
import { family } from '../../fixtures/layout/familyBuilder';

describe('createLayoutService', () => {
  it('runs one layout at a time and skips a waiting request that a newer one replaces', async () => {
    const replies: LayoutReply[] = [];
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    const handle = createLayoutService((reply) => {
      replies.push(reply);
      if (reply.id === 3) done();
    });
    const doc = family().person('a', 'female', 1950).doc;
    handle({ id: 1, doc });
    handle({ id: 2, doc });
    handle({ id: 3, doc });
    await finished;
    expect(replies.map((r) => [r.id, r.status])).toEqual([
      [2, 'stale'],
      [1, 'done'],
      [3, 'done'],
    ]);
  });

  it('reports a layout that throws as failed, with the reason', async () => {
    const replies: LayoutReply[] = [];
    const bad = { persons: null } as never;
    const handle = createLayoutService((r) => replies.push(r), { layout: () => Promise.reject(new Error('x')) } as ElkLike);
    handle({ id: 1, doc: bad });
    // The reply follows the rejected promise: wait for it, not for a guessed time.
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    expect(replies[0]).toMatchObject({ id: 1, status: 'failed' });
    expect((replies[0] as { message: string }).message).toMatch(/^Layout failed: /);
  });
});
