import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../storage/store.ts';
import type { Verdict } from '../core/verdict.ts';
import type { WorkerDeps } from './handlers.ts';
import { route } from './router.ts';
import { withShelves } from './shelves.ts';
import type { ReadShelvesRequest } from '../content/requests.ts';
import type { ListingItem } from '../contract/analysis.ts';
import type { TabReport } from '../messages.ts';
import { analysis, profile } from '../../test/unit/support/fixtures.ts';

const identity = { id: 'needfit-id', origin: 'chrome-extension://needfit-id/' };
const page = { id: 'needfit-id', url: 'chrome-extension://needfit-id/src/options/index.html' };
const shopTab = { id: 'needfit-id', url: 'https://www.example-shop.fi/tv/visionex', tab: { id: 12 } };

let n = 0;
/** What the fake tab answers a shelves request; reset before each test that uses it. */
let tabAnswer: (request: ReadShelvesRequest) => unknown = () => null;
async function setup() {
  const store: Store = await openStore(`router-${++n}`);
  const badges: { tabId: number; verdict: Verdict | null }[] = [];
  const injected: number[] = [];
  const asked: { tabId: number; request: ReadShelvesRequest }[] = [];
  const deps: WorkerDeps = {
    store: async () => store,
    now: () => 1_000,
    injectContentScript: async (tabId) => {
      injected.push(tabId);
    },
    showBadge: async (tabId, verdict) => {
      badges.push({ tabId, verdict });
    },
    registerShops: async (origins) => origins,
    unregisterShop: async () => [],
    listShops: async () => [],
    askTab: async (tabId, request) => {
      asked.push({ tabId, request });
      return tabAnswer(request);
    },
  };
  return { store, deps, badges, injected, asked };
}

describe('route', () => {
  it('stores a content report and badges the tab with the verdict', async () => {
    const { store, deps, badges } = await setup();
    await store.saveProfile(profile());
    const reply = await route(deps, identity, { type: 'content/page-analysed', payload: { analysis: analysis() } }, shopTab);
    expect(reply).toEqual({ ok: true, value: { stored: true } });
    expect(badges).toHaveLength(1);
    expect(badges[0]?.verdict?.fit).toBe('misfit'); // 949 EUR against a 900 EUR budget
    expect((await store.getTab(12))?.analysis.url).toBe(analysis().url);
  });

  it('answers the popup with the tab report and verdict rows with evidence', async () => {
    const { store, deps } = await setup();
    await store.saveProfile(profile({ budget: { max: 1000, currency: 'EUR' } }));
    await route(deps, identity, { type: 'content/page-analysed', payload: { analysis: analysis() } }, shopTab);
    const reply = await route(deps, identity, { type: 'page/get-tab-report', payload: { tabId: 12 } }, page);
    expect(reply.ok).toBe(true);
    if (reply.ok) {
      const report = reply.value as { verdict: Verdict };
      expect(report.verdict.fit).toBe('fits');
      expect(report.verdict.promoted).toBe(true);
      expect(report.verdict.rows[0]).toMatchObject({ id: 'budget', status: 'met', evidence: 'visible' });
    }
  });

  it('rejects a content script that tries to change needs, and writes nothing', async () => {
    const { store, deps } = await setup();
    const reply = await route(deps, identity, { type: 'needs/save', payload: { profile: profile() } }, shopTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await store.listProfiles()).toHaveLength(0);
  });

  it('rejects a malformed report with a message, and writes nothing', async () => {
    const { store, deps, badges } = await setup();
    const bad = { ...analysis(), kind: 'bogus' };
    const reply = await route(deps, identity, { type: 'content/page-analysed', payload: { analysis: bad } }, shopTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await store.getTab(12)).toBeUndefined();
    expect(badges).toHaveLength(0);
  });

  it('rejects messages from another extension', async () => {
    const { deps } = await setup();
    const reply = await route(deps, identity, { type: 'needs/list', payload: {} }, { ...page, id: 'someone-else' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('injects the content script when the popup asks to analyse a tab', async () => {
    const { deps, injected } = await setup();
    const reply = await route(deps, identity, { type: 'page/analyse-tab', payload: { tabId: 5 } }, page);
    expect(reply).toEqual({ ok: true, value: { injected: true } });
    expect(injected).toEqual([5]);
  });

  it('reports a storage failure as data the caller can show', async () => {
    const { deps } = await setup();
    const failing: WorkerDeps = { ...deps, store: async () => { throw new Error('database gone'); } };
    const reply = await route(failing, identity, { type: 'needs/list', payload: {} }, page);
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!reply.ok) expect(reply.error.message).toContain('database gone');
  });
});

describe('data messages', () => {
  it('exports, wipes and imports back exactly what was there', async () => {
    const { store, deps } = await setup();
    await store.saveProfile(profile());
    await route(deps, identity, { type: 'content/page-analysed', payload: { analysis: analysis() } }, shopTab);
    const exported = await route(deps, identity, { type: 'data/export', payload: {} }, page);
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const file = JSON.parse(JSON.stringify(exported.value));
    expect(file).toMatchObject({ format: 'needfit-data', version: 1 });
    expect(await route(deps, identity, { type: 'data/wipe', payload: { confirm: true } }, page)).toEqual({ ok: true, value: { wiped: true } });
    expect(await store.listProfiles()).toHaveLength(0);
    const imported = await route(deps, identity, { type: 'data/import', payload: { data: file } }, page);
    expect(imported).toEqual({ ok: true, value: { profiles: 1, observations: 1 } });
    const again = await route(deps, identity, { type: 'data/export', payload: {} }, page);
    expect(again.ok).toBe(true);
    if (again.ok) expect({ ...(again.value as object), exportedAt: 0 }).toEqual({ ...file, exportedAt: 0 });
  });

  it('refuses a file from elsewhere with a message naming the problem, and keeps the data', async () => {
    const { store, deps } = await setup();
    await store.saveProfile(profile());
    const reply = await route(deps, identity, { type: 'data/import', payload: { data: { format: 'other', version: 1 } } }, page);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toContain('not a Needfit data file');
    expect(await store.listProfiles()).toHaveLength(1);
  });

  it('will not wipe without an explicit confirmation, and never for a content script', async () => {
    const { store, deps } = await setup();
    await store.saveProfile(profile());
    expect((await route(deps, identity, { type: 'data/wipe', payload: {} }, page)).ok).toBe(false);
    expect((await route(deps, identity, { type: 'data/wipe', payload: { confirm: true } }, shopTab)).ok).toBe(false);
    expect(await store.listProfiles()).toHaveLength(1);
  });

  it('forgets observations older than the history setting', async () => {
    const { store, deps } = await setup();
    await store.saveSettings({ historyDays: 1, markPage: false });
    await store.db.add('observations', { at: 0, url: 'x', shop: 'old.fi', kind: 'product', productKey: null, name: 'old', brand: null, price: null, priorPrice: null, lowest30d: null, promotions: [], highlighted: [], identityKeys: [] });
    const later = { ...deps, now: () => 3 * 86_400_000 };
    await route(later, identity, { type: 'content/page-analysed', payload: { analysis: analysis() } }, shopTab);
    const shops = (await store.exportAll()).observations.map((o) => o.shop);
    expect(shops).toEqual(['example-shop.fi']);
  });
});

describe('shelves of a product page, read when the popup asks', () => {
  const shelfItem: ListingItem = {
    title: 'Lumo L55-Q9 55" 4K QLED 120 Hz',
    url: 'https://www.example-shop.fi/tv/lumo-55',
    price: { amount: 899, currency: 'EUR' },
    priorPrice: null,
    position: 1,
    specs: [],
    promotions: [{ type: 'sponsored', text: 'Sponsoroitu' }],
    sponsored: true,
    shelf: 'Asiakkaat katsoivat myös',
  };
  const pending = () => analysis({ shelvesPending: true });

  it('asks the tab once, stores the shelves with the analysis and reports them', async () => {
    const { store, deps, asked } = await setup();
    tabAnswer = (request) => ({ url: request.url, items: [shelfItem], highlighted: [{ index: 0, reasons: ['Sponsoroitu'] }] });
    await store.saveProfile(profile({ budget: { max: 1000, currency: 'EUR' } }));
    await route(deps, identity, { type: 'content/page-analysed', payload: { analysis: pending() } }, shopTab);
    expect(asked).toHaveLength(0); // not on arrival: only the popup shows them
    const reply = await route(deps, identity, { type: 'page/get-tab-report', payload: { tabId: 12 } }, page);
    expect(asked).toEqual([{ tabId: 12, request: { type: 'worker/read-shelves', url: analysis().url } }]);
    expect(reply.ok).toBe(true);
    const stored = (await store.getTab(12))?.analysis;
    expect(stored?.shelvesPending).toBeUndefined();
    expect(stored?.items.map((i) => i.title)).toEqual([shelfItem.title]);
    // The item's title was interpreted on receipt, as a reported listing's items are.
    expect(stored?.items[0]?.specs.map((s) => s.key)).toContain('screen_size');
    expect(stored?.highlighted).toEqual([{ index: -1, reasons: ['Kampanja'] }, { index: 0, reasons: ['Sponsoroitu'] }]);
    if (reply.ok) expect((reply.value as TabReport).analysis?.items).toHaveLength(1);
    await route(deps, identity, { type: 'page/get-tab-report', payload: { tabId: 12 } }, page);
    expect(asked).toHaveLength(1);
  });

  it('reports without shelves when the tab cannot answer, answers for another page, or answers nonsense', async () => {
    for (const answer of [
      () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      () => null,
      () => ({ url: 'https://www.example-shop.fi/tv/other', items: [shelfItem], highlighted: [] }),
      () => ({ url: analysis().url, items: [{ ...shelfItem, price: { amount: -1, currency: 'EUR' } }], highlighted: [] }),
    ]) {
      const { store, deps } = await setup();
      tabAnswer = answer;
      await route(deps, identity, { type: 'content/page-analysed', payload: { analysis: pending() } }, shopTab);
      const reply = await route(deps, identity, { type: 'page/get-tab-report', payload: { tabId: 12 } }, page);
      expect(reply.ok).toBe(true);
      const stored = (await store.getTab(12))?.analysis;
      expect(stored?.items).toEqual([]);
      expect(stored?.shelvesPending).toBe(true); // asked again next time
    }
  });

  it('drops highlights that point past the items and never overwrites a newer report', async () => {
    const { store, deps } = await setup();
    await route(deps, identity, { type: 'content/page-analysed', payload: { analysis: pending() } }, shopTab);
    const newer = analysis({ url: 'https://www.example-shop.fi/tv/next' });
    tabAnswer = (request) => {
      // The page reports its next address while the worker waits for the shelves.
      void store.recordPage(12, newer, 2_000);
      return { url: request.url, items: [shelfItem], highlighted: [{ index: 5, reasons: ['x'] }] };
    };
    await route(deps, identity, { type: 'page/get-tab-report', payload: { tabId: 12 } }, page);
    expect((await store.getTab(12))?.analysis.url).toBe(newer.url);
    const filled = withShelves(pending(), { items: [shelfItem], highlighted: [{ index: 5, reasons: ['x'] }] });
    expect(filled.highlighted).toEqual([{ index: -1, reasons: ['Kampanja'] }]);
  });
});
