import { describe, expect, it } from 'vitest';
import { noSubject } from '../../../src/core/checks/noSubject';
import { Family } from '../kinship/family';

describe('noSubject', () => {
  it('asks for a subject child only when none is set', () => {
    expect(noSubject(new Family().person('a', 'male').doc, { year: 2020 })).toHaveLength(1);
    expect(noSubject(new Family().person('a', 'male', { subject: true }).doc, { year: 2020 })).toEqual([]);
  });
});
