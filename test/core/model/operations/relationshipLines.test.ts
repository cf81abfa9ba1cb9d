import { describe, expect, it } from 'vitest';
import { addRelationshipLine, removeRelationshipLine, updateRelationshipLine } from '../../../../src/core/model/operations';
import { sampleFamily } from './sampleFamily';

describe('relationship lines', () => {
  it('adds, updates and removes a directed line', () => {
    const s = sampleFamily();
    const { doc, id } = addRelationshipLine(s.doc, s.third, s.mother, 'close', { notes: 'confides in her' });
    expect(doc.relationships.at(-1)).toEqual({ id, kind: 'close', from: s.third, to: s.mother, notes: 'confides in her' });
    const flipped = updateRelationshipLine(doc, id, { from: s.mother, to: s.third, notes: undefined });
    expect(flipped.relationships.at(-1)).toEqual({ id, kind: 'close', from: s.mother, to: s.third });
    expect(removeRelationshipLine(flipped, id).relationships).toHaveLength(1);
  });

  it('refuses a line from a person to themselves or to someone unknown', () => {
    const s = sampleFamily();
    expect(() => addRelationshipLine(s.doc, s.mother, s.mother, 'conflict')).toThrow(/two different people/);
    expect(() => addRelationshipLine(s.doc, s.mother, 'p_x', 'conflict')).toThrow(/no person with id "p_x"/);
    const id = s.doc.relationships[0]!.id;
    expect(() => updateRelationshipLine(s.doc, id, { to: s.father })).toThrow(/two different people/);
  });
});
