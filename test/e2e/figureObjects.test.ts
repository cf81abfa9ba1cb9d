import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppSession } from './support/browser';
import { openAppWithoutSavePicker, saveAndRead, waitForLayout, waitForViewportAtRest } from './authoringHelpers';
import { exportDownload } from './trustHelpers';

/**
 * The figure as the author handles it: fitted into the free part of the canvas, its lines and
 * outlines picked and edited like the people, and its key on the canvas, drawn as exported.
 * Runs on the example family the app opens with.
 */

/** A point on a figure object's line where a click lands on that object (not on a line crossing it), in page coordinates. */
async function pointOn(page: Page, name: string | RegExp): Promise<{ x: number; y: number }> {
  const target = page.getByRole('button', { name, exact: true }).first();
  await target.waitFor();
  const point = await target.evaluate((g) => {
    for (const el of g.querySelectorAll<SVGGeometryElement>('.object-target__hit:not(.object-target__hit--area)')) {
      const length = el.getTotalLength();
      for (let t = 0.2; t < 0.9; t += 0.1) {
        const at = el.getPointAtLength(length * t);
        const p = new DOMPoint(at.x, at.y).matrixTransform(el.getScreenCTM()!);
        if (g.contains(document.elementFromPoint(p.x, p.y))) return { x: p.x, y: p.y };
      }
    }
    return null;
  });
  if (!point) throw new Error(`No clickable point on ${String(name)}`);
  return point;
}

async function clickObject(page: Page, name: string | RegExp, button: 'left' | 'right' = 'left'): Promise<void> {
  const { x, y } = await pointOn(page, name);
  await page.mouse.click(x, y, { button });
}

async function viewportTransform(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '');
}

/** What of the figure lies outside the canvas, or under the key: the drawn groups (symbols with names, lines, outlines), by key. */
async function hiddenParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.canvas .react-flow')!.getBoundingClientRect();
    const key = document.querySelector('.canvas-key')?.getBoundingClientRect();
    const out: string[] = [];
    for (const g of document.querySelectorAll<SVGGElement>('[data-testid="scene-svg"] g[data-kind]')) {
      const r = g.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const inside = r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom;
      const underKey = !!key && r.left < key.right && r.right > key.left && r.top < key.bottom && r.bottom > key.top;
      if (!inside || underKey) out.push(`${g.dataset.key}${inside ? ' under the key' : ' outside the canvas'}`);
    }
    return out;
  });
}

/**
 * Draws the key's "subject of the review" sample from an SVG's legend group at 4× and counts
 * the dark edges a line across its middle meets: 4 for a square inside a square, 2 for a plain one.
 */
async function subjectSampleEdges(page: Page, legendGroup: string): Promise<number> {
  return page.evaluate(async (groupMarkup) => {
    const holder = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${groupMarkup}</svg>`, 'image/svg+xml');
    const label = [...holder.getElementsByTagName('text')].find((t) => t.textContent === 'Subject of the review');
    if (!label) return -1;
    // The sample: the squares on the label's line nearest left of it (the words start after the widest sample).
    const cy = Number(label.getAttribute('y')) - 4;
    const squares = [...holder.getElementsByTagName('rect')]
      .map((r) => ({ x: Number(r.getAttribute('x')), y: Number(r.getAttribute('y')), w: Number(r.getAttribute('width')), h: Number(r.getAttribute('height')) }))
      .filter((r) => Math.abs(r.y + r.h / 2 - cy) < 2 && r.x + r.w < Number(label.getAttribute('x')));
    if (!squares.length) return -2;
    const nearest = squares.reduce((a, b) => (b.x + b.w > a.x + a.w ? b : a));
    const cx = nearest.x + nearest.w / 2;
    const size = 32;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 4}" height="${size * 4}" viewBox="${cx - size / 2} ${cy - size / 2} ${size} ${size}"><rect x="${cx - size}" y="${cy - size}" width="${2 * size}" height="${2 * size}" fill="#ffffff"/>${groupMarkup}</svg>`;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size * 4;
    canvas.height = size * 4;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const row = ctx.getImageData(0, (size * 4) / 2, size * 4, 1).data;
    let edges = 0;
    let dark = false;
    for (let x = 0; x < size * 4; x++) {
      const lum = (row[x * 4]! + row[x * 4 + 1]! + row[x * 4 + 2]!) / 3;
      const isDark = lum < 110;
      if (isDark && !dark) edges++;
      dark = isDark;
    }
    return edges;
  }, legendGroup);
}

describe('the figure: fit, objects, key', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openAppWithoutSavePicker();
    await waitForLayout(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('on first open, fits every person, name, line and household outline inside the canvas, clear of the key', async () => {
    const { page } = app;
    await waitForViewportAtRest(page);
    await page.getByTestId('canvas-key').waitFor();
    await expect.poll(() => hiddenParts(page), { timeout: 10_000 }).toEqual([]);
  });

  it('zoom to fit (key 1) brings it all back after the view was moved away', async () => {
    const { page } = app;
    const pane = page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await waitForViewportAtRest(page).catch(() => undefined);
    expect((await hiddenParts(page)).length).toBeGreaterThan(0);
    await page.locator('body').focus();
    const before = await viewportTransform(page);
    await page.keyboard.press('1');
    await page.waitForFunction((t) => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform !== t, before);
    await waitForViewportAtRest(page);
    await expect.poll(() => hiddenParts(page), { timeout: 10_000 }).toEqual([]);
  });

  it('fits a newly opened document (the notation key, a large figure) the same way', async () => {
    const { page } = app;
    const before = await viewportTransform(page);
    await page.getByTestId('action-open-notation-key').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="person-node"]').length > 20);
    await waitForLayout(page);
    // The fit follows the finished layout: wait for the view to move, then to come to rest.
    await page.waitForFunction((t) => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform !== t, before);
    await waitForViewportAtRest(page);
    await expect.poll(() => hiddenParts(page), { timeout: 10_000 }).toEqual([]);
    // Back to the example: its fit, too, comes after its layout. The next test points at its
    // lines, so wait for the view to move to it before waiting for rest.
    const large = await viewportTransform(page);
    await page.getByTestId('action-open-example').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="person-node"]').length === 11);
    await waitForLayout(page);
    await page.waitForFunction((t) => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform !== t, large);
    await waitForViewportAtRest(page);
  });

  it('selects a partnership from its line, with hover feedback, and edits it: Add event puts the cursor in the new date', async () => {
    const { page } = app;
    const line = page.getByRole('button', { name: 'Partnership of Leanne Walsh and Dean Hughes' });
    await line.waitFor();
    // The fit after opening may still be moving the canvas: points are found once it is at rest.
    await waitForViewportAtRest(page);
    // Hovering tints the line under the pointer.
    const hit = line.locator('.object-target__hit').first();
    const before = await hit.evaluate((e) => getComputedStyle(e).stroke);
    const tinted = async () => (await hit.evaluate((e) => getComputedStyle(e).stroke)) !== before;
    // Each try finds the point on the line again and comes to it from outside the canvas: if
    // anything moved the canvas since the last look (a late fit), the point found before the
    // move can be over a person, and a pointer that does not move gets no new hover. The click
    // goes where the tint showed the line is.
    const outside = await page.getByTestId('action-zoom-fit').boundingBox();
    let at = { x: 0, y: 0 };
    await expect
      .poll(
        async () => {
          at = await pointOn(page, 'Partnership of Leanne Walsh and Dean Hughes');
          if (outside) await page.mouse.move(outside.x + outside.width / 2, outside.y + outside.height / 2);
          await page.mouse.move(at.x, at.y, { steps: 2 });
          return tinted();
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.mouse.click(at.x, at.y);
    const editor = page.getByTestId('partnership-editor');
    await editor.waitFor();
    await expect(editor.textContent()).resolves.toContain('Partnership of Leanne Walsh and Dean Hughes');
    await expect(line.getAttribute('aria-pressed')).resolves.toBe('true');
    const events = await editor.getByTestId('partnership-event').count();
    await page.getByTestId('add-partnership-event').click();
    await expect(editor.getByTestId('partnership-event').count()).resolves.toBe(events + 1);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === null && document.activeElement?.closest('[data-testid="partnership-event"]:last-child') !== null);
    await page.keyboard.type('Jun 2024');
    await page.keyboard.press('Tab');
    const { json } = await saveAndRead(page);
    const idOf = (given: string) => json.document.persons.find((x: { givenNames?: string }) => x.givenNames === given).id;
    const pair = [idOf('Leanne'), idOf('Dean')].sort().join('+');
    const p = json.document.partnerships.find((x: { a: string; b: string }) => [x.a, x.b].sort().join('+') === pair);
    expect(p.events).toHaveLength(events + 1);
    expect(p.events).toContainEqual(expect.objectContaining({ date: { year: 2024, month: 6 } }));
  });

  it('the side panel follows the selection, unless a tab is pinned', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Checks' }).click();
    await clickObject(page, /^Household: /);
    await page.getByTestId('household-editor').waitFor();
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page.getByRole('button', { name: 'Pin this tab' }).click();
    await clickObject(page, 'Partnership of Leanne Walsh and Dean Hughes');
    await expect(page.getByRole('button', { name: 'Partnership of Leanne Walsh and Dean Hughes' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('tab', { name: 'Checks' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Pin this tab' }).click();
  });

  it('the context menu and Delete work on a line picked on the figure; undo brings it back', async () => {
    const { page } = app;
    const line = page.locator('[data-object-kind="relationship"]').first();
    const name = (await line.getAttribute('aria-label'))!;
    await clickObject(page, name, 'right');
    const menu = page.getByRole('menu', { name: 'Actions on the selection' });
    await menu.waitFor();
    await menu.getByRole('menuitem', { name: /^Delete selected/ }).click();
    await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(0);
    await page.keyboard.press('Control+Z');
    await page.getByRole('button', { name, exact: true }).waitFor();
  });

  it('every kind of object is selectable: sibling groups, twins marks and household outlines have targets and inspectors', async () => {
    const { page } = app;
    const kinds = await page.evaluate(() => [...new Set([...document.querySelectorAll('[data-object-kind]')].map((e) => e.getAttribute('data-object-kind')))].sort());
    expect(kinds).toEqual(expect.arrayContaining(['household', 'partnership', 'relationship', 'sibling-group']));
    await clickObject(page, /^Sibling group: /);
    await page.getByTestId('sibling-group-editor').waitFor();
  });

  it('the key on the canvas is the exported key: the same entries, drawn by the same code; the subject symbol has its double outline in both', async () => {
    const { page } = app;
    const canvasGroup = await page.locator('[data-testid="canvas-key-drawing"] g[data-kind="legend"]').evaluate((g) => g.outerHTML);
    const canvasTexts = await page.locator('[data-testid="canvas-key-drawing"] text').allTextContents();
    const file = await exportDownload(page, 'svg', { legend: true });
    const svg = file.bytes.toString('utf8');
    const exportedGroup = await page.evaluate((text) => {
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      const g = parsed.querySelector('g[data-kind="legend"]');
      return g ? new XMLSerializer().serializeToString(g) : '';
    }, svg);
    const exportedTexts = await page.evaluate((markup) => [...new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml').getElementsByTagName('text')].map((t) => t.textContent ?? ''), exportedGroup);
    expect(canvasTexts.length).toBeGreaterThan(5);
    expect(canvasTexts).toEqual(exportedTexts);
    expect(canvasTexts).toContain('Subject of the review');
    await expect(subjectSampleEdges(page, canvasGroup)).resolves.toBe(4);
    await expect(subjectSampleEdges(page, exportedGroup)).resolves.toBe(4);
  });

  it('the key folds away and moves', async () => {
    const { page } = app;
    const key = page.getByTestId('canvas-key');
    await key.getByRole('button', { name: 'Hide key' }).click();
    await expect(page.getByTestId('canvas-key-drawing').count()).resolves.toBe(0);
    const bar = key.locator('.canvas-key__bar');
    const at = (await bar.boundingBox())!;
    await page.mouse.move(at.x + 10, at.y + at.height / 2);
    await page.mouse.down();
    await page.mouse.move(at.x - 200, at.y - 100, { steps: 4 });
    await page.mouse.up();
    const moved = (await bar.boundingBox())!;
    expect(Math.round(at.x - moved.x)).toBe(210);
    await key.getByRole('button', { name: 'Show key' }).click();
    await page.getByTestId('canvas-key-drawing').waitFor();
  });
});
