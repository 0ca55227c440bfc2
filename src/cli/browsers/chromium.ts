/** Real Chromium with the built extension loaded, driven by playwright-core. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { BrowserMissingError, browserPath, missingBrowserMessage, type ExtensionBrowser, type Tab } from './types.ts';

function wrap(page: Page): Tab {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn) => page.evaluate(fn),
    evaluateWith: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (selector, timeoutMs = 15_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.fill(selector, text),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    text: async (selector) => (await page.textContent(selector)) ?? '',
    attribute: (selector, name) => page.getAttribute(selector, name),
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: true });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(dist: string, options: { headless?: boolean; locale?: string } = {}): Promise<ExtensionBrowser & { page(): Promise<Page> }> {
  const executablePath = browserPath('chromium');
  if (!existsSync(executablePath)) throw new BrowserMissingError(missingBrowserMessage('chromium', executablePath));
  const profile = mkdtempSync(join(tmpdir(), 'needfit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    // Chromium on Linux takes its UI language, and so browser.i18n's, from LANGUAGE.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'en-US').replace('-', '_') },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  return {
    name: 'chromium',
    extensionUrl,
    newTab: async () => wrap(await context.newPage()),
    openExtensionPage: async (path, readySelector) => {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      await page.waitForSelector(readySelector, { timeout: 15_000 });
      return wrap(page);
    },
    page: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
