// The reviewer's tools in the built app, driven through the interface only: the reference
// date (typed, slid, stepped) and what the figure shows at it; the household timeline; the
// family table and its CSV; the checks panel selecting people; and publication mode,
// where no name from the example family may appear on the page or in any export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/browser';
import { exportDownload, openDocument } from './trustHelpers';
import {
  ageOnCanvas,
  downloadText,
  everythingIn,
  readFamilyTable,
  leakedWords,
  outlineEncloses,
  privateWords,
  sceneGroup,
  selectedPeople,
  shownDate,
  typeReferenceDate,
  waitForShownDate,
} from './reviewHelpers';
import { exampleFamily } from '../../src/core/example/exampleFamily';
import { documentDates, nextDate, previousDate } from '../../src/core/households/documentDates';
import { compareDates, formatDate } from '../../src/core/dates/partialDate';

const example = exampleFamily();
const EXAMPLE_AS_AT = example.settings.asAt!;
const DATES = documentDates(example);
const PRIVATE = privateWords(example);

describe('reviewer tools', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp();
    await app.page.waitForSelector('.canvas__status', { state: 'detached', timeout: 30_000 }).catch(() => undefined);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("opens at the example's reference date, with the figure drawn as at that date", async () => {
    const { page } = app;
    expect(await shownDate(page)).toBe(formatDate(EXAMPLE_AS_AT));
    expect(await page.getByTestId('asat-picker').inputValue()).toBe('2025-03-12');
    expect(await ageOnCanvas(page, 'p_ellie')).toBe('4');
    expect((await sceneGroup(page, 'person:p_harper')).drawn).toBe(true);
    // A baby's age is in months: Harper, born 15 Oct 2024, is four months old.
    expect(await ageOnCanvas(page, 'p_harper')).toBe('4m');
    expect((await sceneGroup(page, 'partnership:u_jason_leanne')).texts.join(' ')).toContain('s. 2022');
    expect(await outlineEncloses(page, 'h_leanne', 'p_dean')).toBe(true);
    expect(await outlineEncloses(page, 'h_leanne', 'p_jason')).toBe(false);
  });

  it('a typed date redraws the figure as at that date: births, ages, couples and household membership follow', async () => {
    const { page } = app;
    const separatedStrokes = (await sceneGroup(page, 'partnership:u_jason_leanne')).strokes;
    await typeReferenceDate(page, '2021-06-01');
    await waitForShownDate(page, { year: 2021, month: 6, day: 1 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="scene-svg"] g[data-key="person:p_harper"]'), undefined, { timeout: 10_000 });

    // Harper (born Oct 2024) is not yet born; Dean's couple with Leanne has not begun.
    expect((await sceneGroup(page, 'person:p_harper')).drawn).toBe(false);
    expect((await sceneGroup(page, 'partnership:u_leanne_dean')).drawn).toBe(false);
    // Jason and Leanne are still together: no separation date, no separation stroke.
    const couple = await sceneGroup(page, 'partnership:u_jason_leanne');
    expect(couple.texts).toEqual(['LT 2015']);
    expect(couple.strokes).toBeLessThan(separatedStrokes);
    // Ages inside the symbols are those at the date: Ellie, born 4 Nov 2020, is six months old.
    expect(await ageOnCanvas(page, 'p_ellie')).toBe('6m');
    expect(await ageOnCanvas(page, 'p_leanne')).toBe('26');
    // Jason lived with the children then; Dean did not yet.
    expect(await outlineEncloses(page, 'h_leanne', 'p_jason')).toBe(true);
    expect(await outlineEncloses(page, 'h_leanne', 'p_dean')).toBe(false);

    await typeReferenceDate(page, '2025-03-12');
    await waitForShownDate(page, EXAMPLE_AS_AT);
    await page.waitForSelector('[data-testid="scene-svg"] g[data-key="person:p_harper"]', { timeout: 10_000 });
    expect(await ageOnCanvas(page, 'p_ellie')).toBe('4');
    expect(await outlineEncloses(page, 'h_leanne', 'p_dean')).toBe(true);
  });

  it('previous and next step to the neighbouring dates written in the document', async () => {
    const { page } = app;
    const before = previousDate(DATES, EXAMPLE_AS_AT)!;
    const twoBefore = previousDate(DATES, before)!;
    expect(before).toBeDefined();
    expect(twoBefore).toBeDefined();

    await page.getByTestId('asat-previous').click();
    await waitForShownDate(page, before);
    await page.getByTestId('asat-previous').click();
    await waitForShownDate(page, twoBefore);
    // Forward again reaches the same point in time (the document may hold it at another
    // precision: "Oct 2024" for a move, "15 Oct 2024" for the birth).
    const forward = nextDate(DATES, twoBefore)!;
    await page.getByTestId('asat-next').click();
    await waitForShownDate(page, forward);
    expect(compareDates(forward, before)).toBe(0);

    // From the last date there is nothing later to step to.
    await typeReferenceDate(page, '2025-03-12');
    await waitForShownDate(page, EXAMPLE_AS_AT);
    expect(nextDate(DATES, EXAMPLE_AS_AT)).toBeUndefined();
    expect(await page.getByTestId('asat-next').isDisabled()).toBe(true);
  });

  it("the slider runs over the document's dates, first to last, and the figure follows", async () => {
    const { page } = app;
    const slider = page.getByTestId('asat-slider');
    expect(Number(await slider.getAttribute('max'))).toBe(DATES.length - 1);
    await slider.focus();
    await page.keyboard.press('Home');
    await waitForShownDate(page, DATES[0]!);
    expect(await slider.getAttribute('aria-valuetext')).toBe(formatDate(DATES[0]!));
    // At the earliest date (a grandparent's birth) the subject child is long unborn.
    await page.waitForFunction(() => !document.querySelector('[data-testid="scene-svg"] g[data-key="person:p_ellie"]'), undefined, { timeout: 10_000 });
    await page.keyboard.press('ArrowRight');
    await waitForShownDate(page, DATES[1]!);
    await page.keyboard.press('End');
    await waitForShownDate(page, DATES[DATES.length - 1]!);
    await page.waitForSelector('[data-testid="scene-svg"] g[data-key="person:p_ellie"]', { timeout: 10_000 });
    await typeReferenceDate(page, '2025-03-12');
    await waitForShownDate(page, EXAMPLE_AS_AT);
  });

  it('the timeline has one row per person who ever lived with the subject child, and a click on it sets the date', async () => {
    const { page } = app;
    const rows = await page.getByTestId('timeline-row').evaluateAll((els) => els.map((el) => el.querySelector('text title')?.textContent ?? ''));
    expect(rows).toEqual([
      'Ellie Carter: Subject child',
      'Leanne Walsh: Mother',
      'Jason Carter: Father',
      'Kayden Carter: Brother',
      "Dean Hughes: Mother's partner",
      'Harper Hughes: Maternal half-sister',
    ]);
    // Not the grandparents: Ellie never lived with them.
    expect(rows.join(' ')).not.toMatch(/Patricia|Michael|Brenda/);

    // Text at a legible, fixed size: the drawing is not stretched to the panel.
    const svg = page.getByTestId('household-timeline');
    const fontPx = await svg.evaluate((el) => parseFloat(getComputedStyle(el.querySelector('text')!).fontSize) * (el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width));
    expect(fontPx).toBeGreaterThanOrEqual(10);
    expect(fontPx).toBeLessThanOrEqual(13);
    const rowHeight = await page.getByTestId('timeline-row').nth(1).evaluate((el) => (el as SVGGElement).getBoundingClientRect().height);
    expect(rowHeight).toBeLessThanOrEqual(26);

    // Click a little after the 2023 tick: mid-January 2023.
    const tick = await svg.evaluate((el) => {
      const label = Array.from(el.querySelectorAll('.household-timeline__axis text')).find((t) => t.textContent === '2023');
      if (!label) throw new Error('no 2023 tick on the timeline axis');
      const box = label.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: el.getBoundingClientRect().top + 60 };
    });
    await page.mouse.click(tick.x + 2.5, tick.y);
    await page.getByTestId('asat-shown').filter({ hasText: /Jan 2023/ }).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('asat-picker').inputValue()).toMatch(/^2023-01-/);
    // The reference line moved to where the click was.
    const lineX = await page.getByTestId('timeline-asat-line').evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs(lineX - (tick.x + 2.5))).toBeLessThan(3);
    // And the figure with it: separated from Jason (Aug 2022), Dean not yet moved in (May 2023).
    await page.waitForFunction(() => !document.querySelector('[data-testid="scene-svg"] g[data-key="person:p_harper"]'), undefined, { timeout: 10_000 });
    expect(await outlineEncloses(page, 'h_leanne', 'p_jason')).toBe(false);
    expect(await outlineEncloses(page, 'h_leanne', 'p_dean')).toBe(false);
  });

  it('the family table lists everyone at the date with their relationship and household, and its CSV holds the same rows', async () => {
    const { page } = app;
    await typeReferenceDate(page, '2021-06-01');
    await waitForShownDate(page, { year: 2021, month: 6, day: 1 });
    await page.getByRole('tab', { name: 'Family table' }).click();
    const table = page.getByTestId('family-table');
    await table.waitFor();
    const read = await readFamilyTable(page);
    expect(read.caption).toBe('Family table as at 1 Jun 2021');
    expect(read.head).toEqual(['Role', 'Name', 'Relationship to subject', 'Gender', 'Date of birth', 'Age', 'Ethnicity', 'Disability', 'Household']);
    const row = (name: string) => read.rows.find((r) => r.Name === name)!;
    // The subject first, then her household, oldest first.
    expect(read.rows.slice(0, 4).map((r) => r.Name)).toEqual(['Ellie Carter', 'Jason Carter', 'Leanne Walsh', 'Kayden Carter']);
    expect(row('Ellie Carter')).toMatchObject({ Relationship: 'Subject child', Age: '6 months', Household: "Leanne's household (from Nov 2020)", Role: 'Child A' });
    expect(row('Jason Carter')).toMatchObject({ Relationship: 'Father', Household: "Leanne's household (from Mar 2015)" });
    expect(row('Leanne Walsh')).toMatchObject({ Relationship: 'Mother', Age: '26' });
    expect(row('Kayden Carter')).toMatchObject({ Relationship: 'Brother' });
    // Dean had not moved in yet.
    expect(row('Dean Hughes')).toMatchObject({ Relationship: "Mother's later partner", Household: 'None at this date' });
    expect(read.rows.some((r) => r.Name === 'Harper Hughes')).toBe(false);

    // Long cells wrap at spaces; a table still too wide scrolls in its box, so the last column is never cut off.
    const lastHeader = table.locator('thead th').last();
    await lastHeader.scrollIntoViewIfNeeded();
    const [headerBox, panelBox] = [await lastHeader.boundingBox(), await page.locator('.sidepanel').boundingBox()];
    expect(headerBox!.x + headerBox!.width).toBeLessThanOrEqual(panelBox!.x + panelBox!.width + 1);
    expect(headerBox!.x).toBeGreaterThanOrEqual(panelBox!.x);

    const csv = await downloadText(page, 'family-table-download-csv');
    expect(csv.name).toMatch(/family-table-2021-06-01\.csv$/);
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(read.rows.length + 1);
    for (const r of read.rows) expect(lines.filter((l) => l.includes(r.Name!))).toHaveLength(1);
    expect(csv.text).toContain("Leanne's household (from Mar 2015)");
  });

  it('a finding in the checks panel selects the people it names on the canvas', async () => {
    const { page } = app;
    await typeReferenceDate(page, '2025-03-12');
    await waitForShownDate(page, EXAMPLE_AS_AT);
    await page.getByRole('tab', { name: 'Checks' }).click();
    const finding = page.getByTestId('check-finding').filter({ hasText: 'Jason Carter' }).first();
    await finding.waitFor();
    expect(await finding.textContent()).toMatch(/Disability not recorded for Jason Carter/);
    expect(await selectedPeople(page)).toEqual([]);
    await finding.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="person-node"].person-node--selected').length > 0, undefined, { timeout: 5_000 });
    expect(await selectedPeople(page)).toEqual(['Jason Carter']);
    // The figure shows the selection halo on that person.
    expect(await page.locator('[data-testid="scene-svg"] [data-selected="p_jason"]').count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  describe('publication mode', () => {
    beforeAll(async () => {
      const { page } = app;
      await page.getByTestId('publication-toggle').check();
      await page.waitForFunction(() => !Array.from(document.querySelectorAll('[data-testid="person-node"]')).some((n) => n.getAttribute('aria-label') === 'Ellie Carter'), undefined, {
        timeout: 10_000,
      });
    });

    it('the canvas, timeline, households table and checks show roles, not names', async () => {
      const { page } = app;
      const canvas = await page.locator('.canvas').evaluate((el) => el.textContent + ' ' + Array.from(el.querySelectorAll('[aria-label],[title]')).map((n) => `${n.getAttribute('aria-label')} ${n.getAttribute('title')}`).join(' '));
      expect(leakedWords(canvas, PRIVATE)).toEqual([]);
      expect(canvas).toContain('Child A');
      expect(canvas).toContain('Mother');

      const timeline = await page.getByTestId('household-timeline').evaluate((el) => el.textContent + ' ' + el.getAttribute('aria-label'));
      expect(leakedWords(timeline, PRIVATE)).toEqual([]);
      expect(timeline).toContain('Child A');

      await page.getByRole('tab', { name: 'Family table' }).click();
      await page.getByTestId('family-table').waitFor();
      const tables = await page.locator('.review-composition').evaluate((el) => el.textContent ?? '');
      expect(leakedWords(tables, PRIVATE)).toEqual([]);
      expect(tables).toContain('Child A');
      // Ethnicity is withheld in publication mode, and the date is month and year only.
      expect(tables).not.toContain('White British');
      expect(tables).toContain('Family table as at Mar 2025');
      expect(tables).not.toContain('12 Mar 2025');
      const published = await readFamilyTable(page);
      expect(published.head).not.toContain('Name');
      expect(published.rows[0]).toMatchObject({ Role: 'Child A', 'Year of birth': '2020', Age: '4' });

      await page.getByRole('tab', { name: 'Checks' }).click();
      const checks = await page.locator('.review-checks').evaluate((el) => el.textContent ?? '');
      expect(leakedWords(checks, PRIVATE)).toEqual([]);
      expect(checks).toMatch(/Disability not recorded for Father/);
      // The finding still selects the real person.
      await page.getByTestId('check-finding').first().click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="person-node"].person-node--selected').length > 0, undefined, { timeout: 5_000 });
      expect(await selectedPeople(page)).toEqual(['Father']);
      await page.keyboard.press('Escape');
    });

    it('no name, note or address from the example appears anywhere on the page, on any tab', async () => {
      const { page } = app;
      // Reported part by part, so a failure says where the names still show.
      const leaks: Record<string, string[]> = {
        'window title': leakedWords(await page.title(), PRIVATE),
        'top bar': leakedWords(await everythingIn(page, 'header'), PRIVATE),
        canvas: leakedWords(await everythingIn(page, '.canvas'), PRIVATE),
        'bottom panel': leakedWords(await everythingIn(page, '.bottompanel'), PRIVATE),
      };
      for (const tab of ['Details', 'Family table', 'Checks']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tab', { name: tab, selected: true }).waitFor();
        leaks[`side panel: ${tab}`] = leakedWords(await everythingIn(page, '.sidepanel'), PRIVATE);
      }
      leaks['whole page'] = leakedWords(await everythingIn(page, 'body'), PRIVATE);
      const found = Object.fromEntries(Object.entries(leaks).filter(([, words]) => words.length > 0));
      expect(found).toEqual({});
    });

    it('the SVG, PNG, JSON and CSV exports contain none of those words', async () => {
      const { page } = app;
      const svg = await exportDownload(page, 'svg', { publication: true });
      const svgText = svg.bytes.toString('utf8');
      expect(svgText).toContain('Child A');
      expect(leakedWords(svgText, PRIVATE)).toEqual([]);

      // PNG text chunks are Latin-1; the words would show in the raw bytes.
      const png = await exportDownload(page, 'png', { publication: true, widthCm: 8, dpi: 96 });
      expect(leakedWords(png.bytes.toString('latin1'), PRIVATE)).toEqual([]);

      const json = await exportDownload(page, 'json', { publication: true });
      const jsonText = json.bytes.toString('utf8');
      expect(JSON.parse(jsonText)).toBeTruthy();
      expect(jsonText).toContain('Child A');
      expect(leakedWords(jsonText, PRIVATE)).toEqual([]);

      await page.getByRole('tab', { name: 'Family table' }).click();
      const csv = await downloadText(page, 'family-table-download-csv');
      expect(csv.text).toContain('Child A');
      expect(csv.name).toMatch(/family-table-2025-03\.csv$/);
      expect(leakedWords(csv.text + csv.name, PRIVATE)).toEqual([]);
    });
  });

  it('raised no errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});

describe('a child who moved between households', () => {
  let app: AppSession;
  // The example, with Ellie staying with her maternal grandparents from the separation
  // (Aug 2022) until Dean moved in (May 2023), then back with her mother.
  const moved = exampleFamily();
  const mothers = moved.households.find((h) => h.id === 'h_leanne')!;
  const grandparents = moved.households.find((h) => h.id === 'h_walsh')!;
  mothers.members = mothers.members.flatMap((m) =>
    m.person === 'p_ellie' ? [{ ...m, to: { year: 2022, month: 8 } }, { person: 'p_ellie', from: { year: 2023, month: 5 } }] : [m],
  );
  grandparents.members.push({ person: 'p_ellie', from: { year: 2022, month: 8 }, to: { year: 2023, month: 5 } });

  beforeAll(async () => {
    app = await openApp();
    await openDocument(app.page, moved);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the timeline shows both households, told apart by fill, and the grandparents as people she lived with', async () => {
    const { page } = app;
    await waitForShownDate(page, EXAMPLE_AS_AT);
    const rows = await page.getByTestId('timeline-row').evaluateAll((els) => els.map((el) => el.querySelector('text title')?.textContent ?? ''));
    expect(rows).toContain('Patricia Walsh: Maternal grandmother');
    expect(rows).toContain('Michael Walsh: Maternal grandfather');
    const ellieBars = await page.locator('[data-testid="timeline-row"][data-person="p_ellie"] rect[data-household]').evaluateAll((bars) =>
      bars
        .map((b) => ({ x: Number(b.getAttribute('x')), household: b.getAttribute('data-household'), fill: b.getAttribute('fill') }))
        .sort((a, b) => a.x - b.x),
    );
    expect(ellieBars.map((b) => b.household)).toEqual(['h_leanne', 'h_walsh', 'h_leanne']);
    expect(ellieBars[0]!.fill).toBe(ellieBars[2]!.fill);
    expect(ellieBars[0]!.fill).not.toBe(ellieBars[1]!.fill);
    // The two fills differ in texture, not only in colour: a greyscale print keeps them apart.
    const textures = await page.getByTestId('household-timeline').evaluate((svg) =>
      Array.from(svg.querySelectorAll('pattern')).map((p) => Array.from(p.children).slice(1).map((c) => c.outerHTML).join('')),
    );
    expect(new Set(textures.slice(0, 2)).size).toBe(2);
    const legend = await page.locator('.household-timeline__legend').textContent();
    expect(legend).toContain("Leanne's household");
    expect(legend).toContain('Maternal grandparents');
  });

  it('at a date during the stay, the outlines and the table put her with her grandparents', async () => {
    const { page } = app;
    await typeReferenceDate(page, '2023-01-15');
    await waitForShownDate(page, { year: 2023, month: 1, day: 15 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="scene-svg"] g[data-key="person:p_harper"]'), undefined, { timeout: 10_000 });
    expect(await outlineEncloses(page, 'h_walsh', 'p_ellie')).toBe(true);
    expect(await outlineEncloses(page, 'h_leanne', 'p_ellie')).toBe(false);
    expect(await outlineEncloses(page, 'h_leanne', 'p_kayden')).toBe(true);

    await page.getByRole('tab', { name: 'Family table' }).click();
    await page.getByTestId('family-table').waitFor();
    const during = await readFamilyTable(page);
    expect(during.rows.find((r) => r.Name === 'Ellie Carter')!.Household).toBe('Maternal grandparents (from Aug 2022)');
    expect(during.rows.find((r) => r.Name === 'Kayden Carter')!.Household).toBe("Leanne's household (from Sep 2016)");

    // Back home after May 2023.
    await typeReferenceDate(page, '2023-06-01');
    await waitForShownDate(page, { year: 2023, month: 6, day: 1 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="family-table"] tr[data-person="p_ellie"] td[data-column="household"]')?.textContent === "Leanne's household (from May 2023)",
      undefined,
      { timeout: 10_000 },
    );
    expect(await outlineEncloses(page, 'h_leanne', 'p_ellie')).toBe(true);
    expect(await outlineEncloses(page, 'h_walsh', 'p_ellie')).toBe(false);
  });

  it('raised no errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
