// Typing or pasting a control character into the inspector: it is removed and the field says
// so. A name holding a right-to-left override is drawn on the canvas inside an isolate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/browser';
import { personNode } from './authoringHelpers';

describe('text hygiene on the canvas and in the inspector', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('removes a pasted NUL and escape from a name and says where', async () => {
    const { page } = app;
    await personNode(page, 'Patricia Walsh').click();
    const field = page.getByLabel('Given names');
    await field.fill('Pat\u0000ri\u001bcia');
    expect(await field.inputValue()).toBe('Patricia');
    const note = page.getByTestId('control-characters-removed');
    await note.waitFor();
    expect(await note.textContent()).toBe('2 control characters (U+0000, U+001B) removed from Given names: they are not text.');
  });

  it('draws a name with a right-to-left override inside an isolate', async () => {
    const { page } = app;
    await page.getByLabel('Given names').fill('\u202Eevil\u202C name');
    await personNode(page, '\u202Eevil\u202C name Walsh').waitFor();
    const texts = await page.locator('.canvas svg text').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
    const drawn = texts.filter((t) => t.includes('\u202E'));
    expect(drawn.length).toBeGreaterThan(0);
    for (const t of drawn) {
      expect(t.startsWith('\u2068')).toBe(true);
      expect(t.endsWith('\u2069')).toBe(true);
    }
    expect(app.errors).toEqual([]);
  });
});
