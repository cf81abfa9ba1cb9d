// Exports from the running app, through the export dialog: a standalone SVG
// that parses and holds the names and the legend, a PNG at 300 dpi and
// 16 cm = 1,890 px, the JSON data, the print view fitted to the paper, the
// clipboard, and the SVG opened by another program (LibreOffice, headless).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type AppSession } from './support/browser';
import { exportDownload, inspectSvg, startExport, closeExportDialog, SVG_ELEMENTS, pngInk } from './trustHelpers';
import { pngPixelSize } from '../../src/core/export/png';
import { pngDimensions, readPhysicalResolution } from '../support/png';
import { PAGE_WIDTHS } from '../../src/core/export/printSize';
import { loadGenogramFile } from '../../src/core/format/load';
import { importGedcom } from '../../src/core/gedcom/importGedcom';

function libreOffice(): string | undefined {
  try {
    return execSync('command -v soffice || command -v libreoffice', { encoding: 'utf8', shell: '/bin/bash' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

describe('exporting the figure', () => {
  let app: AppSession;
  let names: string[];
  let svg: string;
  const dir = mkdtempSync(join(tmpdir(), 'genogram-export-'));

  beforeAll(async () => {
    app = await openApp();
    // Wait for ELK's layout so the export and the canvas show the same positions.
    await app.page.waitForSelector('.canvas__status', { state: 'detached', timeout: 30_000 }).catch(() => undefined);
    names = (await app.page.locator('[data-testid="person-node"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''))).filter(
      (n) => n && n !== 'Unnamed person',
    );
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('downloads a standalone SVG that parses and holds every name, the legend, title and caption', async () => {
    const file = await exportDownload(app.page, 'svg', { title: 'Export test figure', caption: 'Drawn for the browser test', legend: true });
    expect(file.name).toBe('Export test figure.svg');
    svg = file.bytes.toString('utf8');
    const found = await inspectSvg(app.page, svg);
    expect(found.error).toBeNull();
    expect(found.root).toBe('svg');
    expect(found.elements.filter((e) => !SVG_ELEMENTS.has(e))).toEqual([]);
    expect(found.externalRefs).toEqual([]);
    expect(svg).toMatch(/@font-face\{font-family:"Atkinson Hyperlegible";font-weight:400;src:url\(data:font\/ttf;base64,/);
    const allText = found.texts.join('\n');
    expect(names.length).toBeGreaterThan(3);
    // A long name may be wrapped over two lines: compare without whitespace.
    const squashed = found.texts.join('').replace(/\s+/g, '');
    for (const name of names) expect(squashed).toContain(name.replace(/\s+/g, ''));
    expect(allText).toContain('Export test figure');
    expect(allText).toContain('Drawn for the browser test');
    expect(svg).toContain('data-kind="legend"');
    expect(app.errors).toEqual([]);
  });

  it('leaves the legend out when asked', async () => {
    const file = await exportDownload(app.page, 'svg', { legend: false });
    expect(file.bytes.toString('utf8')).not.toContain('data-kind="legend"');
  });

  it('downloads a PNG whose pHYs says 300 dpi, as wide as a page on which its text prints at 7 pt or more, on white', async () => {
    const file = await exportDownload(app.page, 'png', { legend: true });
    const png = new Uint8Array(file.bytes);
    expect(file.name.endsWith('.png')).toBe(true);
    expect(readPhysicalResolution(png)).toBe(300);
    const size = pngDimensions(png);
    // The dialog chose the width: a page's (A4 or A3, portrait or landscape) at 300 dpi.
    expect(PAGE_WIDTHS.map((p) => pngPixelSize(p.cm, 300))).toContain(size.width);
    expect(size.height).toBeGreaterThan(100);
    // Decode in the browser: white corners (background), and real ink somewhere.
    const pixels = await pngInk(app.page, file.bytes);
    expect(pixels.corner).toEqual([255, 255, 255, 255]);
    expect(pixels.share).toBeGreaterThan(0.002);
  });

  it('writes a chosen width and resolution', async () => {
    const file = await exportDownload(app.page, 'png', { widthCm: 8, dpi: 150 });
    const png = new Uint8Array(file.bytes);
    // pHYs counts whole pixels per metre: 150 dpi is stored as 5,906 px/m, read back as 150.01.
    expect(readPhysicalResolution(png)).toBeCloseTo(150, 1);
    expect(pngDimensions(png).width).toBe(Math.round((8 / 2.54) * 150));
  });

  it('refuses a nonsense width with a message beside the field', async () => {
    const { page } = app;
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-format-png').check();
    await page.getByTestId('export-width').fill('0');
    await expect(page.getByText(/Width: a number of centimetres/).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('export-run').isDisabled()).resolves.toBe(true);
    await page.getByTestId('export-width').fill('16');
    await closeExportDialog(page);
  });

  it('downloads the JSON data, which opens again with every person', async () => {
    const file = await exportDownload(app.page, 'json');
    expect(file.name.endsWith('.genogram.json')).toBe(true);
    const loaded = loadGenogramFile(file.bytes.toString('utf8'));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.document.persons.length).toBe(await app.page.locator('[data-testid="person-node"]').count());
  });

  it('writes GEDCOM 7.0 from the Documents group of the toolbar, which imports back with every person', async () => {
    const { page } = app;
    await page.getByTestId('action-export-gedcom').click();
    await expect(page.getByTestId('export-format-gedcom').isChecked()).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-run').click()]);
    const text = (await readFile(await download.path())).toString('utf8');
    expect(download.suggestedFilename().endsWith('.ged')).toBe(true);
    expect(text).toMatch(/^0 HEAD\n1 GEDC\n2 VERS 7\.0/);
    const back = importGedcom(new TextEncoder().encode(text));
    expect(back.ok && back.document.persons.length).toBe(await page.locator('[data-testid="person-node"]').count());
    await page.getByTestId('export-status').filter({ hasText: 'GEDCOM 7.0' }).waitFor();
    await closeExportDialog(page);
  });

  it('prints one page of A4 landscape with the whole figure and nothing else', async () => {
    const { page } = app;
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await startExport(page, 'print', { paper: 'A4', orientation: 'landscape' });
    await page.getByTestId('export-status').filter({ hasText: 'print dialog' }).waitFor();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
    await closeExportDialog(page);
    const view = page.getByTestId('print-view');
    expect(await view.locator('img').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (el: Element) => getComputedStyle(el).display !== 'none';
      return { root: visible(document.getElementById('root')!), print: visible(document.querySelector('[data-testid="print-view"]')!) };
    });
    expect(shown).toEqual({ root: false, print: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    // A4 landscape is 842 × 595 points.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    expect(Math.round(Number(box?.[1]))).toBe(842);
    expect(Math.round(Number(box?.[2]))).toBe(595);
    await page.emulateMedia({ media: 'screen' });
  });

  it('copies the figure to the clipboard as a PNG', async () => {
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await startExport(page, 'clipboard', { widthCm: 10, dpi: 96 });
    await page.getByTestId('export-status').filter({ hasText: 'clipboard' }).waitFor({ timeout: 30_000 });
    const types = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items[0];
      if (!item) return { types: [] as string[], size: 0 };
      const blob = await item.getType('image/png');
      return { types: [...item.types], size: blob.size };
    });
    expect(types.types).toContain('image/png');
    expect(types.size).toBeGreaterThan(1000);
    await closeExportDialog(page);
  });

  it('copies the view on screen as a picture, at twice the canvas size', async () => {
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByTestId('action-copy-view').click();
    await page.getByText('The view is on the clipboard as a picture.').waitFor({ timeout: 30_000 });
    const copied = await page.evaluate(async () => {
      const item = (await navigator.clipboard.read())[0];
      const blob = item && item.types.includes('image/png') ? await item.getType('image/png') : undefined;
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      return { bytes: blob ? [...new Uint8Array(await blob.arrayBuffer())] : [], pane: { width: pane.width, height: pane.height } };
    });
    const png = Uint8Array.from(copied.bytes);
    // The pane's size in CSS pixels may be fractional; the picture rounds it to whole pixels.
    const { width, height } = pngDimensions(png);
    expect(Math.abs(width - copied.pane.width * 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(height - copied.pane.height * 2)).toBeLessThanOrEqual(1);
  });

  const soffice = libreOffice();
  // LibreOffice is not part of the base image: `apt-get install -y libreoffice-draw-nogui` brings it.
  it('the SVG opens in LibreOffice (headless conversion to PNG), with ink on the page', async () => {
    const svgPath = join(dir, 'figure.svg');
    writeFileSync(svgPath, svg);
    const profile = join(dir, 'lo-profile');
    if (!soffice) throw new Error('LibreOffice is missing: scripts/ensure-test-tools.sh installs it');
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'png', '--outdir', dir, svgPath], {
      timeout: 120_000,
      stdio: 'pipe',
    });
    const converted = readdirSync(dir).find((f) => f === 'figure.png');
    expect(converted).toBe('figure.png');
    const png = readFileSync(join(dir, 'figure.png'));
    const size = pngDimensions(new Uint8Array(png));
    expect(size.width).toBeGreaterThan(100);
    const { share: dark } = await pngInk(app.page, png);
    expect(dark).toBeGreaterThan(0.002);
  });
});

describe('exporting a very large family', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp({ path: '?testHooks=1&fixture=synthetic-1000', waitForCanvas: false });
    await app.page.waitForSelector('html[data-fixture-loaded="1000"]', { timeout: 60_000 });
    await app.page.waitForSelector('[data-testid="person-node"]', { timeout: 60_000 });
    await app.page.waitForSelector('.canvas__status', { state: 'detached', timeout: 60_000 }).catch(() => undefined);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('scales a PNG beyond the canvas limits down whole, says so, shows progress, and keeps the printed width', async () => {
    const { page } = app;
    const svg = await exportDownload(page, 'svg');
    const svgSize = /<svg[^>]*\swidth="([\d.]+)(?:px|mm)?"[^>]*\sheight="([\d.]+)(?:px|mm)?"/.exec(svg.bytes.toString('utf8'));
    const aspect = Number(svgSize?.[1]) / Number(svgSize?.[2]);
    expect(aspect).toBeGreaterThan(0);

    const sawProgress = page.waitForSelector('[data-testid="export-status"] progress', { timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), startExport(page, 'png', { widthCm: 300, dpi: 600 })]);
    await sawProgress;
    const png = new Uint8Array(await readFile(await download.path()));
    const size = pngDimensions(png);
    expect(size.width).toBeLessThanOrEqual(16_384);
    expect(size.height).toBeLessThanOrEqual(16_384);
    expect(size.width * size.height).toBeLessThanOrEqual(64 * 1024 * 1024);
    // Whole figure: the same proportions as the SVG, within a pixel of rounding.
    expect(Math.abs(size.width / size.height - aspect)).toBeLessThan(aspect * 0.01 + 1 / size.height);
    // The written resolution keeps the asked printed width of 300 cm.
    const dpi = readPhysicalResolution(png)!;
    expect((size.width / dpi) * 2.54).toBeCloseTo(300, 0);
    await page.getByTestId('export-status').filter({ hasText: 'Nothing is cut off' }).waitFor();
    await closeExportDialog(page);
  });
});
