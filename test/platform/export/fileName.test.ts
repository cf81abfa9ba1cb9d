import { describe, expect, it } from 'vitest';
import { fileStemFor } from '../../../src/platform/export/fileName';

describe('fileStemFor', () => {
  it('keeps an ordinary title', () => {
    expect(fileStemFor('Review of Child A (2024)')).toBe('Review of Child A (2024)');
  });
  it('removes characters file systems reject and direction overrides', () => {
    expect(fileStemFor('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j');
    expect(fileStemFor('x\u202Egnp.exe')).toBe('x gnp.exe');
  });
  it('drops leading and trailing dots and falls back when nothing is left', () => {
    expect(fileStemFor('..hidden..')).toBe('hidden');
    expect(fileStemFor('  <>  ')).toBe('genogram');
    expect(fileStemFor(undefined)).toBe('genogram');
  });
  it('caps the length by characters, not code units', () => {
    const stem = fileStemFor('😀'.repeat(200));
    expect(Array.from(stem)).toHaveLength(80);
  });
});
