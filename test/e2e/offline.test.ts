import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/browser';
import { waitForLayout } from './authoringHelpers';

// The app installs like any web app and keeps working with the network gone once it has been
// opened: a service worker holds the built files (vite-plugin-pwa), under the same policy.
describe('installable, and offline after the first visit', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('serves a manifest with icons and passes Chromium’s installability checks', async () => {
    const { page } = app;
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { name: string; display: string; icons: { sizes: string }[] }) : undefined;
    });
    expect(manifest).toMatchObject({ name: 'Genogram editor', display: 'standalone' });
    expect(manifest!.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    // Chromium reports what stops a page from being installed; it needs the service worker to be in control.
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await app.context.newCDPSession(page);
    const errors = async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }).installabilityErrors.map((e) => e.errorId);
    // A test browser's profile is a private one, which Chromium never installs into; nothing else may stand in the way.
    await expect.poll(async () => (await errors()).filter((id) => id !== 'in-incognito'), { timeout: 20_000 }).toEqual([]);
    await cdp.detach();
  });

  it('opens, lays out and edits with the network cut', async () => {
    const { page, context } = app;
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // The first page was loaded before the worker existed; from now on it answers for the page.
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    const names = await page.locator('[data-testid="person-node"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')).sort());
    await context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('[data-testid="person-node"]', { timeout: 30_000 });
      await waitForLayout(page);
      expect(await page.locator('[data-testid="person-node"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')).sort())).toEqual(names);
      // Laid out by the worker, which came from the offline copy too.
      await page.getByTestId('action-new-document').click();
      await page.keyboard.press('n');
      await page.keyboard.type('Offline');
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="person-node"][aria-label="Offline"]').waitFor();
      await waitForLayout(page);
      await expect(page.locator('.canvas__status--error').count()).resolves.toBe(0);
    } finally {
      await context.setOffline(false);
    }
    expect(app.errors).toEqual([]);
  });
});
