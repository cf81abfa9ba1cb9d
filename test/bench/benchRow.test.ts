import { describe, expect, it } from 'vitest';
import { median, meetsTarget } from '../../bench/benchRow';

describe('benchmark rows', () => {
  it('compares medians with targets across units', () => {
    expect(meetsTarget({ name: 'x', metric: 'm', median: 900, unit: 'ms', target: '≤ 1 s' })).toBe(true);
    expect(meetsTarget({ name: 'x', metric: 'm', median: 1100, unit: 'ms', target: '≤ 1 s' })).toBe(false);
    expect(meetsTarget({ name: 'x', metric: 'm', median: 300, unit: 'KB', target: '≤ 250 KB' })).toBe(false);
    expect(meetsTarget({ name: 'x', metric: 'm', median: 3, unit: 'ms', target: 'fast' })).toBeUndefined();
    expect(meetsTarget({ name: 'x', metric: 'm', median: 3, unit: 'ms' })).toBeUndefined();
    expect(meetsTarget({ name: 'x', metric: 'm', median: 3, unit: 'ms', target: '≤ 1 KB' })).toBeUndefined();
  });

  it('takes the middle value', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
