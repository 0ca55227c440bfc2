/**
 * One small interface over Playwright (Chromium) and puppeteer-core over WebDriver BiDi
 * (Firefox ESR), so `npm start` and the real-browser tests tell one story in both.
 */
import { findBrowser, installAdvice } from './find.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface Tab {
  goto(url: string): Promise<void>;
  /** Runs a function in the page; for extension pages this has the full WebExtension API. */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  evaluateWith<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  fill(selector: string, text: string): Promise<void>;
  /** Focuses the element and presses one key ("Enter", "Escape") as a real keyboard would. */
  press(selector: string, key: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  text(selector: string): Promise<string>;
  attribute(selector: string, name: string): Promise<string | null>;
  screenshot(path: string): Promise<void>;
  /** Sizes the page's viewport in device-independent pixels (a popup window is at most 800 × 600). */
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** The page or worker that made it: its URL, or "" when the driver can't tell. */
  initiator: string;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /**
   * Requests seen by the driver, in order. Chromium: every page and service worker of the
   * context. Firefox: every tab opened through this interface (web pages with their content
   * scripts, and extension pages); the background page is not observable over BiDi.
   */
  requests: RecordedRequest[];
  /** moz-extension:// or chrome-extension:// URL of a file in the extension. */
  extensionUrl(path: string): string;
  newTab(): Promise<Tab>;
  /** Opens an extension page (popup, options) in a tab of its own. */
  openExtensionPage(path: string, readySelector: string): Promise<Tab>;
  close(): Promise<void>;
}

export class BrowserMissingError extends Error {}

/** The browser's binary: its environment variable's value, else the first usual install path found. */
export function browserPath(name: BrowserName): string {
  return findBrowser(name).path;
}

export function missingBrowserMessage(name: BrowserName, path: string): string {
  return `${name} was not found at ${path}. ${installAdvice(name)}`;
}
