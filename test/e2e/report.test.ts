// Report-ready output from the running app: the Word document (docx loaded only when asked
// for), opened as a zip and converted to PDF by LibreOffice, its first page rendered; and the
// view snapshot (Save view as PNG), compared pixel by pixel with a screenshot of the same view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './support/browser';
import { startExport, closeExportDialog, pngInk } from './trustHelpers';
import { readPhysicalResolution } from '../support/png';
import { exampleFamily } from '../../src/core/example/exampleFamily';
import { describeFamily } from '../../src/core/report/describeFamily';
import { familyTable } from '../../src/core/tables/composition';

/** Where the rendered pages and snapshots are kept for a person to look at. */
const RESULTS = resolve(import.meta.dirname, '../../test-results/report');

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

async function downloadWord(page: Page, publication: boolean): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), startExport(page, 'docx', { publication })]);
  const bytes = await readFile(await download.path());
  expect(download.suggestedFilename()).toMatch(publication ? /^Genogram \(publication\)\.docx$/ : /\.docx$/);
  await page.getByTestId('export-status').filter({ hasText: 'Saved' }).waitFor({ timeout: 10_000 });
  await closeExportDialog(page);
  return bytes;
}

/** Share of pixels that differ (any channel by more than `tolerance`) between two PNGs drawn at the size of the second. */
async function pixelDifference(page: Page, a: Buffer, b: Buffer, ignoreBottom = 0, tolerance = 64): Promise<{ differing: number; size: [number, number]; diffPng: Buffer }> {
  const result = await pixelDifferenceIn(page, a, b, tolerance, 2, ignoreBottom);
  return { ...result, diffPng: Buffer.from(result.diffPng, 'base64') };
}

/**
 * Compared unscaled, top-left aligned, over the size both share: a pixel of the first differs
 * when no pixel of the second within `radius` pixels is within `tolerance` of it on every
 * channel (the pane may sit at a fractional screen position, which shifts edges by a pixel).
 */
async function pixelDifferenceIn(page: Page, a: Buffer, b: Buffer, tolerance: number, radius: number, ignoreBottom: number): Promise<{ differing: number; size: [number, number]; diffPng: string }> {
  return page.evaluate(
    async ({ a, b, tolerance, radius, ignoreBottom }) => {
      const load = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return image;
      };
      const [ia, ib] = [await load(a), await load(b)];
      const width = Math.min(ia.naturalWidth, ib.naturalWidth);
      const height = Math.min(ia.naturalHeight, ib.naturalHeight) - ignoreBottom;
      const pixels = (image: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return ctx.getImageData(0, 0, width, height).data;
      };
      const pa = pixels(ia);
      const pb = pixels(ib);
      const close = (i: number, j: number) => Math.abs(pa[i]! - pb[j]!) <= tolerance && Math.abs(pa[i + 1]! - pb[j + 1]!) <= tolerance && Math.abs(pa[i + 2]! - pb[j + 2]!) <= tolerance;
      let differing = 0;
      // The differing pixels in red over a faint copy of the second picture, for a person to look at.
      const diff = new ImageData(width, height);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          let found = close(i, i);
          for (let dy = -radius; dy <= radius && !found; dy++) {
            for (let dx = -radius; dx <= radius && !found; dx++) {
              const yy = y + dy;
              const xx = x + dx;
              if (yy >= 0 && yy < height && xx >= 0 && xx < width) found = close(i, (yy * width + xx) * 4);
            }
          }
          if (!found) differing++;
          const faint = 255 - (255 - pb[i]!) / 4;
          diff.data.set(found ? [faint, faint, faint, 255] : [255, 0, 0, 255], i);
        }
      }
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d')!.putImageData(diff, 0, 0);
      const diffPng = canvas.toDataURL('image/png').split(',')[1]!;
      return { differing: differing / (width * height), size: [width, height] as [number, number], diffPng };
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance, radius, ignoreBottom },
  );
}

function tool(name: string): string {
  const found = ['/usr/bin', '/usr/local/bin'].map((d) => join(d, name)).find((p) => existsSync(p));
  if (!found) throw new Error(`${name} is missing: scripts/ensure-test-tools.sh installs it`);
  return found;
}

describe('the Word document from the app', () => {
  let app: AppSession;
  let word: Buffer;
  const dir = mkdtempSync(join(tmpdir(), 'genogram-report-'));

  beforeAll(async () => {
    app = await openApp();
    await app.page.waitForSelector('.canvas__status', { state: 'detached', timeout: 30_000 }).catch(() => undefined);
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the docx library only when the Word document is asked for', async () => {
    const before = app.requests.length;
    const loadedBefore = app.requests.filter((u) => /\/assets\/reportDocx-/.test(u));
    expect(loadedBefore).toEqual([]);
    word = await downloadWord(app.page, false);
    const loaded = app.requests.slice(before).filter((u) => /\/assets\/.*\.js$/.test(u));
    expect(loaded.some((u) => /\/assets\/reportDocx-/.test(u))).toBe(true);
    expect(app.requests.every((u) => u.startsWith(new URL(app.page.url()).origin) || u.startsWith('data:') || u.startsWith('blob:'))).toBe(true);
  });

  it('holds the figure (300 dpi, pHYs kept) with its alternative text, the description and the family table', () => {
    const parts = unzipSync(new Uint8Array(word));
    const media = Object.keys(parts).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(readPhysicalResolution(parts[media[0]!]!)).toBe(300);
    const xml = strFromU8(parts['word/document.xml']!);
    const doc = exampleFamily();
    const description = describeFamily(doc);
    expect(unescapeXml(/<wp:docPr [^>]*descr="([^"]*)"/.exec(xml)![1]!)).toBe(description.alt);
    const text = unescapeXml(xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, ''));
    for (const p of description.paragraphs) expect(text).toContain(p.text);
    expect(text).toContain('Figure 1. The family as at 12 Mar 2025.');
    const rows = xml.match(/<w:tr>/g)!.length;
    expect(rows).toBe(familyTable(doc).rows.length + 1);
  });

  it('LibreOffice converts it to PDF; its first page, rendered, shows the figure', async () => {
    const docxPath = join(dir, 'report.docx');
    writeFileSync(docxPath, word);
    execFileSync(tool('soffice'), [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docxPath], { timeout: 180_000, stdio: 'pipe' });
    const pdf = readFileSync(join(dir, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = Number(/\/Type\s*\/Pages[\s\S]*?\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const firstPage = join(dir, 'first-page.png');
    execFileSync(tool('gs'), ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=png16m', '-r50', '-dFirstPage=1', '-dLastPage=1', `-sOutputFile=${firstPage}`, join(dir, 'report.pdf')], { timeout: 60_000 });
    copyFileSync(firstPage, join(RESULTS, 'word-first-page.png'));
    const png = readFileSync(firstPage);
    // The page the document chose: the example's figure prints its text at 7 pt at 24 cm and is
    // too tall for A4 landscape, so A3 portrait (29.7 × 42 cm: 585 × 827 px at 50 dpi).
    const pgSz = /<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/.exec(strFromU8(unzipSync(new Uint8Array(word))['word/document.xml']!))!;
    expect([Number(pgSz[1]) / 1440 * 2.54, Number(pgSz[2]) / 1440 * 2.54, pgSz[3]].map((v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))).toEqual([29.7, 42, 'portrait']);
    const { width, height } = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    expect(Math.abs(width - 585)).toBeLessThanOrEqual(1);
    expect(Math.abs(height - 827)).toBeLessThanOrEqual(1);
    expect((await pngInk(app.page, png)).share).toBeGreaterThan(0.01);
  });

  it('the publication document names no one, in any part of the package', async () => {
    const published = await downloadWord(app.page, true);
    const names = exampleFamily().persons.flatMap((p) => [p.givenNames, p.familyName]).filter((n): n is string => !!n && n.length > 3);
    const found: string[] = [];
    for (const [name, data] of Object.entries(unzipSync(new Uint8Array(published)))) {
      const text = name.endsWith('.png') ? Buffer.from(data).toString('latin1') : unescapeXml(strFromU8(data));
      for (const n of names) if (text.includes(n)) found.push(`${name}: ${n}`);
      if (/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b|\b\d{4}-\d{2}-\d{2}/.test(text) && !name.endsWith('.png')) found.push(`${name}: a date`);
    }
    expect(found).toEqual([]);
  });
});

describe('the view snapshot', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp();
    await app.page.waitForSelector('.canvas__status', { state: 'detached', timeout: 30_000 }).catch(() => undefined);
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Save view as PNG holds exactly what is on screen (zoom, selection highlight), stamped with the reference date', async () => {
    // A screen of twice the pixels, as the snapshot draws it, so the two compare pixel for pixel.
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 2, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(app.page.url());
    await page.waitForSelector('[data-testid="person-node"]', { timeout: 30_000 });
    await page.waitForSelector('.canvas__status', { state: 'detached', timeout: 30_000 }).catch(() => undefined);
    // A view of its own: one person selected (the halo), zoomed in on them.
    await page.locator('[data-testid="person-node"][aria-label^="Ellie"]').first().click();
    await page.keyboard.press('2');
    await page.waitForFunction(() => !!document.querySelector('[data-selected]'));
    // Let the zoom's animation settle: the viewport transform stops changing.
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __lastTransform?: string; __same?: number };
        const t = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
        w.__same = t === w.__lastTransform ? (w.__same ?? 0) + 1 : 0;
        w.__lastTransform = t;
        return w.__same >= 5;
      },
      undefined,
      { polling: 100, timeout: 10_000 },
    );
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('action-save-view').click()]);
    expect(download.suggestedFilename()).toBe('Example family (fictional) Ellie Carter (view).png');
    const snapshot = await readFile(await download.path());
    await page.getByText('(view).png: the view as it is on screen.').waitFor({ timeout: 10_000 });

    // The same view, as the screen shows it, without the controls the snapshot leaves out.
    const hide = await page.addStyleTag({ content: '.react-flow__controls, .react-flow__panel, .canvas__status { visibility: hidden !important; }' });
    // The notice may sit over the canvas; it is not part of the view.
    await page.addStyleTag({ content: '[role="status"], [role="alert"], .notice, .toast { visibility: hidden !important; }' });
    const screenshot = await page.locator('.canvas').screenshot();
    writeFileSync(join(RESULTS, 'view-snapshot.png'), snapshot);
    writeFileSync(join(RESULTS, 'view-screenshot.png'), screenshot);
    // The picture's bottom-left corner holds the date stamp where the screen has its zoom
    // controls: left out of the comparison, and looked for on its own.
    const stampRows = (8 + 24 + 4) * 2;
    const same = await pixelDifference(page, snapshot, screenshot, stampRows);
    expect((await pngInk(page, snapshot, [400, stampRows])).share).toBeGreaterThan(0.02);
    expect((await pngInk(page, screenshot, [400, stampRows])).share).toBeLessThan(0.005);
    writeFileSync(join(RESULTS, 'view-difference.png'), same.diffPng);
    // Measured: 0.12 %, all of it dots of the background grid (drawn a pixel or two apart);
    // the figure, the halo and the text match (see test-results/report/view-difference.png).
    expect(same.differing).toBeLessThan(0.005);

    // Against another view (panned), the comparison does find the difference: the test can fail.
    await hide.evaluate((node) => (node as HTMLElement).remove());
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.down();
    await page.mouse.move(pane.x + pane.width / 2 + 200, pane.y + pane.height / 2 + 120, { steps: 5 });
    await page.mouse.up();
    await page.addStyleTag({ content: '.react-flow__controls, .react-flow__panel, .canvas__status { visibility: hidden !important; }' });
    const panned = await page.locator('.react-flow').screenshot();
    const other = await pixelDifference(page, snapshot, panned, stampRows);
    writeFileSync(join(RESULTS, 'view-difference-panned.png'), other.diffPng);
    expect(other.differing).toBeGreaterThan(same.differing * 5);
    expect(other.differing).toBeGreaterThan(0.02);
    await context.close();
  });
});
