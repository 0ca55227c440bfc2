/**
 * Trust in real browsers: the extension makes no network requests, a web page cannot reach
 * the worker, and stopping the worker mid-story loses nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type DemoServer } from '../../src/cli/demo-server.ts';
import { enterNeeds, openPopup, waitForStoredTab } from '../../src/cli/story.ts';
import { launchChromium, type ChromiumExtensionBrowser } from '../../src/cli/browsers/chromium.ts';
import type { ExtensionBrowser, RecordedRequest } from '../../src/cli/browsers/types.ts';
import { BROWSERS, builtDist, countRecords, demoSession } from './support.ts';

/** The demo pages and their stylesheet, which the test itself loads, are the only requests allowed. */
function ownRequests(browser: ExtensionBrowser, shop: DemoServer): RecordedRequest[] {
  const extensionOrigin = browser.extensionUrl('');
  return browser.requests.filter((r) => {
    // The extension's own files, and data:/blob: URLs, never leave the machine.
    if (r.url.startsWith(extensionOrigin) || /^(data|blob|about):/.test(r.url)) return false;
    const fromTest = r.url.startsWith(shop.origin) && ['document', 'stylesheet'].includes(r.resourceType);
    return !fromTest;
  });
}

describe.each(BROWSERS)('%s: no network', (name) => {
  const demo = demoSession(name);

  it('sees a request an extension page makes (the recorder works)', async () => {
    const page = await demo.browser.openExtensionPage('src/options/index.html', '[data-action="new-profile"]');
    const probe = demo.shop.url('shop.css?probe');
    await page.evaluateWith((url: string) => fetch(url).then((r) => r.status), probe);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(demo.browser.requests.some((r) => r.url === probe)).toBe(true);
    await page.close();
  });

  it('makes no request of its own through the whole story', async () => {
    demo.browser.requests.length = 0;
    const options = await enterNeeds(demo.browser);
    for (const file of ['tv-visionex-50.html', 'televisiot.html', 'tv-lumo-55.html']) {
      const tab = await demo.browser.newTab();
      await tab.goto(demo.shop.url(file));
      const stored = await waitForStoredTab(options, demo.shop.url(file));
      const { popup } = await openPopup(demo.browser, stored.tabId);
      await popup.close();
    }
    // Anything else, such as a fetch to any host from the popup, options or content script
    // (and in Chromium the worker), fails.
    expect(ownRequests(demo.browser, demo.shop)).toEqual([]);
    expect(demo.browser.requests.length).toBeGreaterThan(5);
  });
});

describe('chromium: the worker', () => {
  let shop: DemoServer;
  let browser: ChromiumExtensionBrowser;

  beforeAll(async () => {
    shop = await serveFolder();
    browser = await launchChromium(builtDist('chromium'));
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('is seen by the request recorder too', async () => {
    const workerProbe = shop.url('shop.css?worker-probe');
    await browser.inWorker((url: string) => fetch(url).then((r) => r.status), workerProbe);
    expect(browser.requests.some((r) => r.url === workerProbe)).toBe(true);
  });

  it('answers the popup after it was stopped, with nothing lost', async () => {
    const options = await enterNeeds(browser);
    const profilesBefore = await countRecords(options, 'profiles');
    const observationsBefore = await countRecords(options, 'observations');
    const tab = await browser.newTab();
    const url = shop.url('tv-kestrel-43.html');
    await tab.goto(url);
    const stored = await waitForStoredTab(options, url);
    await browser.stopServiceWorker();
    const { reading } = await openPopup(browser, stored.tabId);
    expect(reading.verdict).not.toBeNull();
    expect(reading.text).toContain('Kestrel K43-F');
    expect(await countRecords(options, 'profiles')).toBe(profilesBefore);
    expect(await countRecords(options, 'observations')).toBe(observationsBefore + 1);
  });
});

describe.each(BROWSERS)('%s: a web page cannot reach the worker', (name) => {
  const demo = demoSession(name);

  it('gets no answer when a page script messages the extension', async () => {
    const tab = await demo.browser.newTab();
    await tab.goto(demo.shop.url('tv-lumo-55.html'));
    const extensionId = new URL(demo.browser.extensionUrl('')).host;
    const outcome = await tab.evaluateWith(async (id: string) => {
      const g = globalThis as unknown as {
        browser?: unknown;
        chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } };
      };
      if (g.browser !== undefined) return 'page sees the browser API';
      const send = g.chrome?.runtime?.sendMessage;
      if (typeof send !== 'function') return 'no messaging API';
      try {
        const answer = await send(id, { type: 'needs/list', payload: {} });
        return answer === undefined ? 'no answer' : `answered: ${JSON.stringify(answer).slice(0, 80)}`;
      } catch (error) {
        return `refused: ${String(error).slice(0, 80)}`;
      }
    }, extensionId);
    expect(outcome).not.toMatch(/^answered|page sees/);
  });
});
