import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/browser';
import { addByKey, clickPerson, personNode, waitForNodeCount } from './authoringHelpers';

// Escape in a side-panel field sends the focus back to the selected person on the figure, a
// frame later. A key pressed before that frame (T: add a twin) opens the new person's name
// field; the late frame must not take the focus from it, or the name typed next goes to the
// canvas as shortcuts. On a loaded machine frames come late, and the authoring test lost its
// twin's name that way about once in seven runs; here the frame is held back until the name
// field has the focus, so the order is the same every time.
describe('a late frame after Escape leaves the focus where the next key put it', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp();
    await app.page.getByTestId('action-new-document').click();
    await waitForNodeCount(app.page, 0);
    await addByKey(app.page, 'n', 'Mary', 'Stone');
    await clickPerson(app.page, 'Mary Stone');
    await addByKey(app.page, 'r', 'Dan', 'Cole');
    await clickPerson(app.page, 'Mary Stone');
    await addByKey(app.page, 'c', 'Leo', 'Cole');
    await waitForNodeCount(app.page, 3);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Escape in the name field, T before the next frame: the twin’s name field keeps the focus, and the name goes there', async () => {
    const { page } = app;
    await clickPerson(page, 'Leo Cole');
    await page.getByTestId('inspector-given-names').focus();
    const focusAfterFrame = await page.evaluate(async () => {
      const realFrame = window.requestAnimationFrame.bind(window);
      const held: FrameRequestCallback[] = [];
      window.requestAnimationFrame = (callback) => {
        held.push(callback);
        return 0;
      };
      const nameFieldFocused = () => document.activeElement?.getAttribute('data-testid') === 'inspector-given-names' && (document.activeElement as HTMLInputElement).value === '';
      try {
        const key = (target: EventTarget, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
        key(document.activeElement!, 'Escape');
        key(document.body, 't');
        // The twin's (empty) name field takes the focus once React has drawn the inspector for it.
        await new Promise<void>((resolve, reject) => {
          const started = performance.now();
          const check = () => (nameFieldFocused() ? resolve() : performance.now() - started > 10_000 ? reject(new Error(`focus on ${document.activeElement?.outerHTML.slice(0, 120)}`)) : setTimeout(check, 5));
          check();
        });
      } finally {
        window.requestAnimationFrame = realFrame;
      }
      // The late frame, then a few more (focusPerson tries for up to 30).
      for (const callback of held) realFrame(callback);
      for (let i = 0; i < 40; i++) await new Promise((resolve) => realFrame(resolve));
      return { nameField: nameFieldFocused(), held: held.length };
    });
    // At least one frame was held back, or this test would show nothing.
    expect(focusAfterFrame.held).toBeGreaterThan(0);
    expect(focusAfterFrame.nameField).toBe(true);
    await page.keyboard.type('Mia');
    await page.keyboard.press('Escape');
    await personNode(page, 'Mia Cole').waitFor();
    await waitForNodeCount(page, 4);
    expect(app.errors).toEqual([]);
  });
});
