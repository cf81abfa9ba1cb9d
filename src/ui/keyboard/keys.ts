/**
 * Shortcut strings as written in the actions table: "Mod+Shift+Z", "Delete", "?", "F1".
 * "Mod" is Ctrl, or Cmd on a Mac. Pure, so the table can be checked in Node.
 */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Chord {
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

const MODIFIERS = new Set(['mod', 'ctrl', 'shift', 'alt']);

export function parseChord(text: string): Chord {
  // "+" itself may be the key ("Mod++"), so split on "+" only between parts.
  const parts = text.length > 1 && text.endsWith('++') ? [...text.slice(0, -2).split('+'), '+'] : text.split('+');
  const named = parts[parts.length - 1];
  // "Space" names the space bar (a key written " " would not read in the table or the help).
  const key = named === 'Space' ? ' ' : named;
  if (!key) throw new Error(`Shortcut "${text}" has no key`);
  const chord: Chord = { mod: false, ctrl: false, shift: false, alt: false, key: key.length === 1 ? key.toLowerCase() : key };
  for (const part of parts.slice(0, -1)) {
    const m = part.toLowerCase();
    if (!MODIFIERS.has(m)) throw new Error(`Shortcut "${text}": "${part}" is not a modifier (Mod, Ctrl, Shift, Alt)`);
    chord[m as 'mod' | 'ctrl' | 'shift' | 'alt'] = true;
  }
  return chord;
}

/** Keys that are typed with Shift on most layouts: their Shift state is not compared. */
const SHIFTED_SYMBOLS = new Set(['?', '!', '+', '*', '(', ')', '{', '}', ':', '<', '>', '"', '|', '~']);

export function matchesChord(text: string, press: KeyPress, isMac = false): boolean {
  const chord = parseChord(text);
  const pressed = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (pressed !== chord.key) return false;
  const wantCtrl = chord.ctrl || (chord.mod && !isMac);
  const wantMeta = chord.mod && isMac;
  if (press.ctrlKey !== wantCtrl || press.metaKey !== wantMeta || press.altKey !== chord.alt) return false;
  if (!SHIFTED_SYMBOLS.has(chord.key) && press.shiftKey !== chord.shift) return false;
  return true;
}

/** How a shortcut is shown in menus and the help dialog. */
export function describeChord(text: string, isMac = false): string {
  const chord = parseChord(text);
  const parts: string[] = [];
  if (chord.mod) parts.push(isMac ? '⌘' : 'Ctrl');
  if (chord.ctrl) parts.push('Ctrl');
  if (chord.alt) parts.push(isMac ? '⌥' : 'Alt');
  if (chord.shift) parts.push('Shift');
  parts.push(chord.key === ' ' ? 'Space' : chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return parts.join('+');
}

/** The aria-keyshortcuts value for a list of shortcuts ("Control+Z Control+Y"). */
export function ariaKeyShortcuts(list: readonly string[] | undefined, isMac = false): string | undefined {
  if (!list?.length) return undefined;
  return list
    .map((text) => {
      const chord = parseChord(text);
      const parts: string[] = [];
      if (chord.mod) parts.push(isMac ? 'Meta' : 'Control');
      if (chord.ctrl) parts.push('Control');
      if (chord.alt) parts.push('Alt');
      if (chord.shift) parts.push('Shift');
      parts.push(chord.key === ' ' ? 'Space' : chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
      return parts.join('+');
    })
    .join(' ');
}
