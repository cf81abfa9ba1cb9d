// A reviewer's first use, as a new user would: import a review family from GEDCOM (its summary
// listing what was not carried, its suggested households ticked), mark the child as the
// subject, set the date, and read the relationship panel and the family table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppSession } from './support/browser';
import { clickPerson, openAppWithoutSavePicker, waitForNodeCount } from './authoringHelpers';
import { readFamilyTable, typeReferenceDate, waitForShownDate } from './reviewHelpers';

const FIXTURE = fileURLToPath(new URL('../fixtures/gedcom/review-family.ged', import.meta.url));

describe('a review family from GEDCOM, read as a reviewer', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openAppWithoutSavePicker();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the import summary lists what it did not carry, with lines, and ticks the households it read', async () => {
    const { page } = app;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('action-open-document').click()]);
    await chooser.setFiles(FIXTURE);
    const dialog = page.getByTestId('gedcom-import-dialog');
    await dialog.waitFor({ timeout: 30_000 });
    const skipped = await dialog.getByTestId('gedcom-import-skipped').locator('li').allTextContents();
    expect(skipped).toEqual([
      'Line 12: place (INDI BIRT PLAC) not carried into the document',
      'Line 25: occupation (INDI OCCU) not carried into the document',
      'Line 80: change date (INDI CHAN) not carried into the document',
      'Line 115: source (INDI SOUR) not carried into the document',
      'Line 158: 1 source record (SOUR) not carried into the document',
    ]);
    const warnings = await dialog.getByTestId('gedcom-import-warnings').locator('li').allTextContents();
    expect(warnings).toContain('Line 128: family @F2@: "_STAT cohabiting" read as living together: living together added with no date');
    const households = dialog.getByTestId('suggested-household');
    expect(await households.count()).toBe(3);
    expect(await households.filter({ hasText: '9 Mill Lane, Hull' }).textContent()).toMatch(/Kai Hughes \(from Sep 2023\); Susan Bell \(dates not known\); Robert Bell \(dates not known\)/);
    for (const box of await dialog.getByRole('checkbox').all()) expect(await box.isChecked()).toBe(true);
    await page.screenshot({ path: join(tmpdir(), 'review-family-import.png') });
    await dialog.getByRole('button', { name: 'Open with the ticked (4)' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForNodeCount(page, 13);
  });

  it('marking the child as subject and setting the date gives each person their relationship, kinship first', async () => {
    const { page } = app;
    await clickPerson(page, 'Amy Carter');
    await page.getByTestId('inspector-subject').check();
    await typeReferenceDate(page, '2024-03-01');
    await waitForShownDate(page, { year: 2024, month: 3, day: 1 });

    const relationOf = async (name: string) => {
      await clickPerson(page, name);
      const panel = page.getByTestId('relation-to-subject');
      await panel.filter({ hasText: 'Relationship to Amy Carter' }).waitFor();
      return panel.locator('dd').first().textContent();
    };
    expect(await relationOf('Robert Bell')).toBe("maternal great-aunt's husband; foster carer of maternal half-brother");
    expect(await relationOf('Kai Hughes')).toBe('maternal half-brother');
    expect(await relationOf('Gary Price')).toBe("mother's former husband");
    expect(await relationOf('Dean Hughes')).toBe("mother's partner");
    await page.keyboard.press('Escape');
  });

  it('a service that writes "ex-" chooses it once, in the document settings, and every term follows', async () => {
    const { page } = app;
    const choice = page.getByTestId('ended-partner-word');
    await choice.selectOption('ex');
    await clickPerson(page, 'Gary Price');
    const panel = page.getByTestId('relation-to-subject').locator('dd').first();
    await panel.filter({ hasText: "mother's ex-husband" }).waitFor();
    await page.keyboard.press('Escape');
    await choice.selectOption('former');
    await clickPerson(page, 'Gary Price');
    await panel.filter({ hasText: "mother's former husband" }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('the family table answers who lived with the child on the date, and how each is related to her', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Family table' }).click();
    await page.getByTestId('family-table').waitFor();
    const table = await readFamilyTable(page);
    expect(table.caption).toBe('Family table as at 1 Mar 2024');
    const row = (name: string) => table.rows.find((r) => r.Name === name)!;
    expect(table.rows.slice(0, 3).map((r) => [r.Name, r.Relationship, r.Household])).toEqual([
      ['Amy Carter', 'Subject child', '14 Oak Road, Leeds (from Mar 2020)'],
      ['Leanne Walsh', 'Mother', '14 Oak Road, Leeds (from 2019)'],
      ['Ava Carter', 'Twin sister', '14 Oak Road, Leeds (from Mar 2020)'],
    ]);
    expect(row('Kai Hughes')).toMatchObject({ Relationship: 'Maternal half-brother', Age: '3', Household: '9 Mill Lane, Hull (from Sep 2023)' });
    expect(row('Susan Bell')).toMatchObject({ Relationship: 'Maternal great-aunt; foster carer of maternal half-brother', Household: '9 Mill Lane, Hull' });
    expect(row('Dean Hughes')).toMatchObject({ Relationship: "Mother's partner", Household: 'None at this date' });
    expect(row('Jason Carter')).toMatchObject({ Relationship: 'Father', Ethnicity: 'Not entered' });
    await page.screenshot({ path: join(tmpdir(), 'review-family-table.png') });

    // The household checkbox narrows the table to people in a household at the date.
    await page.getByTestId('family-table-households-only').check();
    const narrowed = await readFamilyTable(page);
    expect(narrowed.rows.map((r) => r.Name)).toEqual(['Amy Carter', 'Leanne Walsh', 'Ava Carter', 'Jason Carter', 'Robert Bell', 'Susan Bell', 'Kai Hughes']);
  });

  it('the checks find no child alone in a household: the great-aunt and her husband were kept', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page.getByTestId('checks-summary').waitFor();
    expect(await page.locator('[data-testid="check-finding"][data-check="household-without-adult"]').count()).toBe(0);
    const subject = page.locator('[data-testid="check-finding"][data-check="equality-data"]').first();
    expect(await subject.textContent()).toMatch(/Ethnicity and disability not entered for Amy Carter/);
  });

  it('an adult outside the family: a role set in the inspector reaches the figure, the relationship panel and the checks', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Details' }).click();
    await clickPerson(page, 'Gary Price');
    await page.getByTestId('significant-other-role').selectOption('lodger');
    const panel = page.getByTestId('relation-to-subject').locator('dd').first();
    await panel.filter({ hasText: "mother's former husband; lodger" }).waitFor();
    // The figure carries the role as his second line.
    await page.waitForFunction(() => document.querySelector('[data-testid="scene-svg"] g[data-key="person:p_I7"]')?.textContent?.includes('Lodger'), undefined, { timeout: 10_000 });
    // Nobody entered his date of birth or ethnicity: the check says so, in those words, and picks him out.
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Checks' }).click();
    const finding = page.locator('[data-testid="check-finding"][data-check="significant-other-details"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('Date of birth and ethnicity not entered for Gary Price (an adult outside the family).');
    await finding.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="person-node"].person-node--selected').length > 0, undefined, { timeout: 5_000 });
    expect(await page.locator('[data-testid="person-node"].person-node--selected').getAttribute('aria-label')).toBe('Gary Price');
    await page.keyboard.press('Escape');
  });

  it('raised no errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
