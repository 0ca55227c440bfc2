/**
 * Hostile pages in real browsers: the content script never breaks, stays within its budget
 * (reports what it has, marked partial), and the popup shows page text as inert text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type DemoServer } from '../../src/cli/demo-server.ts';
import { enterNeeds, openPopup, storedTabFor, waitForStoredTab } from '../../src/cli/story.ts';
import type { ExtensionBrowser, Tab } from '../../src/cli/browsers/types.ts';
import { hostilePages, XSS_NAME } from '../hostile/pages.ts';
import { artifact, BROWSERS, launch } from './support.ts';

const PAGES = hostilePages();

describe.each(BROWSERS)('%s: hostile pages', (name) => {
  let folder: string;
  let shop: DemoServer;
  let browser: ExtensionBrowser;
  let options: Tab;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'needfit-hostile-'));
    for (const p of PAGES) writeFileSync(join(folder, p.file), p.html);
    shop = await serveFolder(folder);
    browser = await launch(name);
    options = await enterNeeds(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it.each(PAGES.map((p) => [p.file, p.about]))('reports %s (%s) without breaking', async (file) => {
    const tab = await browser.newTab();
    await tab.goto(shop.url(file));
    const stored = await waitForStoredTab(options, shop.url(file), 30_000);
    expect(stored.tabId).toBeGreaterThan(0);
    // The page's own script context is untouched: no pollution, no injected markup ran.
    const pageState = await tab.evaluate(() => ({
      polluted: ({} as Record<string, unknown>).polluted ?? null,
      pwned: (window as unknown as { __needfitPwned?: number }).__needfitPwned ?? null,
    }));
    expect(pageState).toEqual({ polluted: null, pwned: null });
    // The tab stays open: closing it makes the worker forget its report, which later tests read.
  });

  it('marks the 100,000-node page as partial instead of walking it all', async () => {
    const stored = await storedTabFor(options, shop.url('many-nodes.html'));
    expect(stored).not.toBeNull();
    expect(stored?.partial).toBe(true);
  });

  it('shows markup in a product name as plain text in the popup', async () => {
    const stored = await storedTabFor(options, shop.url('xss-name.html'));
    expect(stored?.productName).toContain('<img');
    const { popup, reading } = await openPopup(browser, stored!.tabId);
    await popup.screenshot(artifact(`popup-${name}-hostile-name.png`));
    expect(reading.text).toContain(XSS_NAME.slice(0, 20));
    const inPopup = await popup.evaluate(() => ({
      images: document.querySelectorAll('main img').length,
      scripts: document.querySelectorAll('main script').length,
      pwned: (window as unknown as { __needfitPwned?: number }).__needfitPwned ?? null,
    }));
    expect(inPopup).toEqual({ images: 0, scripts: 0, pwned: null });
  });
});
