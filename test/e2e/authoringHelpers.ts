import type { Download, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { openApp, type AppSession } from './support/browser';

/** Drives the editor the way an author does: keys, clicks and accessible names only. */

export async function nodeCount(page: Page): Promise<number> {
  return page.locator('[data-testid="person-node"]').count();
}

export async function waitForNodeCount(page: Page, n: number, timeout = 20_000): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="person-node"]').length === n, n, { timeout });
}

/**
 * Waits until the canvas has stopped moving (a fit or zoom animates for a moment): the
 * viewport's transform the same over several animation frames, and every person on screen.
 */
export async function waitForViewportAtRest(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
        const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
        if (!viewport || !canvas) return resolve(false);
        const before = viewport.style.transform;
        let frames = 0;
        const next = () => {
          if (viewport.style.transform !== before) return resolve(false);
          if (++frames < 5) return requestAnimationFrame(next);
          const inside = [...document.querySelectorAll('[data-testid="person-node"]')].every((n) => {
            const r = n.getBoundingClientRect();
            return r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom;
          });
          resolve(inside);
        };
        requestAnimationFrame(next);
      }),
    undefined,
    { timeout: 10_000 },
  );
}

export function personNode(page: Page, name: string) {
  return page.locator(`[data-testid="person-node"][aria-label="${name}"]`);
}

/** Waits until the inspector's name field has the focus, as it should after adding a person. */
export async function waitForNameFocus(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'inspector-given-names', undefined, {
    timeout: 10_000,
  });
}

/** Presses a relative's key on the canvas and types the new person's names. */
export async function addByKey(page: Page, key: string, given: string, family?: string): Promise<void> {
  await page.keyboard.press(key);
  await waitForNameFocus(page);
  await page.keyboard.type(given);
  if (family !== undefined) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(family);
  }
  // Leave the field so the next keys are shortcuts again.
  await page.keyboard.press('Escape');
}

/** Waits until the canvas shows the finished layout of the document as it is now (nobody moves any more). */
export async function waitForLayout(page: Page): Promise<void> {
  await page.locator('.canvas[data-layout="ready"]').waitFor({ timeout: 30_000 });
}

export async function clickPerson(page: Page, name: string, shift = false): Promise<void> {
  const node = personNode(page, name);
  await node.waitFor({ timeout: 20_000 });
  // A click while the layout of the last edit is arriving can land where someone else has just moved to.
  await waitForLayout(page);
  // The view keeps where the author left it, so a relative added later can be off the canvas
  // (or under the bottom panel): zoom to fit first, as the author would.
  const reachable = await node.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
  });
  if (!reachable) {
    await page.getByTestId('action-zoom-fit').click();
    await waitForViewportAtRest(page);
  }
  await node.click({ modifiers: shift ? ['Shift'] : [] });
}

/** Saves with Ctrl+S (as a download: the picker API is removed by the test) and parses the file. */
export async function saveAndRead(page: Page): Promise<{ name: string; json: any }> {
  await page.locator('body').focus().catch(() => {});
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.keyboard.press('Control+S')]);
  return readDownload(download);
}

export async function readDownload(download: Download): Promise<{ name: string; json: any }> {
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  return { name: download.suggestedFilename(), json: JSON.parse(text) };
}

/** Every browser gets the download path: no File System Access picker. */
export const NO_SAVE_PICKER = 'delete window.showSaveFilePicker;';

/** The app reloaded with NO_SAVE_PICKER in place, once the example family is drawn again. */
export async function openAppWithoutSavePicker(): Promise<AppSession> {
  const app = await openApp();
  await app.context.addInitScript(NO_SAVE_PICKER);
  await app.page.reload();
  await app.page.waitForSelector('[data-testid="person-node"]');
  return app;
}
