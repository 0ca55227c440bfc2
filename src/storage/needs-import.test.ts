/** Needs profiles through IndexedDB and the worker: saved, imported in one transaction, read back. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openStore } from './store.ts';
import { route } from '../background/router.ts';
import type { WorkerDeps } from '../background/handlers.ts';
import { readNeedsFile } from '../core/needs-file.ts';
import { readFileSync } from 'node:fs';
import { profile } from '../../test/unit/support/fixtures.ts';

const example = readNeedsFile(readFileSync(new URL('../../test/needs/olohuoneen-tv.json', import.meta.url), 'utf8'));
const profiles = example.ok ? example.file.profiles : [];
const identity = { id: 'needfit-id', origin: 'chrome-extension://needfit-id/' };
const page = { id: 'needfit-id', url: 'chrome-extension://needfit-id/src/options/index.html' };

let n = 0;
async function setup() {
  const name = `needs-import-${++n}`;
  const store = await openStore(name);
  const deps: WorkerDeps = {
    store: async () => store,
    now: () => 2_000,
    injectContentScript: async () => undefined,
    showBadge: async () => undefined,
    registerShops: async (o) => o,
    unregisterShop: async () => [],
    listShops: async () => [],
    askTab: async () => null,
  };
  return { name, store, deps };
}

describe('needs profiles in IndexedDB', () => {
  it('round-trip with every requirement intact, across closing and reopening', async () => {
    const { name, store } = await setup();
    expect(profiles).toHaveLength(2);
    for (const p of profiles) await store.saveProfile(p);
    store.close();
    const again = await openStore(name);
    expect(await again.listProfiles()).toEqual(profiles);
    again.close();
  });

  it('imports a previewed file through the worker in one go', async () => {
    const { store, deps } = await setup();
    await store.saveProfile(profile({ id: 'mine', name: 'Oma' }));
    const reply = await route(deps, identity, { type: 'needs/import', payload: { profiles } }, page);
    expect(reply).toEqual({ ok: true, value: { written: 2 } });
    const listed = await store.listProfiles();
    expect(listed.map((p) => p.id).sort()).toEqual(['mine', 'p-koulun-lappari', 'p-olohuone-tv']);
    expect(listed.find((p) => p.id === 'p-olohuone-tv')?.requirements).toHaveLength(4);
    store.close();
  });

  it('writes nothing when the import would pass the limit, and refuses a bad profile before storage', async () => {
    const { store, deps } = await setup();
    for (let i = 0; i < 49; i++) await store.saveProfile(profile({ id: `s${i}`, name: `S${i}` }));
    const over = await route(deps, identity, { type: 'needs/import', payload: { profiles } }, page);
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error.message).toMatch(/Nothing was changed/);
    expect(await store.listProfiles()).toHaveLength(49);
    const bad = await route(deps, identity, { type: 'needs/import', payload: { profiles: [{ ...profiles[0], category: 'TV!' }] } }, page);
    expect(bad.ok).toBe(false);
    expect(await store.listProfiles()).toHaveLength(49);
    store.close();
  });

  it('refuses an import from a content script', async () => {
    const { store, deps } = await setup();
    const shop = { id: 'needfit-id', url: 'https://shop.example/tv', tab: { id: 3 } };
    expect((await route(deps, identity, { type: 'needs/import', payload: { profiles } }, shop)).ok).toBe(false);
    expect(await store.listProfiles()).toHaveLength(0);
    store.close();
  });
});
