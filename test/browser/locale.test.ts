/** The browser's language picks the UI language: Finnish in a Finnish Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type DemoServer } from '../../src/cli/demo-server.ts';
import { enterNeeds, openPopup, waitForStoredTab } from '../../src/cli/story.ts';
import type { ExtensionBrowser } from '../../src/cli/browsers/types.ts';
import { artifact, launch } from './support.ts';

describe('chromium in Finnish', () => {
  let shop: DemoServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    shop = await serveFolder();
    browser = await launch('chromium', 'fi-FI');
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('shows the options page and the verdict in Finnish', async () => {
    const options = await enterNeeds(browser);
    expect(await options.text('h1')).toBe('Needfit: tarpeeni');
    const tab = await browser.newTab();
    const url = shop.url('tv-visionex-50.html');
    await tab.goto(url);
    const stored = await waitForStoredTab(options, url);
    const { popup, reading } = await openPopup(browser, stored.tabId);
    await popup.screenshot(artifact('popup-chromium-fi.png'));
    expect(reading.verdict).toBe('misfit');
    // The headline is Finnish: it counts the missed must-haves in Finnish words.
    expect(reading.headline).toMatch(/ehdottom/);
    expect(reading.headline).not.toMatch(/must-have/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fi');
  });
});
