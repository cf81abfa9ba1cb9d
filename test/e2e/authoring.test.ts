import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/browser';
import {
  NO_SAVE_PICKER,
  addByKey,
  clickPerson,
  nodeCount,
  personNode,
  saveAndRead,
  waitForNodeCount,
  waitForViewportAtRest,
} from './authoringHelpers';

// One session builds a three-generation family with keys and clicks alone, then checks
// undo, redo, delete and autosave. Steps depend on each other, so they run in order.
describe('authoring a family with the interface alone', () => {
  let app: AppSession;
  let saved: any;

  beforeAll(async () => {
    app = await openApp({ waitForCanvas: false });
    await app.context.addInitScript(NO_SAVE_PICKER);
    await app.page.reload();
    await app.page.getByTestId('action-new-document').click();
    await waitForNodeCount(app.page, 0);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('adds a first person with N, the name field ready for typing', async () => {
    const { page } = app;
    await addByKey(page, 'n', 'Mary', 'Stone');
    await waitForNodeCount(page, 1);
    await personNode(page, 'Mary Stone').waitFor();
  });

  it('adds both parents with P; the mother is selected first', async () => {
    const { page } = app;
    await clickPerson(page, 'Mary Stone');
    await addByKey(page, 'p', 'Grace', 'Stone');
    await waitForNodeCount(page, 3);
    // The father was created too, with the family name: name him through the inspector.
    const unnamedFather = personNode(page, 'Stone');
    await unnamedFather.click();
    await page.getByLabel('Given names').fill('George');
    await page.keyboard.press('Escape');
    await personNode(page, 'George Stone').waitFor();
  });

  it('adds a first partner with R and a child of that partnership with C', async () => {
    const { page } = app;
    await clickPerson(page, 'Mary Stone');
    await addByKey(page, 'r', 'Tom', 'Hill');
    await clickPerson(page, 'Mary Stone');
    await addByKey(page, 'c', 'Ava', 'Hill');
    await waitForNodeCount(page, 5);
  });

  it('adds a second partner and, choosing that partnership, twins', async () => {
    const { page } = app;
    await clickPerson(page, 'Mary Stone');
    await addByKey(page, 'r', 'Dan', 'Cole');
    await clickPerson(page, 'Mary Stone');
    await page.keyboard.press('c');
    const dialog = page.getByTestId('choose-partnership-dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /^Dan Cole/ }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'inspector-given-names');
    await page.keyboard.type('Leo');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Cole');
    await page.keyboard.press('Escape');
    await addByKey(page, 't', 'Mia', 'Cole');
    await waitForNodeCount(page, 8);
    // The inspector shows the twins as one multiple birth.
    await expect(page.getByTestId('multiple-birth-editor').textContent()).resolves.toContain('Twins');
  });

  it('gives the child a birth date, checked as typed, and dates the first partnership', async () => {
    const { page } = app;
    await clickPerson(page, 'Ava Hill');
    const born = page.getByTestId('inspector-birth');
    await born.fill('Mar 20');
    await expect(page.locator('.inspector__message').textContent()).resolves.toMatch(/not a date/);
    await born.fill('Mar 2019');
    await expect(page.locator('.inspector__message').count()).resolves.toBe(0);
    await page.keyboard.press('Escape');

    await clickPerson(page, 'Mary Stone');
    const withTom = page.getByTestId('partnership-editor').filter({ hasText: 'Tom Hill' });
    await withTom.getByTestId('add-partnership-event').click();
    await withTom.getByLabel('Date of event 1', { exact: true }).fill('2010');
    await withTom.getByTestId('add-partnership-event').click();
    await withTom.getByLabel('Date of event 2', { exact: true }).fill('Jun 2015');
    await expect(withTom.getByLabel('Event 2', { exact: true }).inputValue()).resolves.toBe('separated');
    await page.keyboard.press('Escape');
  });

  it('makes a household from four selected people and names it', async () => {
    const { page } = app;
    await clickPerson(page, 'Mary Stone');
    for (const name of ['Dan Cole', 'Leo Cole', 'Mia Cole']) await clickPerson(page, name, true);
    await page.keyboard.press('h');
    const label = page.getByTestId('household-label');
    await label.waitFor();
    await expect(page.getByTestId('household-member').count()).resolves.toBe(4);
    await label.fill('Cole household');
    await page.keyboard.press('Escape');
    saved = (await saveAndRead(page)).json;
    const doc = saved.document;
    expect(doc.persons).toHaveLength(8);
    expect(doc.partnerships).toHaveLength(3);
    expect(doc.multipleBirths).toHaveLength(1);
    expect(doc.households).toEqual([expect.objectContaining({ label: 'Cole household' })]);
    const byName = new Map(doc.persons.map((p: any) => [`${p.givenNames} ${p.familyName}`, p.id]));
    const parentsOf = (name: string) =>
      doc.parentLinks.filter((l: any) => l.child === byName.get(name)).map((l: any) => l.parent).sort();
    expect(parentsOf('Leo Cole')).toEqual([byName.get('Mary Stone'), byName.get('Dan Cole')].sort());
    expect(parentsOf('Ava Hill')).toEqual([byName.get('Mary Stone'), byName.get('Tom Hill')].sort());
    expect(parentsOf('Mary Stone')).toEqual([byName.get('Grace Stone'), byName.get('George Stone')].sort());
    expect(doc.persons.find((p: any) => p.givenNames === 'Ava').birth).toEqual({ year: 2019, month: 3 });
    const tomPartnership = doc.partnerships.find((u: any) => [u.a, u.b].includes(byName.get('Tom Hill')));
    expect(tomPartnership.events).toEqual([
      { type: 'married', date: { year: 2010 } },
      { type: 'separated', date: { year: 2015, month: 6 } },
    ]);
  });

  it('undoes and redoes with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z'); // household name
    await page.keyboard.press('Control+Z'); // household
    let doc = (await saveAndRead(page)).json.document;
    expect(doc.households).toHaveLength(0);
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Y');
    doc = (await saveAndRead(page)).json.document;
    expect(doc).toEqual(saved.document);
  });

  it('deletes a person with their links, and one undo brings all of it back', async () => {
    const { page } = app;
    await clickPerson(page, 'Mary Stone');
    await page.keyboard.press('Delete');
    await waitForNodeCount(page, 7);
    const without = (await saveAndRead(page)).json.document;
    const mary = saved.document.persons.find((p: any) => p.givenNames === 'Mary').id;
    expect(without.parentLinks.some((l: any) => l.parent === mary || l.child === mary)).toBe(false);
    expect(without.partnerships.some((u: any) => u.a === mary || u.b === mary)).toBe(false);
    expect(without.partnerships).toHaveLength(1);
    await page.keyboard.press('Control+Z');
    await waitForNodeCount(page, 8);
    expect((await saveAndRead(page)).json.document).toEqual(saved.document);
  });

  it('moves between persons with the arrow keys, and finds one by name', async () => {
    const { page } = app;
    await clickPerson(page, 'Leo Cole');
    await page.keyboard.press('ArrowUp');
    const selected = await page.locator('.person-node--selected').getAttribute('aria-label');
    // Somewhere in the parents' generation, wherever the layout put them.
    expect(['Mary Stone', 'Dan Cole', 'Tom Hill']).toContain(selected);
    // Keyboard focus follows, so a screen reader names the person.
    await page.waitForFunction(
      (name) => document.activeElement?.querySelector('[data-testid="person-node"]')?.getAttribute('aria-label') === name,
      selected,
    );
    await page.keyboard.press('Escape');
    expect(await page.locator('.person-node--selected').count()).toBe(0);
    await page.keyboard.press('Control+F');
    await page.getByTestId('find-dialog').waitFor();
    await page.keyboard.type('grace');
    await page.keyboard.press('Enter');
    await expect(page.locator('.person-node--selected').getAttribute('aria-label')).resolves.toBe('Grace Stone');
  });

  it('Enter edits the selected person; a typed burst is one undo step', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await clickPerson(page, 'Grace Stone');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'inspector-given-names');
    await page.keyboard.press('End');
    await page.keyboard.type(' May', { delay: 30 });
    await page.keyboard.press('Escape');
    await personNode(page, 'Grace May Stone').waitFor();
    await page.keyboard.press('Control+Z');
    await personNode(page, 'Grace Stone').waitFor();
    expect((await saveAndRead(page)).json.document).toEqual(saved.document);
  });

  it('lists the shortcuts from the actions table with ?', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    const help = page.getByTestId('help-dialog');
    await help.waitFor();
    await expect(help.textContent()).resolves.toContain('Add mother');
    await page.keyboard.press('Escape');
    await expect(help.count()).resolves.toBe(0);
  });

  it('offers the actions on a right click on a person', async () => {
    const { page } = app;
    await page.keyboard.press('1'); // zoom to fit, so everyone is on screen
    await waitForViewportAtRest(page);
    await personNode(page, 'Ava Hill').click({ button: 'right' });
    const menu = page.getByTestId('person-context-menu');
    await menu.waitFor();
    await menu.getByRole('menuitem', { name: 'Add sibling' }).click();
    await waitForNodeCount(page, 9);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await waitForNodeCount(page, 8);
  });

  it('finds everything as it was after a reload (autosave)', async () => {
    const { page } = app;
    // The autosave writes to IndexedDB asynchronously: reload once the top bar says it is stored.
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.reload();
    await page.waitForSelector('[data-testid="person-node"]', { timeout: 30_000 });
    expect(await page.locator('[data-testid="person-node"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')).sort())).toEqual(
      ['Ava Hill', 'Dan Cole', 'George Stone', 'Grace Stone', 'Leo Cole', 'Mary Stone', 'Mia Cole', 'Tom Hill'],
    );
    expect((await saveAndRead(page)).json.document).toEqual(saved.document);
    expect(await nodeCount(page)).toBe(8);
    expect(app.errors).toEqual([]);
  });
});
