// GEDCOM import through the interface: the Open action's file picker, the summary dialog with
// its counts, skipped items and suggestions, and what each of its buttons does to the document.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { importGedcom } from '../../src/core/gedcom/importGedcom';
import { readSharedFixture, sharedFixturePath } from '../support/sharedFixtures';
import type { AppSession } from './support/browser';
import { openAppWithoutSavePicker, saveAndRead, waitForNodeCount } from './authoringHelpers';

/** Persons per file, as ../shared/fixtures/SOURCES.md states them. */
const FIXTURE_PERSONS: [string, number][] = [
  ['family2.ged', 53],
  ['kennedy.ged', 208],
  ['royal92.ged', 3010],
  ['maximal70.ged', 4],
];

const COUNT_NAMES = ['persons', 'families', 'partnerships', 'parent-links', 'events', 'notes'] as const;

/** Twins Ann and Ben (same birth date, one family) and two parents with a dated RESI at one address. */
const TWINS_AND_RESIDENCES = [
  '0 HEAD', '1 GEDC', '2 VERS 5.5.1', '1 CHAR UTF-8',
  '0 @I1@ INDI', '1 NAME Mia /Lee/', '1 SEX F', '1 BIRT', '2 DATE 1990',
  '1 RESI', '2 DATE FROM 2015', '2 ADDR 4 Elm Road, Leeds',
  '0 @I2@ INDI', '1 NAME Tom /Lee/', '1 SEX M', '1 BIRT', '2 DATE 1988',
  '1 RESI', '2 DATE FROM 2016', '2 ADDR 4 Elm Road, Leeds',
  '0 @I3@ INDI', '1 NAME Ann /Lee/', '1 SEX F', '1 BIRT', '2 DATE 3 MAR 2017',
  '0 @I4@ INDI', '1 NAME Ben /Lee/', '1 SEX M', '1 BIRT', '2 DATE 3 MAR 2017',
  '0 @F1@ FAM', '1 HUSB @I2@', '1 WIFE @I1@', '1 CHIL @I3@', '1 CHIL @I4@',
  '0 TRLR', '',
].join('\n');

async function pickFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('action-open-document').click()]);
  await chooser.setFiles(path);
}

async function readCount(page: Page, name: string): Promise<number> {
  return Number(await page.getByTestId(`gedcom-import-count-${name}`).getAttribute('data-value'));
}

describe('GEDCOM import: the summary dialog', () => {
  let app: AppSession;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'genogram-gedcom-'));
    app = await openAppWithoutSavePicker();
  });
  afterAll(async () => {
    await app?.close();
  });
  // A failed test must not leave its dialog over the page for the next one.
  afterEach(async () => {
    for (let i = 0; i < 3 && (await app.page.locator('[role="dialog"]').count()) > 0; i++) await app.page.keyboard.press('Escape');
  });

  for (const [name, persons] of FIXTURE_PERSONS) {
    it(`${name}: the dialog shows the counts read, and opening gives ${persons} people`, async () => {
      const { page } = app;
      const expected = importGedcom(readSharedFixture(name));
      if (!expected.ok) throw new Error(`${name} does not import in Node`);
      await pickFile(page, sharedFixturePath(name));
      const dialog = page.getByTestId('gedcom-import-dialog');
      await dialog.waitFor({ timeout: 30_000 });
      expect(await readCount(page, 'persons')).toBe(persons);
      const read = expected.summary.read;
      const wanted = [read.persons, read.families, read.partnerships, read.parentLinks, read.events, read.notes];
      for (const [i, count] of COUNT_NAMES.entries()) expect(await readCount(page, count), count).toBe(wanted[i]);
      const text = (await dialog.textContent()) ?? '';
      expect(text).toContain(`GEDCOM ${expected.summary.version ?? '(version not given)'}`);
      expect(text).toContain(expected.summary.encoding);
      expect(Number(await dialog.getByTestId('gedcom-import-skipped').getAttribute('data-count'))).toBe(expected.summary.skipped.length);
      expect(Number(await dialog.getByTestId('gedcom-import-warnings').getAttribute('data-count'))).toBe(expected.summary.warnings.length);
      const firstIssue = expected.summary.skipped[0] ?? expected.summary.warnings[0];
      if (firstIssue?.line !== undefined) expect(text).toContain(`Line ${firstIssue.line}:`);
      await dialog.getByRole('button', { name: /^(Open|Open without them)$/ }).click();
      await dialog.waitFor({ state: 'detached' });
      const doc = (await saveAndRead(page)).json.document;
      expect(doc.persons).toHaveLength(persons);
      expect(doc.multipleBirths).toHaveLength(0);
      expect(doc.households).toHaveLength(0);
    }, 120_000);
  }

  it('a long list of skipped items shows its first lines, and the rest behind "Show all"', async () => {
    const { page } = app;
    const people = Array.from({ length: 12 }, (_, i) => [`0 @I${i + 1}@ INDI`, `1 NAME P${i + 1} /Roe/`, '1 BIRT', '2 DATE 10 JAN'].join('\n'));
    const path = join(dir, 'bad dates.ged');
    await writeFile(path, ['0 HEAD', '1 GEDC', '2 VERS 5.5.1', '1 CHAR UTF-8', ...people, '0 TRLR', ''].join('\n'));
    const expected = importGedcom(['0 HEAD', '1 GEDC', '2 VERS 5.5.1', '1 CHAR UTF-8', ...people, '0 TRLR', ''].join('\n'));
    if (!expected.ok) throw new Error('the bad-dates file does not import');
    const total = expected.summary.skipped.length;
    expect(total).toBe(12);
    await pickFile(page, path);
    const list = page.getByTestId('gedcom-import-skipped');
    await list.waitFor();
    expect(await list.locator('li').count()).toBe(8);
    expect(await list.locator('li').first().textContent()).toMatch(/^Line 8: /);
    await list.getByRole('button', { name: 'Show all 12' }).click();
    expect(await list.locator('li').count()).toBe(12);
    expect(await list.locator('li').last().textContent()).toMatch(/^Line 52: /);
    const box = await list.locator('ul').evaluate((ul) => ({ scroll: ul.scrollHeight, client: ul.clientHeight, overflow: getComputedStyle(ul).overflowY }));
    expect(box.overflow).toBe('auto');
    expect(box.scroll).toBeGreaterThan(box.client);
    await page.screenshot({ path: join(tmpdir(), 'gedcom-import-dialog-skipped.png') });
    await page.getByTestId('gedcom-import-dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  it('Cancel leaves the open document exactly as it was', async () => {
    const { page } = app;
    const before = (await saveAndRead(page)).json.document;
    await pickFile(page, sharedFixturePath('family2.ged'));
    const dialog = page.getByTestId('gedcom-import-dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await saveAndRead(page)).json.document).toEqual(before);
    // Escape is Cancel too.
    await pickFile(page, sharedFixturePath('kennedy.ged'));
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await saveAndRead(page)).json.document).toEqual(before);
  });

  it('suggested twins and households are ticked; opening with them adds a multiple birth and a household', async () => {
    const { page } = app;
    const path = join(dir, 'lee twins.ged');
    await writeFile(path, TWINS_AND_RESIDENCES);
    await pickFile(page, path);
    const dialog = page.getByTestId('gedcom-import-dialog');
    await dialog.waitFor();
    await page.screenshot({ path: join(tmpdir(), 'gedcom-import-dialog-suggestions.png') });
    const twins = dialog.getByTestId('suggested-multiple-birth');
    const household = dialog.getByTestId('suggested-household');
    expect(await twins.count()).toBe(1);
    expect(await household.count()).toBe(1);
    expect(await twins.textContent()).toMatch(/Ann Lee and Ben Lee, born 3 Mar 2017/);
    expect(await household.textContent()).toMatch(/4 Elm Road, Leeds: Mia Lee \(from 2015\); Tom Lee \(from 2016\)/);
    expect(await twins.getByRole('checkbox').isChecked()).toBe(true);
    expect(await household.getByRole('checkbox').isChecked()).toBe(true);
    const apply = dialog.getByRole('button', { name: /^Open with the ticked/ });
    expect(await apply.textContent()).toBe('Open with the ticked (2)');
    // Unticking both leaves nothing to open with; ticking them again does.
    await twins.getByRole('checkbox').uncheck();
    await household.getByRole('checkbox').uncheck();
    expect(await apply.isDisabled()).toBe(true);
    await twins.getByRole('checkbox').check();
    await household.getByRole('checkbox').check();
    await apply.click();
    await dialog.waitFor({ state: 'detached' });
    await waitForNodeCount(page, 4);

    const doc = (await saveAndRead(page)).json.document;
    const idOf = (given: string) => doc.persons.find((p: any) => p.givenNames === given)?.id;
    expect(doc.multipleBirths).toHaveLength(1);
    expect(doc.multipleBirths[0].members).toEqual([idOf('Ann'), idOf('Ben')]);
    expect(doc.households).toHaveLength(1);
    expect(doc.households[0].address).toBe('4 Elm Road, Leeds');
    expect(doc.households[0].members.map((m: any) => m.person)).toEqual([idOf('Mia'), idOf('Tom')]);

    // The household is there for a reviewer in the family table.
    await page.getByRole('tab', { name: 'Family table' }).click();
    const table = page.getByTestId('family-table');
    await table.waitFor();
    const tableText = (await table.textContent()) ?? '';
    expect(tableText).toContain('Mia Lee');
    expect(tableText).toContain('4 Elm Road, Leeds');
  });

  it('"Open without them" opens the same file with no multiple birth and no household', async () => {
    const { page } = app;
    await pickFile(page, join(dir, 'lee twins.ged'));
    const dialog = page.getByTestId('gedcom-import-dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Open without them' }).click();
    await dialog.waitFor({ state: 'detached' });
    const doc = (await saveAndRead(page)).json.document;
    expect(doc.persons).toHaveLength(4);
    expect(doc.multipleBirths).toHaveLength(0);
    expect(doc.households).toHaveLength(0);
  });

  it('a GEDCOM file dropped onto the window waits in the same dialog, and opens on confirmation', async () => {
    const { page } = app;
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.ged', { type: 'text/plain' }));
      return dt;
    }, TWINS_AND_RESIDENCES);
    await page.dispatchEvent('.canvas', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.canvas', 'drop', { dataTransfer: transfer });
    const dialog = page.getByTestId('gedcom-import-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Import "dropped.ged"');
    await dialog.getByTestId('suggested-household').getByRole('checkbox').uncheck();
    await dialog.getByRole('button', { name: /^Open with the ticked/ }).click();
    await dialog.waitFor({ state: 'detached' });
    const doc = (await saveAndRead(page)).json.document;
    expect(doc.multipleBirths).toHaveLength(1);
    expect(doc.households).toHaveLength(0);
  });

  it('a garbled line is listed under Skipped with its number; cancelling leaves the open document as it was', async () => {
    const { page } = app;
    const before = (await saveAndRead(page)).json.document;
    const path = join(dir, 'slip.ged');
    await writeFile(path, ['0 HEAD', '1 GEDC', '2 VERS 5.5.1', '0 @I1@ INDI', '1 NAME Ann /Lee/', '%%% not a GEDCOM line', '0 TRLR', ''].join('\n'));
    await pickFile(page, path);
    const dialog = page.getByTestId('gedcom-import-dialog');
    await dialog.waitFor();
    await expect(dialog.getByTestId('gedcom-import-skipped').textContent()).resolves.toMatch(/Line 6: not a GEDCOM line/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await saveAndRead(page)).json.document).toEqual(before);
  });

  it('a damaged file shows the line numbers and never changes the open document', async () => {
    const { page } = app;
    const before = (await saveAndRead(page)).json.document;
    const path = join(dir, 'garbled.ged');
    await writeFile(path, ['0 HEAD', '1 GEDC', '2 VERS 5.5.1', '0 @I1@ INDI', '1 NAME Ann /Lee/', ...Array.from({ length: 25 }, () => '%%% not a GEDCOM line'), '0 TRLR', ''].join('\n'));
    await pickFile(page, path);
    const problem = page.getByTestId('problem-dialog');
    await problem.waitFor();
    const text = (await problem.textContent()) ?? '';
    expect(text).toContain('garbled.ged');
    expect(text).toMatch(/Line 6/);
    expect(await page.getByTestId('gedcom-import-dialog').count()).toBe(0);
    await problem.getByRole('button', { name: 'OK' }).click();
    expect((await saveAndRead(page)).json.document).toEqual(before);
  });

  it('the page logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});
