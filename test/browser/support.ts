/** Shared set-up for the real-browser tier: the built extension in real Chromium and Firefox. */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_SHOP_B_DIR, serveFolder, type DemoServer } from '../../src/cli/demo-server.ts';
import { distDir, ROOT } from '../../src/cli/build.ts';
import { launchChromium } from '../../src/cli/browsers/chromium.ts';
import { launchFirefox } from '../../src/cli/browsers/firefox.ts';
import type { BrowserName, ExtensionBrowser, Tab } from '../../src/cli/browsers/types.ts';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export function builtDist(name: BrowserName): string {
  const dist = distDir(name === 'chromium' ? 'chrome' : 'firefox', false);
  if (!existsSync(`${dist}/manifest.json`)) {
    throw new Error(`${dist} is missing: run "npm run build" first (npm test does it for you).`);
  }
  return dist;
}

export function launch(name: BrowserName, locale?: string): Promise<ExtensionBrowser> {
  const dist = builtDist(name);
  const options = locale ? { locale } : {};
  return name === 'chromium' ? launchChromium(dist, options) : launchFirefox(dist, options);
}

export function artifact(file: string): string {
  mkdirSync(`${ROOT}out`, { recursive: true });
  return `${ROOT}out/${file}`;
}

/**
 * Every record of one object store of the extension's database, read from an extension page.
 * Never creates the database: the worker's own upgrade must make it.
 */
export function readAll<T>(page: Tab, store: string): Promise<T[]> {
  return page.evaluateWith(async (name: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('needfit');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all;
  }, store) as Promise<T[]>;
}

/** Counts records in one object store of the extension's database, from an extension page. */
export async function countRecords(page: Tab, store: string): Promise<number> {
  return (await readAll(page, store)).length;
}

export interface DemoSession {
  shop: DemoServer;
  /** Kauppa B, the second demo shop, on another port. */
  shopB: DemoServer;
  browser: ExtensionBrowser;
}

/**
 * The two demo shops on 127.0.0.1 and one browser with the built extension, for the tests of a
 * describe block: started before them, closed after them.
 */
export function demoSession(name: BrowserName, locale?: string): DemoSession {
  const session = {} as DemoSession;
  beforeAll(async () => {
    session.shop = await serveFolder();
    session.shopB = await serveFolder(DEMO_SHOP_B_DIR);
    session.browser = await launch(name, locale);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.shop?.close();
    await session.shopB?.close();
  });
  return session;
}

/** How an extension page lays out at a zoom level: its CSS viewport, and what sticks out of it. */
export interface ZoomedLayout {
  /** The CSS viewport's width: the window's width divided by the zoom. */
  innerWidth: number;
  devicePixelRatio: number;
  /** How far the document scrolls sideways, in CSS pixels; 0 when it does not. */
  overflow: number;
  /** The document's height, in CSS pixels. */
  scrollHeight: number;
  /** Visible elements whose box reaches past the viewport's right edge (by more than half a pixel). */
  sticksOut: string[];
}

/** Sets the zoom of the tab showing this extension page, with the WebExtension tabs API, and waits until it is laid out at it. */
async function setZoom(page: Tab, factor: number): Promise<void> {
  await page.evaluateWith(async (zoom: number) => {
    type Tabs = { getCurrent(): Promise<{ id?: number } | undefined>; setZoom(id: number, zoom: number): Promise<void>; getZoom(id: number): Promise<number> };
    const scope = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
    const tabs = (scope.browser ?? scope.chrome)!.tabs;
    const current = await tabs.getCurrent();
    if (current?.id === undefined) throw new Error('this page is not in a tab of its own');
    const before = { dpr: devicePixelRatio, zoom: await tabs.getZoom(current.id) };
    await tabs.setZoom(current.id, zoom);
    // devicePixelRatio is the screen's times the zoom: wait for the new one, then a frame more.
    const wanted = (before.dpr / before.zoom) * zoom;
    for (let i = 0; i < 100 && Math.abs(devicePixelRatio - wanted) > 0.01; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, factor);
}

/**
 * Lays an extension page out at real browser zoom, as the shopper's Ctrl + does: its tab is
 * zoomed through tabs.setZoom in a window of `width` × `height` device-independent pixels, so
 * its CSS viewport is width ÷ factor, media queries see that width and 1 CSS px is `factor`
 * screen pixels. (A CSS `zoom` on the root would leave media queries at the full width, and
 * a device scale factor alone changes no layout.) The window is sized first, unzoomed:
 * Firefox never answers a resize of a zoomed page. Both browsers zoom per origin (Firefox
 * refuses a per-tab zoom), every page of the extension together, so the zoom is set back to
 * 100 % before this returns.
 */
export async function layoutAtZoom(
  page: Tab,
  width: number,
  height: number,
  factor: number,
  /** Runs while the page is zoomed, e.g. to take its picture. */
  whileZoomed?: () => Promise<void>,
): Promise<ZoomedLayout> {
  await setZoom(page, 1);
  await page.setViewport(width, height);
  await setZoom(page, factor);
  try {
    await whileZoomed?.();
    return await page.evaluate(() => {
      const root = document.documentElement;
      const sticksOut = [...document.body.querySelectorAll('*')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.right > root.clientWidth + 0.5 && getComputedStyle(el).visibility !== 'hidden';
        })
        .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} > ${root.clientWidth}): ${(el.textContent ?? '').trim().slice(0, 40)}`);
      return { innerWidth, devicePixelRatio, overflow: root.scrollWidth - root.clientWidth, scrollHeight: root.scrollHeight, sticksOut };
    });
  } finally {
    await setZoom(page, 1);
  }
}

/** The tallest a toolbar popup is shown in Chromium and Firefox; the rest scrolls. */
export const POPUP_MAX_HEIGHT = 600;

/**
 * The popup page's content height in CSS px, at its own width: the bottom of its main element
 * plus the body's margin. (The tab's viewport is taller than a popup's, so the document's
 * scrollHeight would report the viewport instead.)
 */
export function popupContentHeight(popup: Tab): Promise<number> {
  return popup.evaluate(() => {
    const main = document.querySelector('main')!.getBoundingClientRect();
    return Math.ceil(main.bottom + window.scrollY + parseFloat(getComputedStyle(document.body).marginBottom));
  });
}
