import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../storage/store.ts';
import type { Verdict } from '../core/verdict.ts';
import type { WorkerDeps } from './handlers.ts';
import { route } from './router.ts';
import { analysis, profile } from '../../test/unit/support/fixtures.ts';

const identity = { id: 'needfit-id', origin: 'chrome-extension://needfit-id/' };
const page = { id: 'needfit-id', url: 'chrome-extension://needfit-id/src/options/index.html' };
const shopTab = { id: 'needfit-id', url: 'https://www.example-shop.fi/tv/visionex', tab: { id: 12 } };

let n = 0;
async function setup() {
  const store: Store = await openStore(`router-${++n}`);
  const badges: { tabId: number; verdict: Verdict | null }[] = [];
  const injected: number[] = [];
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
  };
  return { store, deps, badges, injected };
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
    await store.db.add('observations', { at: 0, url: 'x', shop: 'old.fi', kind: 'product', productKey: null, name: 'old', brand: null, price: null, priorPrice: null, lowest30d: null, promotions: [], highlighted: [] });
    const later = { ...deps, now: () => 3 * 86_400_000 };
    await route(later, identity, { type: 'content/page-analysed', payload: { analysis: analysis() } }, shopTab);
    const shops = (await store.exportAll()).observations.map((o) => o.shop);
    expect(shops).toEqual(['example-shop.fi']);
  });
});
