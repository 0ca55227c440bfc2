/** The browser's language picks the UI language: Finnish in a Finnish Chromium, Swedish in a Swedish one. */
import { describe, expect, it } from 'vitest';
import { enterNeeds, openPopup, waitForStoredTab } from '../../src/cli/story.ts';
import { artifact, demoSession } from './support.ts';

describe('chromium in Finnish', () => {
  const demo = demoSession('chromium', 'fi-FI');

  it('shows the options page and the verdict in Finnish', async () => {
    const options = await enterNeeds(demo.browser);
    expect(await options.text('h1')).toBe('Needfit: tarpeeni');
    const tab = await demo.browser.newTab();
    const url = demo.shop.url('tv-visionex-50.html');
    await tab.goto(url);
    const stored = await waitForStoredTab(options, url);
    const { popup, reading } = await openPopup(demo.browser, stored.tabId);
    await popup.screenshot(artifact('popup-chromium-fi.png'));
    expect(reading.verdict).toBe('misfit');
    // The headline is Finnish: it counts the missed must-haves in Finnish words.
    expect(reading.headline).toMatch(/ehdottom/);
    expect(reading.headline).not.toMatch(/must-have/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fi');
  });
});

describe('chromium in Swedish', () => {
  const demo = demoSession('chromium', 'sv-FI');

  it('shows the options page and the verdict in Swedish', async () => {
    const options = await enterNeeds(demo.browser);
    expect(await options.text('h1')).toBe('Needfit: mina behov');
    const tab = await demo.browser.newTab();
    const url = demo.shop.url('tv-visionex-50.html');
    await tab.goto(url);
    const stored = await waitForStoredTab(options, url);
    const { popup, reading } = await openPopup(demo.browser, stored.tabId);
    await popup.screenshot(artifact('popup-chromium-sv.png'));
    expect(reading.verdict).toBe('misfit');
    expect(reading.headline).toMatch(/absoluta krav/);
    expect(reading.headline).not.toMatch(/must-have|ehdottom/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('sv');
  });
});
