import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { bundledFontFaces, notationSheetSvg } from '../support/notationSvg';
import { comparePngs, screenshotSvg } from '../support/svgInChromium';
import { buildScene } from '../../src/core/drawing/buildScene';
import { sceneToSvg } from '../../src/core/export/svg';
import { notationSheet } from '../../src/core/example/notationSheet';
import { layoutDocument } from '../../src/core/layout/layoutDocument';

// The notation sheet exported as SVG and drawn by real Chromium must match the reference
// image kept in test/reference/, which was looked at symbol by symbol. After a deliberate
// change to the drawing, look at the new image and refresh it with UPDATE_REFERENCE=1.

const REFERENCE = fileURLToPath(new URL('../reference/notation-sheet.png', import.meta.url));
/**
 * Pixels allowed to differ (anti-aliasing and hinting between Chromium builds). Small on
 * purpose: one added cross and death year on one symbol changes about 270 pixels.
 */
const TOLERANCE = 80;

describe('notation sheet in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ deviceScaleFactor: 1 });
    page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('uses the embedded font for its text', async () => {
    const { svg, width, height } = await notationSheetSvg();
    await screenshotSvg(page, svg, width, height);
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`));
    expect(loaded).toEqual(expect.arrayContaining(['Atkinson Hyperlegible 400', 'Atkinson Hyperlegible 700']));
    // Standalone: nothing fetched from anywhere but the embedded data URLs.
    expect(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank')).toEqual([]);
  });

  it('matches the reference image', async () => {
    const { svg, width, height } = await notationSheetSvg();
    const png = await screenshotSvg(page, svg, width, height);
    if (process.env.UPDATE_REFERENCE === '1' || !existsSync(REFERENCE)) {
      writeFileSync(REFERENCE, png);
      if (process.env.UPDATE_REFERENCE !== '1') throw new Error(`No reference image: wrote ${REFERENCE}; look at it, then commit it`);
    }
    const result = await comparePngs(page, png, readFileSync(REFERENCE));
    expect(result.sameSize).toBe(true);
    expect(result.differing).toBeLessThanOrEqual(TOLERANCE);
  });

  it('notices a one-symbol change (the comparison can fail)', async () => {
    const doc = notationSheet();
    doc.persons.find((p) => p.id === 'f')!.death = { year: 2014 };
    const scene = buildScene(doc, await layoutDocument(doc), { asAt: doc.settings.asAt!, title: doc.settings.title, caption: doc.settings.caption ?? '' });
    const changed = await screenshotSvg(page, sceneToSvg(scene, { fontFaces: bundledFontFaces() }), Math.ceil(scene.bounds.width), Math.ceil(scene.bounds.height));
    const result = await comparePngs(page, changed, readFileSync(REFERENCE));
    expect(result.sameSize && result.differing <= TOLERANCE).toBe(false);
  });
});
