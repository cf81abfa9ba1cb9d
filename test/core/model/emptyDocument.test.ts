import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { DEFAULT_NOTATION } from '../../../src/core/model/types';

describe('emptyDocument', () => {
  it('has a title, default notation and no content', () => {
    const doc = emptyDocument('Review of Child A');
    expect(doc.settings).toEqual({ title: 'Review of Child A', notation: DEFAULT_NOTATION });
    expect(doc.settings.notation).not.toBe(DEFAULT_NOTATION);
    expect(doc.persons).toEqual([]);
    expect(doc.partnerships.length + doc.parentLinks.length + doc.households.length).toBe(0);
    expect(doc.id).toMatch(/^doc_/);
  });

  it('gives each document its own id', () => {
    expect(emptyDocument().id).not.toBe(emptyDocument().id);
  });
});
