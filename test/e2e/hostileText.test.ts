// Names, notes and labels holding markup, entities, right-to-left text and
// very long strings: on the canvas and in every export they are text, never
// markup. An exported SVG holds only drawing elements and no event attribute,
// and opening it in a browser runs nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp, type AppSession } from './support/browser';
import { exportDownload, inspectSvg, openDocument, startExport, closeExportDialog, SVG_ELEMENTS } from './trustHelpers';
import { loadGenogramFile } from '../../src/core/format/load';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import type { GenogramDocument, Person } from '../../src/core/model/types';

const HOSTILE = {
  script: '<script>window.__pwned="script"</script>',
  svgOnload: '"><svg onload="window.__pwned=\'svg\'">',
  imgOnerror: "<img src=x onerror=window.__pwned='img'>",
  entities: 'Tom & Jerry &amp; &lt;b&gt; &#x3C;',
  cdata: ']]><!-- --><![CDATA[x]]>',
  arabic: 'مريم الأحمد',
  hebrew: 'שרה כהן',
  override: '\u202Eevil\u202C name',
  quotes: `O'Brien "Jr" \`x\``,
  long: 'Bartholomew-'.repeat(120),
} as const;

function hostileDocument(): GenogramDocument {
  const doc = emptyDocument(`Title ${HOSTILE.script}`);
  doc.settings.caption = `Caption ${HOSTILE.svgOnload}`;
  const persons: Person[] = Object.entries(HOSTILE).map(([key, text], i) => ({
    id: `p_${key}`,
    givenNames: text,
    gender: i % 2 ? 'female' : 'male',
    notes: `${HOSTILE.imgOnerror} ${text}`,
    secondLine: key === 'script' ? HOSTILE.imgOnerror : undefined,
    badges: key === 'entities' ? ['<b>CPP</b>', 'LAC'] : undefined,
    birth: { year: 1980 + i },
  }));
  doc.persons = persons;
  doc.partnerships = [{ id: 'u_1', a: 'p_script', b: 'p_svgOnload', kind: 'partnership', events: [{ type: 'married', date: { year: 2001 } }], notes: HOSTILE.script }];
  doc.parentLinks = [{ id: 'l_1', parent: 'p_script', child: 'p_arabic', kind: 'birth' }, { id: 'l_2', parent: 'p_svgOnload', child: 'p_arabic', kind: 'birth' }];
  doc.households = [{ id: 'h_1', label: `Home ${HOSTILE.imgOnerror}`, address: HOSTILE.script, members: [{ person: 'p_script' }, { person: 'p_svgOnload' }, { person: 'p_arabic' }] }];
  doc.settings.asAt = { year: 2024 };
  return doc;
}

/** Names may be wrapped over several lines of the figure: compare without whitespace. */
const squash = (text: string) => text.replace(/\s+/g, '');
/**
 * The figure shortens long names to two lines ending in "…" (the full name stays in the
 * accessible name and the data); the markup-bearing start of each must show as text.
 */
const shownStart = (text: string) => Array.from(squash(text)).slice(0, 12).join('');

const expectedLabels = Object.values(HOSTILE).map((t) => t.trim());

describe('hostile text', () => {
  let app: AppSession;
  const dir = mkdtempSync(join(tmpdir(), 'genogram-hostile-'));

  beforeAll(async () => {
    app = await openApp();
    await openDocument(app.page, hostileDocument(), 'hostile.genogram.json');
    await app.page.waitForSelector('.canvas__status', { state: 'detached', timeout: 30_000 }).catch(() => undefined);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows as text on the canvas: accessible names verbatim, nothing injected, nothing run', async () => {
    const { page } = app;
    const labels = await page.locator('[data-testid="person-node"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
    expect(labels.sort()).toEqual([...expectedLabels].sort());
    const dom = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned,
      scripts: Array.from(document.scripts).map((s) => s.src || 'inline'),
      eventAttributes: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}@${a.name}`)),
      images: document.querySelectorAll('img[src="x"]').length,
      canvasText: Array.from(document.querySelectorAll('.react-flow__viewport text')).map((t) => t.textContent ?? '').join('\n'),
    }));
    expect(dom.pwned).toBeUndefined();
    expect(dom.scripts.filter((s) => s === 'inline')).toEqual([]);
    expect(dom.eventAttributes).toEqual([]);
    expect(dom.images).toBe(0);
    for (const key of ['script', 'svgOnload', 'imgOnerror', 'entities', 'arabic', 'hebrew'] as const) {
      expect(squash(dom.canvasText), key).toContain(shownStart(HOSTILE[key]));
    }
    // A very long name is wrapped or shortened on the figure, but shows as its own text.
    expect(squash(dom.canvasText)).toContain('Bartholomew-');
    expect(app.errors).toEqual([]);
  });

  it('the SVG export holds them as text only, and opening the SVG in a browser runs nothing', async () => {
    const { page } = app;
    const file = await exportDownload(page, 'svg', { title: `Export ${HOSTILE.script}`, caption: HOSTILE.svgOnload });
    const svg = file.bytes.toString('utf8');
    const found = await inspectSvg(page, svg);
    expect(found.error).toBeNull();
    expect(found.elements.filter((e) => !SVG_ELEMENTS.has(e))).toEqual([]);
    expect(found.attributes.filter((a) => /^on/i.test(a) || /href$/i.test(a))).toEqual([]);
    expect(found.externalRefs).toEqual([]);
    const text = squash(found.texts.join(''));
    for (const key of ['script', 'svgOnload', 'imgOnerror', 'entities', 'arabic', 'hebrew', 'quotes'] as const) expect(text, key).toContain(shownStart(HOSTILE[key]));
    expect(text).toContain(squash(`Export ${HOSTILE.script}`));
    expect(text).toContain(squash(HOSTILE.svgOnload));
    // Opened on its own, as a reader of the report might.
    const path = join(dir, 'hostile.svg');
    writeFileSync(path, svg);
    const viewer = await app.context.newPage();
    // goto waits for the load event: any script or onload handler in the file has had its chance by then.
    await viewer.goto(pathToFileURL(path).href, { waitUntil: 'load' });
    const run = await viewer.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned,
      scripts: document.getElementsByTagName('script').length,
      foreign: document.getElementsByTagName('foreignObject').length,
    }));
    expect(run).toEqual({ pwned: undefined, scripts: 0, foreign: 0 });
    await viewer.close();
  });

  it('the PNG export and the print view draw them without running anything', async () => {
    const { page } = app;
    const png = await exportDownload(page, 'png', { widthCm: 10, dpi: 96 });
    expect(png.bytes.length).toBeGreaterThan(1000);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await startExport(page, 'print', { paper: 'A3', orientation: 'portrait' });
    await page.getByTestId('export-status').filter({ hasText: 'print dialog' }).waitFor();
    await closeExportDialog(page);
    const printView = await page.getByTestId('print-view').evaluate((el) => ({ children: Array.from(el.querySelectorAll('*')).map((c) => c.localName), alt: el.querySelector('img')?.alt }));
    expect(printView.children).toEqual(['img']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  });

  it('the JSON export keeps every string exactly', async () => {
    const file = await exportDownload(app.page, 'json');
    const loaded = loadGenogramFile(file.bytes.toString('utf8'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const byId = new Map(loaded.document.persons.map((p) => [p.id, p]));
    for (const [key, text] of Object.entries(HOSTILE)) expect(byId.get(`p_${key}`)?.givenNames).toBe(text);
    expect(loaded.document.households[0]?.label).toBe(`Home ${HOSTILE.imgOnerror}`);
  });

  it('the publication version of the SVG leaves the names and notes out', async () => {
    const file = await exportDownload(app.page, 'svg', { publication: true, title: '', caption: '' });
    const svg = file.bytes.toString('utf8');
    for (const key of ['arabic', 'hebrew', 'quotes'] as const) expect(svg).not.toContain(HOSTILE[key]);
    expect(svg).not.toContain('onerror');
    expect(svg).not.toContain('Bartholomew');
  });
});
