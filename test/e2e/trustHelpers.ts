import type { Download, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import type { GenogramDocument } from '../../src/core/model/types';
import { saveGenogramFile } from '../../src/core/format/save';

/** Helpers for the export, privacy, hostile-text and durability suites: the real UI, no store calls. */

export type ExportFormat = 'svg' | 'png' | 'clipboard' | 'print' | 'json' | 'docx';

export interface ExportChoices {
  publication?: boolean;
  legend?: boolean;
  title?: string;
  caption?: string;
  widthCm?: number;
  dpi?: number;
  paper?: 'A4' | 'A3';
  orientation?: 'auto' | 'portrait' | 'landscape';
}

async function setCheckbox(page: Page, testId: string, value: boolean | undefined): Promise<void> {
  if (value === undefined) return;
  const box = page.getByTestId(testId);
  if ((await box.isChecked()) !== value) await box.click();
}

/** Opens the export dialog, makes the choices and presses the export button. */
export async function startExport(page: Page, format: ExportFormat, choices: ExportChoices = {}): Promise<void> {
  const dialog = page.getByTestId('export-dialog');
  if (!(await dialog.isVisible())) await page.getByTestId('export-open').click();
  await dialog.waitFor({ state: 'visible' });
  await page.getByTestId(`export-format-${format}`).check();
  await setCheckbox(page, 'export-publication', choices.publication);
  await setCheckbox(page, 'export-legend', choices.legend);
  if (choices.title !== undefined) await page.getByTestId('export-title').fill(choices.title);
  if (choices.caption !== undefined) await page.getByTestId('export-caption').fill(choices.caption);
  if (choices.widthCm !== undefined) await page.getByTestId('export-width').fill(String(choices.widthCm));
  if (choices.dpi !== undefined) await page.getByTestId('export-dpi').fill(String(choices.dpi));
  if (choices.paper) await page.getByTestId('export-paper').selectOption(choices.paper);
  if (choices.orientation) await page.getByTestId('export-orientation').selectOption(choices.orientation);
  await page.getByTestId('export-run').click();
}

export async function closeExportDialog(page: Page): Promise<void> {
  const dialog = page.getByTestId('export-dialog');
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Exports one file and returns its name and bytes. */
export async function exportDownload(page: Page, format: 'svg' | 'png' | 'json', choices: ExportChoices = {}): Promise<{ name: string; bytes: Buffer; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), startExport(page, format, choices)]);
  const path = await download.path();
  const bytes = await readFile(path);
  await page.getByTestId('export-status').filter({ hasText: 'Saved' }).waitFor({ timeout: 10_000 });
  await closeExportDialog(page);
  return { name: download.suggestedFilename(), bytes, download };
}

/** Opens a document through the toolbar's file picker, as an author would. */
export async function openDocument(page: Page, doc: GenogramDocument, fileName = 'family.genogram.json'): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('action-open-document').click()]);
  await chooser.setFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(saveGenogramFile(doc)) });
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="person-node"]').length === n, doc.persons.length, { timeout: 30_000 });
}

/** Checks an SVG's structure in the browser's own XML parser: no parse error, and what elements and attributes it has. */
export async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = parsed.getElementsByTagName('parsererror')[0]?.textContent ?? null;
    const elements = new Set<string>();
    const attributes = new Set<string>();
    const externalRefs: string[] = [];
    for (const el of Array.from(parsed.getElementsByTagName('*'))) {
      elements.add(el.localName);
      for (const attr of Array.from(el.attributes)) {
        attributes.add(attr.name);
        if (/href$/i.test(attr.name) || /url\((?!data:)/i.test(attr.value)) externalRefs.push(`${el.localName}@${attr.name}=${attr.value.slice(0, 60)}`);
      }
    }
    const texts = Array.from(parsed.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    return { error, elements: [...elements].sort(), attributes: [...attributes].sort(), externalRefs, texts, root: parsed.documentElement.localName };
  }, svg);
}

/** Elements the SVG export is allowed to contain; anything else would have come from somewhere it should not. */
export const SVG_ELEMENTS = new Set(['svg', 'style', 'g', 'rect', 'path', 'circle', 'line', 'polyline', 'polygon', 'ellipse', 'text', 'tspan', 'title', 'desc', 'defs', 'clipPath']);

/**
 * Decodes a PNG in the browser and measures its ink: the share of dark pixels (red below 128,
 * not fully transparent), over the whole picture or its bottom-left `region` (width, height in
 * pixels), and the colour of its top-left pixel (RGBA).
 */
export async function pngInk(page: Page, png: Buffer, region?: [number, number]): Promise<{ share: number; corner: number[] }> {
  return page.evaluate(
    async ({ base64, region }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const [w, h] = region ?? [canvas.width, canvas.height];
      const data = ctx.getImageData(0, canvas.height - h, w, h).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
      return { share: dark / (data.length / 4), corner: Array.from(ctx.getImageData(0, 0, 1, 1).data) };
    },
    { base64: png.toString('base64'), region },
  );
}
