/** Real Firefox ESR with the built extension installed, driven by puppeteer-core over WebDriver BiDi. */
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import puppeteer, { type HTTPRequest, type Page } from 'puppeteer-core';
import { BrowserMissingError, browserPath, missingBrowserMessage, type ExtensionBrowser, type RecordedRequest, type Tab } from './types.ts';

export const GECKO_ID = 'needfit@needfit.invalid';

function wrap(page: Page): Tab {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn) => page.evaluate(fn) as never,
    evaluateWith: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (selector, timeoutMs = 15_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    click: (selector) => page.click(selector),
    press: async (selector, key) => {
      await page.focus(selector);
      await page.keyboard.press(key as Parameters<typeof page.keyboard.press>[0]);
    },
    fill: async (selector, text) => {
      await page.$eval(selector, (el) => {
        (el as HTMLInputElement).value = '';
      });
      await page.type(selector, text);
    },
    select: async (selector, value) => {
      await page.select(selector, value);
    },
    text: (selector) => page.$eval(selector, (el) => el.textContent ?? ''),
    attribute: (selector, name) => page.$eval(selector, (el, n) => el.getAttribute(n), name),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}

/** BiDi gives no resource type: a navigation is a document, a .css path a stylesheet, the rest "other". */
function kindOf(request: HTTPRequest): string {
  if (request.isNavigationRequest()) return 'document';
  try {
    return new URL(request.url()).pathname.endsWith('.css') ? 'stylesheet' : 'other';
  } catch {
    return 'other';
  }
}

/** Firefox preferences by name, as set at launch. */
export type FirefoxPrefs = Readonly<Record<string, string | number | boolean>>;

/**
 * Prefs that send every request to a closed port on this machine, except those to 127.0.0.1,
 * which Firefox never proxies: a saved real page's CDN requests then fail at once instead of
 * waiting on a network the machine does not have, and the page finishes loading.
 */
export const LOOPBACK_ONLY_PREFS: FirefoxPrefs = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.dns.disablePrefetch': true,
};

export async function launchFirefox(
  dist: string,
  options: { headless?: boolean; locale?: string; prefs?: FirefoxPrefs } = {},
): Promise<ExtensionBrowser> {
  const executablePath = browserPath('firefox');
  if (!existsSync(executablePath)) throw new BrowserMissingError(missingBrowserMessage('firefox', executablePath));
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': options.locale ?? 'en-US',
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(dist);
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  const requests: RecordedRequest[] = [];
  const recorded = async (): Promise<Page> => {
    const page = await browser.newPage();
    page.on('request', (request) => {
      requests.push({ url: request.url(), resourceType: kindOf(request), initiator: request.frame()?.url() ?? '' });
    });
    return page;
  };
  /** An error with the chain of errors that caused it: puppeteer wraps the protocol's own. */
  const withCauses = (error: unknown): string => {
    let text = '';
    for (let at: unknown = error, depth = 0; at && depth < 5; at = (at as { cause?: unknown }).cause, depth++) text += ` ${String(at)}`;
    return text;
  };
  return {
    name: 'firefox',
    requests,
    extensionUrl,
    newTab: async () => wrap(await recorded()),
    openExtensionPage: async (path, readySelector) => {
      const page = await recorded();
      // Navigating to an extension page never resolves over BiDi: start it and wait for content.
      void page.goto(extensionUrl(path)).catch(() => undefined);
      // While that navigation replaces the blank page, Firefox's remote agent can fail an
      // evaluation of the wait outright ("right-hand side of 'in' should be an object, got
      // null", seen once in CI): such a failure is retried until the deadline.
      const deadline = Date.now() + 20_000;
      for (;;) {
        try {
          await page.waitForSelector(readySelector, { timeout: Math.max(1, deadline - Date.now()) });
          return wrap(page);
        } catch (error) {
          if (!withCauses(error).includes('Protocol error') || Date.now() >= deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    close: () => browser.close(),
  };
}
