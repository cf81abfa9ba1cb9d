import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppSession } from './support/browser';
import { openAppWithoutSavePicker, saveAndRead, waitForLayout, waitForNameFocus, waitForNodeCount } from './authoringHelpers';

/**
 * The review family (nine people, three partnerships, one household) drawn with the
 * keyboard alone: no click, no mouse. Every key goes through `press` or `type`, which count
 * them; typed names count one key a letter. The count is the figure quoted in the closing note.
 */
class Keys {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.count++;
    await this.page.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    this.count += text.length;
    await this.page.keyboard.type(text);
  }
}

/** The accessible name of the person target that has the keyboard focus. */
async function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('aria-label') ?? null);
}

async function selectedNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('.react-flow__node[aria-pressed="true"]')].map((n) => n.getAttribute('aria-label') ?? ''));
}

/** The full accessible name of the person target whose name is `given` or starts with it (given name, then family name). */
async function shownName(page: Page, given: string): Promise<string> {
  const name = await page.evaluate(
    (given) => [...document.querySelectorAll('.react-flow__node')].map((n) => n.getAttribute('aria-label') ?? '').find((l) => l === given || l.startsWith(`${given} `)),
    given,
  );
  if (!name) throw new Error(`Nobody called ${given} on the figure`);
  return name;
}

/**
 * Walks the focus to a person with the arrow keys, as an author looking at the figure does:
 * up or down while the person stands on another row, then along the row. With `keep`, the walk
 * uses Ctrl+arrows and leaves the selection alone.
 */
async function walkTo(page: Page, keys: Keys, given: string, keep = false): Promise<void> {
  await waitForLayout(page);
  // Escape gives the focus back to the figure a frame later: the walk starts from there.
  await page.waitForFunction(() => document.activeElement?.closest('.react-flow__node') != null);
  const name = await shownName(page, given);
  for (let step = 0; step < 12; step++) {
    const here = await focusedName(page);
    if (here === name) return;
    const way = await page.evaluate((name) => {
      const target = document.querySelector(`.react-flow__node[aria-label="${name}"]`)?.getBoundingClientRect();
      const from = document.activeElement?.closest('.react-flow__node')?.getBoundingClientRect();
      if (!target || !from) return undefined;
      const dy = target.top - from.top;
      if (Math.abs(dy) > from.height / 2) return dy > 0 ? 'ArrowDown' : 'ArrowUp';
      return target.left > from.left ? 'ArrowRight' : 'ArrowLeft';
    }, name);
    if (!way) throw new Error(`Cannot walk to ${name} from ${here}`);
    await keys.press(keep ? `Control+${way}` : way);
    await page.waitForFunction((here) => document.activeElement?.closest('.react-flow__node')?.getAttribute('aria-label') !== here, here);
  }
  throw new Error(`${name} not reached in 12 steps`);
}

/** A relative's key on the focused person, then their given name; Escape leaves the field. */
async function addRelative(page: Page, keys: Keys, key: string, given: string): Promise<void> {
  await keys.press(key);
  await waitForNameFocus(page);
  await keys.type(given);
  await keys.press('Escape');
}

describe('drawing a family with the keyboard alone', () => {
  let app: AppSession;
  let keys: Keys;

  beforeAll(async () => {
    app = await openAppWithoutSavePicker();
    keys = new Keys(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('starts a new document whose hint offers the first person, focused, so Enter adds the subject child', async () => {
    const { page } = app;
    await keys.press('Alt+N');
    await waitForNodeCount(page, 0);
    const hint = page.getByRole('note', { name: 'Getting started' });
    await hint.waitFor();
    await expect(hint.textContent()).resolves.toContain('subject child');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'add-first-person');
    await keys.press('Enter');
    await waitForNameFocus(page);
    await keys.type('Ava');
    await keys.press('Tab');
    await keys.type('Cole');
    await keys.press('Escape');
    await waitForNodeCount(page, 1);
    await expect(page.getByRole('checkbox', { name: 'Subject of the review' }).isChecked()).resolves.toBe(true);
    await expect(hint.count()).resolves.toBe(0);
  });

  it('Escape leaves the name for the figure; Tab enters the figure once, at the selected person', async () => {
    const { page } = app;
    await page.waitForFunction(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('aria-label') === 'Ava Cole');
    await expect(page.locator('.react-flow__node[tabindex="0"]').count()).resolves.toBe(1);
    // From the toolbar's last button, one Tab reaches Ava, and the next leaves the figure. (Not counted: not part of the drawing.)
    await page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button').last().focus();
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Ava Cole');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe(null);
    await page.keyboard.press('Shift+Tab');
    await expect(focusedName(page)).resolves.toBe('Ava Cole');
    // Both parents; the mother is named first.
    await addRelative(page, keys, 'p', 'Mary');
    await waitForNodeCount(page, 3);
  });

  it('moves the focus with the arrow keys, selecting whom it reaches; Enter opens their inspector', async () => {
    const { page } = app;
    await walkTo(page, keys, 'Cole');
    await expect(selectedNames(page)).resolves.toEqual(['Cole']);
    await keys.press('Enter');
    await waitForNameFocus(page);
    await keys.type('Tom');
    await keys.press('Escape');
    await page.locator('.react-flow__node[aria-label="Tom Cole"]').waitFor();
  });

  it('adds a full sibling, the mother’s second partner and their child, choosing the partnership with the keyboard', async () => {
    const { page } = app;
    await walkTo(page, keys, 'Ava');
    await addRelative(page, keys, 's', 'Jay');
    await waitForNodeCount(page, 4);
    await walkTo(page, keys, 'Mary');
    await addRelative(page, keys, 'r', 'Dan');
    await waitForNodeCount(page, 5);
    await walkTo(page, keys, 'Mary');
    await keys.press('c');
    const dialog = page.getByTestId('choose-partnership-dialog');
    await dialog.waitFor();
    // The dialog's first choice has the focus; Tab to the partnership with Dan.
    for (let i = 0; i < 4 && !(await page.evaluate(() => document.activeElement?.textContent ?? '')).startsWith('Dan'); i++) await keys.press('Tab');
    await keys.press('Enter');
    await waitForNameFocus(page);
    await keys.type('Leo');
    await keys.press('Escape');
    await waitForNodeCount(page, 6);
  });

  it('adds the maternal grandparents and the mother’s sister', async () => {
    const { page } = app;
    await walkTo(page, keys, 'Mary');
    await addRelative(page, keys, 'p', 'Grace');
    await waitForNodeCount(page, 8);
    const father = await page.evaluate(() =>
      [...document.querySelectorAll('.react-flow__node')].map((n) => n.getAttribute('aria-label')).find((n) => n && !/^(Ava|Mary|Tom|Jay|Dan|Leo|Grace)\b/.test(n)),
    );
    await walkTo(page, keys, father!);
    await keys.press('Enter');
    await waitForNameFocus(page);
    await keys.type('George');
    await keys.press('Escape');
    await walkTo(page, keys, 'Mary');
    await addRelative(page, keys, 's', 'Sue');
    await waitForNodeCount(page, 9);
  });

  it('makes the household: Ctrl+arrows walk past people, Space adds the ones wanted, H makes it', async () => {
    const { page } = app;
    await walkTo(page, keys, 'Mary');
    for (const name of ['Dan', 'Leo', 'Ava', 'Jay']) {
      await walkTo(page, keys, name, true);
      await keys.press('Space');
    }
    await expect(selectedNames(page).then((n) => n.length)).resolves.toBe(5);
    await keys.press('h');
    await page.getByTestId('household-editor').waitFor();
    await expect(page.getByTestId('household-member').count()).resolves.toBe(5);
  });

  it('has drawn the whole family with the keyboard alone; the count of keys is reported', async () => {
    const { page } = app;
    const { json } = await saveAndRead(page);
    expect(json.document.persons).toHaveLength(9);
    expect(json.document.partnerships).toHaveLength(3);
    expect(json.document.households).toHaveLength(1);
    const names = json.document.persons.map((p: { givenNames?: string }) => p.givenNames).sort();
    expect(names).toEqual(['Ava', 'Dan', 'George', 'Grace', 'Jay', 'Leo', 'Mary', 'Sue', 'Tom']);
    // Before this work the same family took about 260 keys and 35 clicks (issue 17); now it takes no click.
    console.log(`keyboard-only nine-person family: ${keys.count} keys, 0 clicks`);
    expect(keys.count).toBeLessThan(130);
  });
});
