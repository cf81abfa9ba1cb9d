import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, describeChord, matchesChord, parseChord, type KeyPress } from '../../../src/ui/keyboard/keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcut chords', () => {
  it('Mod is Ctrl off a Mac and Cmd on one', () => {
    expect(matchesChord('Mod+Z', press('z', { ctrlKey: true }))).toBe(true);
    expect(matchesChord('Mod+Z', press('z', { metaKey: true }), true)).toBe(true);
    expect(matchesChord('Mod+Z', press('z', { metaKey: true }))).toBe(false);
  });
  it('Shift must match for letters, so Ctrl+Shift+Z is not Ctrl+Z', () => {
    expect(matchesChord('Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesChord('Mod+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesChord('M', press('m'))).toBe(true);
    expect(matchesChord('M', press('m', { ctrlKey: true }))).toBe(false);
  });
  it('shifted symbols match whatever Shift is', () => {
    expect(matchesChord('?', press('?', { shiftKey: true }))).toBe(true);
  });
  it('named keys and descriptions', () => {
    expect(matchesChord('Delete', press('Delete'))).toBe(true);
    expect(describeChord('Mod+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(describeChord('Mod+S', true)).toBe('⌘+S');
  });
  it('refuses a chord with an unknown modifier, naming it', () => {
    expect(() => parseChord('Hyper+Z')).toThrow(/"Hyper" is not a modifier/);
  });
});

describe('aria-keyshortcuts', () => {
  it('writes the ARIA form of each shortcut', () => {
    expect(ariaKeyShortcuts(['Mod+Shift+Z', 'Mod+Y'])).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeyShortcuts(['Delete', 'Backspace'])).toBe('Delete Backspace');
    expect(ariaKeyShortcuts(['Mod+S'], true)).toBe('Meta+S');
    expect(ariaKeyShortcuts(undefined)).toBeUndefined();
  });
});
