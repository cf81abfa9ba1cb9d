import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/browser';

describe('first start', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the example family on the canvas', async () => {
    const names = await app.page.$$eval('[data-testid="person-node"]', (nodes) => nodes.map((n) => n.getAttribute('aria-label')));
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(names).toContain('Ellie Carter');
  });

  it('draws the figure itself, not only the hit targets', async () => {
    const drawnText = await app.page.$$eval('.react-flow__viewport-portal svg text', (texts) => texts.map((t) => t.textContent ?? ''));
    expect(drawnText.join(' ')).toContain('Ellie');
  });

  it('reports no errors in the console', () => {
    expect(app.errors).toEqual([]);
  });
});
