import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import type { AppSession } from './support/browser';
import { fileStemFor } from '../../src/platform/export/fileName';
import { openAppWithoutSavePicker, nodeCount, readDownload, saveAndRead, waitForNodeCount } from './authoringHelpers';

/** Ctrl+O, as a user presses it (openApp keeps file choosers intercepted; see keepFileChoosersIntercepted). */
async function chooserFromShortcut(page: Page): Promise<FileChooser> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+O')]);
  return chooser;
}

describe('documents: save, open, bad files, drag and drop', () => {
  let app: AppSession;
  let dir: string;
  let savedPath: string;
  let saved: any;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'genogram-docs-'));
    app = await openAppWithoutSavePicker();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('saves the open document as <title>.genogram.json', async () => {
    const { page } = app;
    const title = await page.locator('.topbar__title').textContent();
    const file = await saveAndRead(page);
    expect(file.name).toBe(`${fileStemFor(title ?? '')}.genogram.json`);
    expect(file.name.endsWith('.genogram.json')).toBe(true);
    expect(file.json.format).toBe('genogram');
    expect(file.json.document.persons.length).toBe(await nodeCount(page));
    saved = file.json;
    savedPath = join(dir, file.name);
    await writeFile(savedPath, JSON.stringify(file.json));
  });

  it('the toolbar Save button gives the same file', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('action-save-document').click()]);
    expect((await readDownload(download)).json).toEqual(saved);
  });

  it('opens the saved file again with the file picker', async () => {
    const { page } = app;
    await page.getByTestId('action-new-document').click();
    await waitForNodeCount(page, 0);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('action-open-document').click()]);
    await chooser.setFiles(savedPath);
    await waitForNodeCount(page, saved.document.persons.length);
    expect((await saveAndRead(page)).json.document).toEqual(saved.document);
  });

  it('shows what is wrong and where in a bad file, and leaves the document unchanged', async () => {
    const { page } = app;
    const bad = join(dir, 'broken.genogram.json');
    const broken = structuredClone(saved);
    broken.document.persons[0].birth = { year: 1990, month: 13 };
    await writeFile(bad, JSON.stringify(broken, null, 2));
    const chooser = await chooserFromShortcut(page);
    await chooser.setFiles(bad);
    const problem = page.getByTestId('problem-dialog');
    await problem.waitFor();
    const text = await problem.textContent();
    expect(text).toContain('broken.genogram.json');
    expect(text).toMatch(/persons\[0\]/);
    await problem.getByRole('button', { name: 'OK' }).click();
    expect((await saveAndRead(page)).json.document).toEqual(saved.document);

    const notJson = join(dir, 'notes.genogram.json');
    await writeFile(notJson, '{ "format": "genogram",\n  "version": 2,\n  oops }');
    const again = await chooserFromShortcut(page);
    await again.setFiles(notJson);
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/line 3/i);
    await page.keyboard.press('Escape');
    expect((await saveAndRead(page)).json.document).toEqual(saved.document);
  });

  it('Ctrl+O opens the file chooser at every press, with no retry', async () => {
    const { page } = app;
    for (let i = 0; i < 20; i++) await chooserFromShortcut(page);
  });

  it('opens a GEDCOM file dropped onto the window', async () => {
    const { page } = app;
    const gedcom = [
      '0 HEAD', '1 GEDC', '2 VERS 5.5.1', '1 CHAR UTF-8',
      '0 @I1@ INDI', '1 NAME Ann /Lee/', '1 SEX F',
      '0 @I2@ INDI', '1 NAME Bob /Lee/', '1 SEX M',
      '0 @I3@ INDI', '1 NAME Cal /Lee/', '1 SEX M',
      '0 @F1@ FAM', '1 HUSB @I2@', '1 WIFE @I1@', '1 CHIL @I3@',
      '0 TRLR', '',
    ].join('\n');
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'lee family.ged', { type: 'text/plain' }));
      return dt;
    }, gedcom);
    await page.dispatchEvent('.canvas', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.canvas', 'drop', { dataTransfer: transfer });
    // A GEDCOM file waits in its import summary until the user opens it.
    await page.getByTestId('gedcom-import-dialog').getByRole('button', { name: 'Open', exact: true }).click();
    await waitForNodeCount(page, 3);
    const doc = (await saveAndRead(page)).json.document;
    expect(doc.persons.map((p: any) => p.givenNames).sort()).toEqual(['Ann', 'Bob', 'Cal']);
    expect(doc.parentLinks).toHaveLength(2);
  });

  it('lists earlier documents under Recent documents and opens one again', async () => {
    const { page } = app;
    await page.getByTestId('action-recent-documents').click();
    const dialog = page.getByTestId('recent-dialog');
    await dialog.waitFor();
    const earlier = dialog.getByRole('button', { name: new RegExp(saved.document.settings.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await earlier.first().click();
    await waitForNodeCount(page, saved.document.persons.length);
    expect((await saveAndRead(page)).json.document.id).toBe(saved.document.id);
    expect(app.errors).toEqual([]);
  });
});
