import { describe, expect, it } from 'vitest';
import { fixtureRequest } from '../../../src/ui/dialogs/testFixture';

describe('the benchmark fixture hook', () => {
  it('loads nothing without the explicit flag', () => {
    expect(fixtureRequest('?fixture=synthetic-60')).toBeUndefined();
    expect(fixtureRequest('')).toBeUndefined();
  });
  it('reads the size and seed with the flag, and ignores anything else', () => {
    expect(fixtureRequest('?testHooks=1&fixture=synthetic-500')).toEqual({ persons: 500, seed: 1 });
    expect(fixtureRequest('?testHooks=1&fixture=synthetic-60&seed=7')).toEqual({ persons: 60, seed: 7 });
    expect(fixtureRequest('?testHooks=1&fixture=../../etc')).toBeUndefined();
    expect(fixtureRequest('?testHooks=1&fixture=synthetic-0')).toBeUndefined();
  });
});
