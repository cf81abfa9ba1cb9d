import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../../src/core/model/emptyDocument';
import { updateSettings } from '../../../../src/core/model/operations';

describe('updateSettings', () => {
  it('sets the as-at date and one notation option, leaving the rest', () => {
    const doc = emptyDocument('T');
    const next = updateSettings(doc, { asAt: { year: 2024, month: 3, day: 12 }, notation: { showAges: false } });
    expect(next.settings.asAt).toEqual({ year: 2024, month: 3, day: 12 });
    expect(next.settings.notation).toEqual({ ...doc.settings.notation, showAges: false });
    expect(updateSettings(next, { asAt: undefined }).settings.asAt).toBeUndefined();
    expect(updateSettings(next, { title: 'T', notation: { showAges: false } })).toBe(next);
  });

  it('clears optional fields such as the caption', () => {
    const doc = updateSettings(emptyDocument(), { caption: 'c' });
    expect(doc.settings.caption).toBe('c');
    expect(updateSettings(doc, { caption: undefined }).settings).not.toHaveProperty('caption');
  });
});
