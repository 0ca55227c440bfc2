/**
 * Accessibility of the popup and the options page in real Chromium: axe-core finds no
 * violations in light and dark mode, and nothing scrolls sideways at 200% zoom. Extension
 * pages' CSP refuses inline scripts, so axe's source is evaluated through the DevTools
 * protocol (Playwright's evaluate), which the page's CSP does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type DemoServer } from '../../src/cli/demo-server.ts';
import { launchChromium, type ChromiumExtensionBrowser } from '../../src/cli/browsers/chromium.ts';
import { OPTIONS_PAGE, POPUP_PAGE, waitForStoredTab } from '../../src/cli/story.ts';
import { artifact, builtDist } from './support.ts';
import { importNeeds } from './import-needs.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return {
      passes: result.passes.length,
      list: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })),
    };
  });
  // A run that checked nothing would pass vacuously: contrast, labels, landmarks and more must have been checked.
  expect(violations.passes).toBeGreaterThan(10);
  return violations.list.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Widest content beyond the viewport, in CSS pixels; 0 means no horizontal scrolling. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('chromium: accessibility', () => {
  let shop: DemoServer;
  let browser: ChromiumExtensionBrowser;
  let popupUrl = '';

  beforeAll(async () => {
    shop = await serveFolder();
    browser = await launchChromium(builtDist('chromium'));
    const options = await importNeeds(browser);
    for (const file of ['tv-lumo-55.html', 'televisiot.html']) {
      const tab = await browser.newTab();
      await tab.goto(shop.url(file));
      await waitForStoredTab(options, shop.url(file));
    }
    const { tabId } = await waitForStoredTab(options, shop.url('televisiot.html'));
    popupUrl = browser.extensionUrl(`${POPUP_PAGE}?tab=${tabId}`);
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the popup on the listing has no axe violations in ${scheme} mode`, async () => {
      const page = await browser.page();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 400, height: 900 });
      await page.goto(popupUrl);
      await page.waitForSelector('main[aria-busy="false"] [data-verdict]');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(31, 32, 35)' : 'rgb(255, 255, 255)');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: artifact(`a11y-popup-${scheme}.png`), fullPage: true });
      await page.close();
    });

    it(`the options page has no axe violations in ${scheme} mode`, async () => {
      const page = await browser.page();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(browser.extensionUrl(OPTIONS_PAGE));
      await page.waitForSelector('.profiles .profile-name');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('the popup and the options page need no sideways scrolling at 200% zoom', async () => {
    // 200% zoom halves the CSS viewport: an 800 px popup window and a 1280 px tab.
    const page = await browser.page();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(popupUrl);
    await page.waitForSelector('main[aria-busy="false"] [data-verdict]');
    // The widest part: the side-by-side table of the pushed TV and the best fit.
    expect(await page.locator('.comparison table thead th').count()).toBe(3);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 600 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifact('a11y-popup-320px.png'), fullPage: true });
    await page.setViewportSize({ width: 640, height: 600 });
    await page.goto(browser.extensionUrl(OPTIONS_PAGE));
    await page.waitForSelector('.profiles .profile-name');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
