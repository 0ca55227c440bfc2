/**
 * The demo story as steps on a real browser: enter needs on the options page, visit a shop
 * page, open the popup for that tab. `npm start` and the real-browser tests both use it.
 */
import type { ExtensionBrowser, Tab } from './browsers/types.ts';

export const OPTIONS_PAGE = 'src/options/index.html';
export const POPUP_PAGE = 'src/popup/index.html';

export interface DemoNeeds {
  name: string;
  category: string;
  budget: string;
  currency?: string;
}

export const DEMO_NEEDS: DemoNeeds = { name: 'Olohuoneen TV', category: 'tv', budget: '900' };

export async function enterNeeds(browser: ExtensionBrowser, needs: DemoNeeds = DEMO_NEEDS): Promise<Tab> {
  const options = await browser.openExtensionPage(OPTIONS_PAGE, '[data-action="new-profile"]');
  await options.click('[data-action="new-profile"]');
  await options.waitFor('#profile-name');
  await options.fill('#profile-name', needs.name);
  await options.select('#profile-category', needs.category);
  await options.fill('#profile-budget', needs.budget);
  await options.click('form.editor button[type="submit"]');
  await options.waitFor('.profiles .profile-name');
  return options;
}

export interface StoredTab {
  tabId: number;
  url: string;
  kind: string;
  productName: string | null;
  items: number;
  partial: boolean;
  /** A product page's shelves not read yet: the worker asks the tab when the popup opens. */
  shelvesPending: boolean;
}

/**
 * Reads the worker's record of a tab from IndexedDB, from an extension page (same origin
 * as the worker). Never creates the database: an upgrade here would be aborted.
 */
export async function storedTabFor(extensionPage: Tab, pageUrl: string): Promise<StoredTab | null> {
  return extensionPage.evaluateWith(async (url: string) => {
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      const request = indexedDB.open('needfit');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
    });
    if (!db || !db.objectStoreNames.contains('tabs')) return null;
    type Row = {
      tabId: number;
      analysis: { url: string; kind: string; partial: boolean; shelvesPending?: boolean; items: unknown[]; product: { name: string | null } | null };
    };
    const all = await new Promise<Row[]>((resolve, reject) => {
      const request = db.transaction('tabs').objectStore('tabs').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const hit = all.find((t) => t.analysis.url === url);
    if (!hit) return null;
    const { analysis } = hit;
    return {
      tabId: hit.tabId,
      url,
      kind: analysis.kind,
      productName: analysis.product?.name ?? null,
      items: analysis.items.length,
      partial: analysis.partial,
      shelvesPending: analysis.shelvesPending === true,
    };
  }, pageUrl);
}

export async function waitForStoredTab(extensionPage: Tab, pageUrl: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await storedTabFor(extensionPage, pageUrl);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`The extension did not report ${pageUrl} within ${timeoutMs} ms: is the content script running there?`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface PopupReading {
  verdict: string | null;
  promoted: string | null;
  headline: string;
  text: string;
}

export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<{ popup: Tab; reading: PopupReading }> {
  const popup = await browser.openExtensionPage(`${POPUP_PAGE}?tab=${tabId}`, 'main[aria-busy="false"]');
  const hasVerdict = await popup.evaluate(() => document.querySelector('[data-verdict]') !== null);
  const reading: PopupReading = {
    verdict: hasVerdict ? await popup.attribute('[data-verdict]', 'data-verdict') : null,
    promoted: hasVerdict ? await popup.attribute('[data-verdict]', 'data-promoted') : null,
    headline: hasVerdict ? (await popup.text('[data-verdict] .headline')).trim() : '',
    text: (await popup.text('main')).replace(/\s+/g, ' ').trim(),
  };
  return { popup, reading };
}
