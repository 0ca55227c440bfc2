/** Real Chromium with the built extension loaded, driven by playwright-core. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { BrowserMissingError, browserPath, missingBrowserMessage, type ExtensionBrowser, type RecordedRequest, type Tab } from './types.ts';

/** A Playwright page as the drivers' common Tab. */
export function tabOf(page: Page): Tab {
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
    press: (selector, key) => page.press(selector, key),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    text: async (selector) => (await page.textContent(selector)) ?? '',
    attribute: (selector, name) => page.getAttribute(selector, name),
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: true });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

export interface ChromiumExtensionBrowser extends ExtensionBrowser {
  page(): Promise<Page>;
  /** Stops the extension's service worker, as Chromium does when it is idle; resolves once it is gone. */
  stopServiceWorker(): Promise<void>;
  /** Runs a function in the extension's running service worker. */
  inWorker<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
}

export async function launchChromium(
  dist: string,
  /** `profileDir` reuses a profile folder (a browser restart) and leaves it in place on close. */
  options: { headless?: boolean; locale?: string; profileDir?: string } = {},
): Promise<ChromiumExtensionBrowser> {
  const executablePath = browserPath('chromium');
  if (!existsSync(executablePath)) throw new BrowserMissingError(missingBrowserMessage('chromium', executablePath));
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'needfit-chromium-'));
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
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    let initiator: string;
    try {
      initiator = request.frame().url();
    } catch {
      // Requests of a service worker have no frame.
      initiator = request.serviceWorker()?.url() ?? '';
    }
    requests.push({ url: request.url(), resourceType: request.resourceType(), initiator });
  });
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  return {
    name: 'chromium',
    extensionUrl,
    newTab: async () => tabOf(await context.newPage()),
    openExtensionPage: async (path, readySelector) => {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      await page.waitForSelector(readySelector, { timeout: 15_000 });
      return tabOf(page);
    },
    page: () => context.newPage(),
    requests,
    stopServiceWorker: async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the service worker did not stop')), 10_000);
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          const ours = versions.filter((v) => v.scriptURL.startsWith(extensionUrl('')));
          if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    },
    inWorker: async (fn, arg) => {
      const current =
        context.serviceWorkers().find((w) => w.url().startsWith(extensionUrl(''))) ??
        (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      return current.evaluate(fn as never, arg) as never;
    },
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
