// Two tabs on one document take turns adding a person, three each, each waiting for "Saved in
// this browser" (the issue's probe). The tab opened second is read-only with its banner until it
// takes over editing; each tab shows the other's saves; a third tab opened afterwards has all six.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { openApp, type AppSession } from './support/browser';
import { addByKey, personNode } from './authoringHelpers';

async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 10_000 });
}

async function nodeLabels(page: Page): Promise<string[]> {
  return page.locator('[data-testid="person-node"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
}

/**
 * Selects a person by clicking their symbol. Not clickPerson(): that waits for the finished
 * layout, and the work-in-progress layout of the example family with a person added does not
 * finish in the browser within its deadline (also before this change); selecting works on the
 * shown, provisional positions.
 */
async function select(page: Page, name: string): Promise<void> {
  const node = personNode(page, name);
  await node.waitFor({ timeout: 20_000 });
  await node.click();
}

const banner = (page: Page) => page.locator('[data-testid="read-only-banner"]');

describe('two tabs on one document', () => {
  let app: AppSession;
  let a: Page;
  let b: Page;
  let anchor: string;

  beforeAll(async () => {
    app = await openApp();
    a = app.page;
    await waitForSaved(a);
    anchor = (await nodeLabels(a)).find((l) => l && l !== 'Unnamed person')!;
    b = await app.context.newPage();
    await b.goto(inject('appUrl'));
    await b.waitForSelector('[data-testid="person-node"]', { timeout: 30_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the second tab is read-only with a banner and a "take over editing" button; the first edits', async () => {
    await banner(b).waitFor({ timeout: 10_000 });
    expect(await banner(b).getAttribute('data-editing')).toBe('elsewhere');
    await expect(b.getByRole('button', { name: 'Take over editing' }).isVisible()).resolves.toBe(true);
    expect(await b.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('read-only');
    expect(await banner(a).count()).toBe(0);
    // A key that would add a person changes nothing in the read-only tab.
    const before = await nodeLabels(b);
    await b.bringToFront();
    await select(b, anchor);
    await b.keyboard.press('r');
    expect(await nodeLabels(b)).toEqual(before);
  });

  it('taking turns, three persons each, loses no edit; each tab shows the other\'s; a stale tab never says Saved', async () => {
    for (let turn = 1; turn <= 3; turn++) {
      for (const [page, other, tab] of [[a, b, 'A'], [b, a, 'B']] as const) {
        // The tab the user works in is the one in front (a hidden tab draws nothing).
        await page.bringToFront();
        if ((await banner(page).count()) > 0) {
          await page.getByRole('button', { name: 'Take over editing' }).click();
          await banner(page).waitFor({ state: 'detached', timeout: 10_000 });
          // The tab it took over from says so, and is no longer "Saved".
          await banner(other).waitFor({ timeout: 10_000 });
          expect(await banner(other).getAttribute('data-editing')).toBe('taken-over');
          expect(await other.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('read-only');
        }
        await select(page, anchor);
        await addByKey(page, 'r', `Turn${tab}${turn}`, 'Tabs');
        await personNode(page, `Turn${tab}${turn} Tabs`).waitFor();
        await waitForSaved(page);
        // The read-only tab follows the save.
        await personNode(other, `Turn${tab}${turn} Tabs`).waitFor({ timeout: 20_000 });
      }
    }
    const c = await app.context.newPage();
    await c.bringToFront();
    await c.goto(inject('appUrl'));
    await c.waitForSelector('[data-testid="person-node"]', { timeout: 30_000 });
    for (const name of ['TurnA1', 'TurnB1', 'TurnA2', 'TurnB2', 'TurnA3', 'TurnB3']) await personNode(c, `${name} Tabs`).waitFor({ timeout: 20_000 });
    expect(await banner(c).getAttribute('data-editing')).toBe('elsewhere');
    expect(app.errors).toEqual([]);
  });
});
