/** Real Firefox ESR with the built extension installed, driven by puppeteer-core over WebDriver BiDi. */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
    setViewport: (width, height) => page.setViewport({ width, height }),
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

/**
 * Prefs that start Firefox in `locale`'s language, so that `browser.i18n` and the extension's
 * `_locales` follow it, as in a Finnish or Swedish Firefox. Firefox's own UI language is its
 * app locale: `intl.locale.requested` asks for one, and Firefox negotiates it against the
 * locales it has (sv-FI gets sv-SE). A single-locale build such as Debian's has only en-US
 * built in; the others come as language packs (Debian's firefox-esr-l10n-fi and
 * firefox-esr-l10n-sv-se put them in the install's browser/extensions). Those are add-ons of
 * the application scope (4), which a fresh profile neither loads nor enables unless the
 * scope is enabled and not auto-disabled, so both are said here rather than left to
 * puppeteer's defaults (which happen to agree today). Tried on Firefox ESR 153: with the
 * scope left out or auto-disabled, a fresh profile asked for fi stays in English.
 */
export function localePrefs(locale: string): FirefoxPrefs {
  return {
    'intl.locale.requested': locale,
    // AddonManager.SCOPE_PROFILE (1) + SCOPE_APPLICATION (4): the app's language packs load...
    'extensions.enabledScopes': 5,
    // ...and are enabled without asking, like the built extension itself.
    'extensions.autoDisableScopes': 0,
  };
}

/** Debian's package of a language pack: firefox-esr-l10n-fi, firefox-esr-l10n-sv-se. */
export function debianLangpackPackage(language: string): string {
  return `firefox-esr-l10n-${language === 'sv' ? 'sv-se' : language}`;
}

/**
 * Debian's Firefox (a single-locale build under /usr/lib) without the language pack that
 * `locale` needs would quietly run in English: says what to install instead. Other builds
 * may be localised themselves or keep packs in the profile, so they are not checked.
 */
export function missingLangpack(executablePath: string, locale: string): string | null {
  const language = (locale.split('-')[0] ?? '').toLowerCase();
  if (language === 'en' || language === '') return null;
  let install: string;
  try {
    install = dirname(realpathSync(executablePath));
  } catch {
    return null;
  }
  if (!install.startsWith('/usr/lib/firefox')) return null;
  const dir = join(install, 'browser', 'extensions');
  const packs = existsSync(dir) ? readdirSync(dir) : [];
  if (packs.some((file) => file.toLowerCase().startsWith(`langpack-${language}`))) return null;
  return `Firefox at ${executablePath} has no ${language} language pack, so it would show English. Install it with: sudo apt-get install -y ${debianLangpackPackage(language)} (as .ci/run does).`;
}

export async function launchFirefox(
  dist: string,
  options: { headless?: boolean; locale?: string; prefs?: FirefoxPrefs } = {},
): Promise<ExtensionBrowser> {
  const executablePath = browserPath('firefox');
  if (!existsSync(executablePath)) throw new BrowserMissingError(missingBrowserMessage('firefox', executablePath));
  const locale = options.locale ?? 'en-US';
  const noLangpack = missingLangpack(executablePath, locale);
  if (noLangpack) throw new Error(noLangpack);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      ...localePrefs(locale),
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
