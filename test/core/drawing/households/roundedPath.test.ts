import { describe, expect, it } from 'vitest';
import { roundedPath } from '../../../../src/core/drawing/households/roundedPath';

describe('roundedPath', () => {
  it('rounds each corner of a ring with one curve, shorter on short edges', () => {
    const d = roundedPath([[[0, 0], [100, 0], [100, 8], [0, 8]]], 6);
    expect(d.match(/Q/g)).toHaveLength(4);
    expect(d).toBe('M0 4 Q0 0 4 0 L96 0 Q100 0 100 4 Q100 8 96 8 L4 8 Q0 8 0 4 Z');
    expect(d.endsWith('Z')).toBe(true);
  });
});
