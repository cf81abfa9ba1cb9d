import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../src/core/gedcom/describeImport';

describe('describeImport', () => {
  it('says what was read and lists what was skipped with lines', () => {
    const text = describeImport({
      version: '5.5.1',
      encoding: 'ANSEL',
      lines: 120,
      read: { persons: 1, families: 2, partnerships: 1, parentLinks: 3, events: 1200, notes: 0 },
      skipped: [{ line: 7, message: 'child @I9@ is missing' }],
      warnings: [{ message: 'header says ANSEL' }],
    });
    expect(text.headline).toBe('Read 1 person, 2 families (1 partnership), 3 parent links, 1,200 events and 0 notes from GEDCOM 5.5.1 (ANSEL); 1 item skipped, 1 warning.');
    expect(text.skipped).toEqual(['line 7: child @I9@ is missing']);
    expect(text.warnings).toEqual(['header says ANSEL']);
  });
});
