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

/** Counts records in one object store of the extension's database, from an extension page. */
export function countRecords(page: Tab, store: string): Promise<number> {
  return page.evaluateWith(async (name: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('needfit');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  }, store);
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
