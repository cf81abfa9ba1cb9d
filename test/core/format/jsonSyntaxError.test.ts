import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonSyntaxError } from '../../../src/core/format/jsonSyntaxError';

describe('findJsonSyntaxError', () => {
  it('accepts every valid JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, pretty ? 2 : 0))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('places common mistakes by line and column', () => {
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({ line: 1, column: 9, problem: 'expected a quoted name, found "}"' });
    expect(findJsonSyntaxError('[1, 2\n 3]')).toEqual({ line: 2, column: 2, problem: 'expected "," or "]", found "3"' });
    expect(findJsonSyntaxError("{'a': 1}")).toEqual({ line: 1, column: 2, problem: 'expected a quoted name, found "\'"' });
    expect(findJsonSyntaxError('{"a" 1}')?.problem).toBe('expected ":" after a name, found "1"');
    expect(findJsonSyntaxError('{"a": [1, 2')?.problem).toBe('expected "," or "]", found the end of the file');
    expect(findJsonSyntaxError('{"a": tru}')?.problem).toBe('expected a value, found "t"');
    expect(findJsonSyntaxError('{} x')?.problem).toBe('unexpected "x" after the end of the data');
    expect(findJsonSyntaxError('"abc')?.problem).toMatch(/unfinished text/);
    expect(findJsonSyntaxError('')?.problem).toBe('expected a value, found the end of the file');
  });

  it('agrees with JSON.parse on whether text is valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: fc.constantFrom(...'{}[]",:1-.e tfnrula\\'.split('')) }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it('handles very deep nesting without overflowing', () => {
    expect(findJsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000))).toBeUndefined();
  });
});
