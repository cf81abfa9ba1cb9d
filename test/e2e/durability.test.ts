// Nothing is lost when the browser dies: after each edit the page is killed
// without warning (its renderer crashed, so no unload, pagehide or
// visibilitychange handler runs), the app is opened again in the same profile,
// and the last edit is there. The last round kills the whole browser process.
// The kill comes as soon as the app says the edit is stored ("Saved in this
// browser", shown within milliseconds of every change): that is the promise a
// user relies on, and no web page can keep an edit its renderer never got to
// hand over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './support/browser';
import { addByKey, clickPerson, personNode, waitForNodeCount } from './authoringHelpers';

const profile = mkdtempSync(join(tmpdir(), 'genogram-durability-'));
const executablePath = execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/bash' }).trim();

async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1400, height: 900 } });
}

async function openEditor(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(inject('appUrl'));
  await page.waitForSelector('[data-testid="person-node"]', { timeout: 30_000 });
  return page;
}

/** Kills the renderer at once: the page gets no chance to run any handler. */
async function crash(context: BrowserContext, page: Page): Promise<void> {
  await waitForSaved(page);
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  // The command never answers: the page it would answer from is gone.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close().catch(() => undefined);
}

async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 10_000 });
}

async function nodeLabels(page: Page): Promise<string[]> {
  return page.locator('[data-testid="person-node"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
}

/** The process id of the Chromium this test launched: the one whose command line names our own profile folder. */
function browserPid(): number | undefined {
  const lines = execSync('ps -eo pid=,args=', { encoding: 'utf8' }).split('\n');
  const own = lines.find((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='));
  return own ? Number(own.trim().split(/\s+/)[0]) : undefined;
}

describe('durability: every edit survives a crash', () => {
  let context: BrowserContext;
  let page: Page;
  let count: number;
  let anchor: string;

  beforeAll(async () => {
    context = await launch();
    page = await openEditor(context);
    count = await page.locator('[data-testid="person-node"]').count();
    anchor = (await nodeLabels(page)).find((l) => l && l !== 'Unnamed person')!;
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  });

  it('an added person survives a renderer crash', async () => {
    await clickPerson(page, anchor);
    await addByKey(page, 'r', 'Durable', 'One');
    await personNode(page, 'Durable One').waitFor();
    await crash(context, page);
    page = await openEditor(context);
    await personNode(page, 'Durable One').waitFor({ timeout: 20_000 });
    count += 1;
    await waitForNodeCount(page, count);
  });

  it('a rename typed in the inspector survives a renderer crash', async () => {
    await clickPerson(page, 'Durable One');
    await page.getByLabel('Given names').fill('Renamed');
    await personNode(page, 'Renamed One').waitFor();
    await crash(context, page);
    page = await openEditor(context);
    await personNode(page, 'Renamed One').waitFor({ timeout: 20_000 });
    expect(await nodeLabels(page)).not.toContain('Durable One');
  });

  it('a deletion survives a renderer crash', async () => {
    await clickPerson(page, 'Renamed One');
    await page.keyboard.press('Delete');
    await waitForNodeCount(page, count - 1);
    await crash(context, page);
    page = await openEditor(context);
    await waitForNodeCount(page, count - 1);
    expect(await nodeLabels(page)).not.toContain('Renamed One');
  });

  it('an undo survives a renderer crash', async () => {
    // History does not outlive the page, so the undone edit is made in this one.
    await clickPerson(page, anchor);
    await page.keyboard.press('Delete');
    await waitForNodeCount(page, count - 2);
    await page.keyboard.press('Control+Z');
    await waitForNodeCount(page, count - 1);
    await crash(context, page);
    page = await openEditor(context);
    await waitForNodeCount(page, count - 1);
    await personNode(page, anchor).waitFor({ timeout: 20_000 });
  });

  it('an edit survives the whole browser being killed (SIGKILL)', async () => {
    await clickPerson(page, anchor);
    await addByKey(page, 'r', 'Killed', 'Browser');
    await personNode(page, 'Killed Browser').waitFor();
    await waitForSaved(page);
    const pid = browserPid();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid!, 'SIGKILL');
    await context.close().catch(() => undefined);
    context = await launch();
    page = await openEditor(context);
    await personNode(page, 'Killed Browser').waitFor({ timeout: 20_000 });
    await waitForNodeCount(page, count);
  });
});
