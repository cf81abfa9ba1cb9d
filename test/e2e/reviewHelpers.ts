import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { formatDate } from '../../src/core/dates/partialDate';
import type { GenogramDocument, PartialDate } from '../../src/core/model/types';

/** Helpers for the reviewer-tools suite: they read and drive the page as a user would. */

/** What the reference-date line says ("12 Mar 2025"), without the "(today)" note. */
export async function shownDate(page: Page): Promise<string> {
  return ((await page.getByTestId('asat-shown').textContent()) ?? '').replace(' (today)', '').trim();
}

/** Waits until the reference-date line shows the date. */
export async function waitForShownDate(page: Page, date: PartialDate): Promise<void> {
  // Whole text: "Oct 2024" must not be satisfied by "15 Oct 2024".
  const exact = new RegExp(`^${formatDate(date).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(today\\))?$`);
  await page.getByTestId('asat-shown').filter({ hasText: exact }).waitFor({ timeout: 10_000 });
}

/** Types a date into the reference-date field, as a user with a keyboard would. */
export async function typeReferenceDate(page: Page, iso: string): Promise<void> {
  await page.getByTestId('asat-picker').fill(iso);
}

/** One figure group on the canvas, by its scene key ("person:p_ellie"): whether drawn, its texts, its line count. */
export async function sceneGroup(page: Page, key: string): Promise<{ drawn: boolean; texts: string[]; strokes: number }> {
  return page.evaluate((k) => {
    const g = document.querySelector(`[data-testid="scene-svg"] g[data-key="${CSS.escape(k)}"]`);
    if (!g) return { drawn: false, texts: [], strokes: 0 };
    return {
      drawn: true,
      texts: Array.from(g.querySelectorAll('text')).map((t) => t.textContent ?? ''),
      strokes: g.querySelectorAll('path, line, polyline').length,
    };
  }, key);
}

/** The age written inside a person's symbol on the canvas (the first all-digit text of the group). */
/** The age inside a person's symbol as drawn: "26", or under two "6m" (months), "3w" (weeks), "5d" (days). */
export async function ageOnCanvas(page: Page, personId: string): Promise<string | undefined> {
  const { texts } = await sceneGroup(page, `person:${personId}`);
  return texts.find((t) => /^\d+[mwd]?$/.test(t));
}

/**
 * Whether a household's outline on the canvas encloses the centre of a person's symbol: the
 * outline is one closed path, so the browser's own point-in-shape test answers.
 */
export async function outlineEncloses(page: Page, householdId: string, personId: string): Promise<boolean> {
  return page.evaluate(
    ([h, p]) => {
      const svg = document.querySelector('[data-testid="scene-svg"]');
      const outline = svg?.querySelector(`g[data-key="household:${h}"] path`);
      const symbol = svg?.querySelector(`g[data-key="person:${p}"]`)?.querySelector('rect, circle, ellipse, path, polygon');
      if (!(outline instanceof SVGGeometryElement) || !(symbol instanceof SVGGraphicsElement)) throw new Error(`household ${h} or person ${p} is not drawn`);
      const box = symbol.getBBox();
      return outline.isPointInFill(new DOMPoint(box.x + box.width / 2, box.y + box.height / 2));
    },
    [householdId, personId] as const,
  );
}

/** The persons selected on the canvas, by their accessible names. */
export async function selectedPeople(page: Page): Promise<string[]> {
  return page.locator('[data-testid="person-node"].person-node--selected').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? '').sort());
}

/** Clicks a button that starts a download and returns the file's name and text. */
export async function downloadText(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/**
 * Everything in one part of the page (a CSS selector) that a reader or a screen reader could
 * come across: visible and hidden text (including SVG titles), form values, and the attributes
 * that carry words.
 */
export async function everythingIn(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const parts: string[] = [];
    for (const root of Array.from(document.querySelectorAll(sel))) {
      parts.push(root.textContent ?? '');
      for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
        for (const attr of ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder']) {
          const value = el.getAttribute(attr);
          if (value) parts.push(value);
        }
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) parts.push(el.value);
      }
    }
    return parts.join('\n');
  }, selector);
}

/**
 * The words a publication must never show for a document: each given and family name, each
 * second line, note and address, and the title. Split into single names so "Ellie" alone is
 * caught as well as "Ellie Carter".
 */
export function privateWords(doc: GenogramDocument): string[] {
  const words = new Set<string>();
  const addNames = (text: string | undefined) => {
    for (const w of (text ?? '').split(/[\s,()'’]+/)) if (w.length >= 3 && /^\p{Lu}/u.test(w)) words.add(w);
  };
  for (const p of doc.persons) {
    addNames(p.givenNames);
    addNames(p.familyName);
    if (p.secondLine) words.add(p.secondLine);
    if (p.notes) words.add(p.notes);
  }
  for (const r of doc.relationships) if (r.notes) words.add(r.notes);
  for (const h of doc.households) if (h.address) words.add(h.address);
  return [...words];
}

/** The private words found in a text, each once. */
export function leakedWords(text: string, words: readonly string[]): string[] {
  return words.filter((w) => text.includes(w));
}

/** The family table as shown: its caption, column titles, and each row keyed by column title (the first word of "Relationship to subject" too). */
export async function readFamilyTable(page: Page): Promise<{ caption: string; head: string[]; rows: Record<string, string>[] }> {
  return page.getByTestId('family-table').evaluate((t) => {
    const head = Array.from(t.querySelectorAll('thead th')).map((th) => th.textContent ?? '');
    const rows = Array.from(t.querySelectorAll('tbody tr')).map((tr) => {
      const cells = Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '');
      const row: Record<string, string> = {};
      head.forEach((h, i) => {
        row[h] = cells[i] ?? '';
        row[h.split(' ')[0]!] ??= cells[i] ?? '';
      });
      return row;
    });
    return { caption: t.querySelector('caption')?.textContent ?? '', head, rows };
  });
}
