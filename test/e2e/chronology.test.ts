// The chronology beside the figure, in the built app: a review's CSV imported through its
// preview (nothing changes until confirmed; unreadable rows and unknown names listed with
// their lines), then choosing an event shows the family as at that date with the event's
// persons highlighted on the figure; selecting a person on the figure filters the table.
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/browser';
import { sceneGroup, shownDate } from './reviewHelpers';

const CSV = [
  'Date,Agency,Event,Persons involved,Outcome',
  '14/06/2021,Health visiting,"Home visit: Leanne and Ellie seen, Mr X present",Leanne Walsh; Ellie; Mr X,Advice given',
  'sometime,Police,Unreadable date,Jason,',
  '?3 Mar 2025,School,Kayden absent,Kayden Carter,',
].join('\r\n');

async function highlighted(page: AppSession['page']): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid="scene-svg"] [data-highlighted]')].map((e) => e.getAttribute('data-highlighted')!).sort());
}

describe('chronology', () => {
  let app: AppSession;
  let file: string;

  beforeAll(async () => {
    app = await openApp();
    file = join(await mkdtemp(join(tmpdir(), 'chronology-')), 'review-chronology.csv');
    await writeFile(file, CSV);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports a CSV through a preview that lists what it cannot read; nothing changes until confirmed', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Chronology' }).click();
    await page.getByTestId('chronology-file').setInputFiles(file);
    const dialog = page.getByTestId('chronology-import-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('chronology-import-counts').textContent()).toContain('2 events read, 1 row could not be read');
    expect(await page.getByTestId('chronology-import-unreadable').textContent()).toContain('Line 3: "sometime" is not a date');
    expect(await page.getByTestId('chronology-import-unmatched').textContent()).toContain('Add “Mr X” as a new person (line 2)');
    // Not yet imported: the table behind the dialog is still empty.
    expect(await page.getByTestId('chronology-table').count()).toBe(0);
    await page.getByTestId('chronology-import-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('chronology-table').waitFor();
    expect(await page.getByTestId('chronology-row').count()).toBe(2);
  });

  it('clicking an event shows the figure at its date with its persons highlighted', async () => {
    const { page } = app;
    const row = page.locator('[data-testid="chronology-row"]', { hasText: 'Home visit: Leanne and Ellie seen' });
    await row.click();
    await page.getByTestId('asat-shown').filter({ hasText: /^14 Jun 2021/ }).waitFor({ timeout: 10_000 });
    expect(await shownDate(page)).toBe('14 Jun 2021');
    // As at June 2021 Harper (born Oct 2024) is not yet drawn; Ellie (born Nov 2020) is.
    await page.waitForFunction(() => !document.querySelector('[data-testid="scene-svg"] g[data-key="person:p_harper"]'), undefined, { timeout: 10_000 });
    expect((await sceneGroup(page, 'person:p_ellie')).drawn).toBe(true);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="scene-svg"] [data-highlighted]').length === 2, undefined, { timeout: 10_000 });
    expect(await highlighted(page)).toEqual(['p_ellie', 'p_leanne']);
    expect(await row.getAttribute('aria-selected')).toBe('true');
    // The event is marked on the household timeline, the chosen one drawn apart.
    expect(await page.locator('[data-testid="timeline-event"]').count()).toBeGreaterThan(0);

    // The other event: the figure moves to March 2025 and the highlight follows.
    await page.locator('[data-testid="chronology-row"]', { hasText: 'Kayden absent' }).click();
    await page.getByTestId('asat-shown').filter({ hasText: /^3 Mar 2025/ }).waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="scene-svg"] [data-highlighted]')?.getAttribute('data-highlighted') === 'p_kayden', undefined, { timeout: 10_000 });
    expect(await highlighted(page)).toEqual(['p_kayden']);
  });

  it('selecting a person on the figure filters the table to their events', async () => {
    const { page } = app;
    await page.locator('.react-flow__node[data-id="p_kayden"] [data-testid="person-node"]').click();
    await page.getByTestId('chronology-count').filter({ hasText: '1 of 2 events' }).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('chronology-row').count()).toBe(1);
    expect(await page.getByTestId('chronology-row').textContent()).toContain('Kayden absent');
  });

  it('adds and edits an event through the editor, each change one undo step', async () => {
    const { page } = app;
    await page.getByTestId('chronology-person').selectOption('');
    await page.getByTestId('chronology-add').click();
    const editor = page.getByTestId('event-editor');
    await editor.waitFor();
    await page.getByTestId('event-date').fill('c. Jan 2022');
    await page.getByTestId('event-date').press('Enter');
    await page.getByTestId('event-description').fill('Strategy meeting held');
    await page.getByTestId('event-kind').selectOption('strategy-meeting');
    const added = page.locator('[data-testid="chronology-row"][aria-selected="true"]');
    await added.filter({ hasText: 'Strategy meeting held' }).waitFor();
    expect(await added.textContent()).toContain('c. Jan 2022');
    // A date that is not one is refused, saying why; the event keeps its date.
    await page.getByTestId('event-date').fill('next week');
    await page.getByTestId('event-date').press('Enter');
    expect(await editor.getByRole('alert').textContent()).toContain('"next week" is not a date');
    // Undo takes back the kind, then the typed description, then the date, then the event.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await page.getByTestId('event-kind').filter({ has: page.locator('option:checked', { hasText: 'Contact' }) }).waitFor();
    await undo.click();
    await page.getByTestId('event-description').filter({ hasText: 'New event' }).waitFor();
    await undo.click();
    await page.getByTestId('event-date').filter({ hasNotText: 'c. Jan 2022' }).waitFor();
    expect(await page.getByTestId('event-date').inputValue()).toBe('3 Mar 2025');
    await undo.click();
    await page.locator('[data-testid="chronology-row"]', { hasText: 'New event' }).waitFor({ state: 'detached' });
    expect(await page.getByTestId('event-editor').count()).toBe(0);
  });
});
