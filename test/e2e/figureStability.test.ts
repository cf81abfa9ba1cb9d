import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import type { GenogramDocument } from '../../src/core/model/types';
import { openApp, type AppSession } from './support/browser';
import { openDocument } from './trustHelpers';
import { NO_SAVE_PICKER } from './authoringHelpers';

// The family the figure issue began with: a mother with twins by her current partner, and her
// former partner with a daughter by his earlier partner. Before the figure work, a reload moved
// the twins under the other couple and ran both sibling bars along one line.
function twoCouplesSharingAPartner(): GenogramDocument {
  const doc = emptyDocument('Two couples sharing a partner');
  doc.settings.asAt = { year: 2024, month: 6, day: 1 };
  const person = (id: string, gender: 'male' | 'female', givenNames: string, year: number) => doc.persons.push({ id, gender, givenNames, familyName: 'Test', birth: { year } });
  person('p_mum', 'female', 'Mum', 1990);
  person('p_now', 'male', 'Current', 1988);
  person('p_was', 'male', 'Former', 1985);
  person('p_first', 'female', 'Earlier', 1986);
  person('p_twin1', 'female', 'Twin One', 2020);
  person('p_twin2', 'male', 'Twin Two', 2020);
  person('p_daughter', 'female', 'Daughter', 2008);
  doc.partnerships.push(
    { id: 'u_was_first', a: 'p_was', b: 'p_first', kind: 'partnership', events: [{ type: 'married', date: { year: 2006 } }, { type: 'divorced', date: { year: 2010 } }] },
    { id: 'u_mum_was', a: 'p_mum', b: 'p_was', kind: 'partnership', events: [{ type: 'cohabiting', date: { year: 2012 } }, { type: 'separated', date: { year: 2016 } }] },
    { id: 'u_mum_now', a: 'p_mum', b: 'p_now', kind: 'partnership', events: [{ type: 'married', date: { year: 2018 } }] },
  );
  const link = (parent: string, child: string) => doc.parentLinks.push({ id: `l_${parent}_${child}`, parent, child, kind: 'birth' });
  for (const twin of ['p_twin1', 'p_twin2']) {
    link('p_mum', twin);
    link('p_now', twin);
  }
  link('p_was', 'p_daughter');
  link('p_first', 'p_daughter');
  doc.multipleBirths.push({ id: 'mb_twins', kind: 'fraternal', members: ['p_twin1', 'p_twin2'] });
  return doc;
}

type Positions = Record<string, string>;

/** Every person's place on the canvas (React Flow's node transform, in figure units), once the layout has settled. */
async function settledPositions(page: Page, count: number): Promise<Positions> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="person-node"]').length === n && !document.querySelector('.canvas__status[role="status"]'), count, { timeout: 30_000 });
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => [n.dataset.id!, n.style.transform])));
}

const centreX = (positions: Positions, id: string) => Number(/translate\((-?[\d.]+)px/.exec(positions[id]!)![1]);

describe('the figure is the same picture after a reload, an open, an undo and a redo', () => {
  let app: AppSession;
  const doc = twoCouplesSharingAPartner();
  let first: Positions;

  beforeAll(async () => {
    app = await openApp();
    await app.context.addInitScript(NO_SAVE_PICKER);
    await openDocument(app.page, doc);
    first = await settledPositions(app.page, doc.persons.length);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('hangs each couple\'s children under that couple', () => {
    const mid = (a: string, b: string) => (centreX(first, a) + centreX(first, b)) / 2;
    const twins = (centreX(first, 'p_twin1') + centreX(first, 'p_twin2')) / 2;
    // The twins nearer their parents' middle than the other couple's, the daughter the other way round.
    expect(Math.abs(twins - mid('p_mum', 'p_now'))).toBeLessThan(Math.abs(twins - mid('p_was', 'p_first')));
    expect(Math.abs(centreX(first, 'p_daughter') - mid('p_was', 'p_first'))).toBeLessThan(Math.abs(centreX(first, 'p_daughter') - mid('p_mum', 'p_now')));
  });

  it('puts everyone in the same place after a reload', async () => {
    await app.page.reload();
    expect(await settledPositions(app.page, doc.persons.length)).toEqual(first);
  });

  it('puts everyone in the same place when the file is opened again into a new document', async () => {
    await app.page.getByTestId('action-new-document').click();
    await settledPositions(app.page, 0);
    await openDocument(app.page, doc);
    expect(await settledPositions(app.page, doc.persons.length)).toEqual(first);
  });

  it('after an edit, undo gives the first picture back and redo the edited one', async () => {
    const { page } = app;
    await page.locator('.react-flow__node[data-id="p_daughter"]').click();
    await page.keyboard.press('c');
    await page.keyboard.press('Escape');
    const edited = await settledPositions(page, doc.persons.length + 1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    expect(await settledPositions(page, doc.persons.length)).toEqual(first);
    await page.keyboard.press('Control+Shift+Z');
    expect(await settledPositions(page, doc.persons.length + 1)).toEqual(edited);
  });
});
