import { describe, expect, it } from 'vitest';
import { newId, startCountingIds } from '../../../src/core/model/ids';

describe('newId', () => {
  it('makes prefixed ids that are never integer-like and do not repeat', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const id = newId('p');
      expect(id).toMatch(/^p_[0-9a-z]{8}$/);
      expect(String(Number(id))).not.toBe(id);
      ids.add(id);
    }
    expect(ids.size).toBe(5000);
  });

  it('keeps object key order when ids are used as keys', () => {
    const record: Record<string, number> = {};
    const ids = [newId('p'), newId('p'), newId('p')];
    ids.forEach((id, i) => (record[id] = i));
    expect(Object.keys(record)).toEqual(ids);
  });

  it('counts deterministically while asked to, then goes back to random', () => {
    const restore = startCountingIds();
    expect([newId('p'), newId('u'), newId('p')]).toEqual(['p_1', 'u_2', 'p_3']);
    restore();
    expect(newId('p')).toMatch(/^p_[0-9a-z]{8}$/);
  });

  it('refuses a prefix that could make an integer-like or odd id', () => {
    expect(() => newId('1')).toThrow(/must start with a letter/);
    expect(() => newId('')).toThrow(/must start with a letter/);
  });
});
