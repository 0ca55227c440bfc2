import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, DB_VERSION, productKeyOf } from './schema.ts';
import { openStore, storageError, type Store } from './store.ts';
import { analysis, profile } from '../../test/unit/support/fixtures.ts';

let counter = 0;
const freshName = () => `needfit-test-${++counter}`;
const open: Store[] = [];
async function store(name = freshName()) {
  const s = await openStore(name);
  open.push(s);
  return s;
}
afterEach(() => {
  while (open.length) open.pop()?.close();
});

describe('Store', () => {
  it('saves, lists, updates and deletes needs profiles', async () => {
    const s = await store();
    await s.saveProfile(profile());
    await s.saveProfile(profile({ id: 'p-2', name: 'Koulun läppäri', category: 'laptop', createdAt: 1_800_000_000_000 }));
    expect((await s.listProfiles()).map((p) => p.name)).toEqual(['Olohuoneen TV', 'Koulun läppäri']);
    await s.saveProfile(profile({ name: 'Makuuhuoneen TV' }));
    expect((await s.getProfile('p-test-1'))?.name).toBe('Makuuhuoneen TV');
    expect(await s.deleteProfile('p-test-1')).toBe(true);
    expect(await s.deleteProfile('p-test-1')).toBe(false);
    expect((await s.listProfiles()).map((p) => p.id)).toEqual(['p-2']);
  });

  it('records a product page as tab state and as an observation with a product key', async () => {
    const s = await store();
    expect(await s.recordPage(7, analysis(), 1000)).toBe(true);
    expect((await s.getTab(7))?.analysis.product?.name).toContain('Visionex');
    const seen = await s.observationsOfProduct('gtin:6430012345679');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ shop: 'example-shop.fi', price: { amount: 949 }, promotions: ['Kampanja'] });
  });

  it('keeps the tab state but no observation for a page with nothing to remember', async () => {
    const s = await store();
    const other = analysis({ kind: 'other', product: null, highlighted: [] });
    expect(await s.recordPage(3, other, 5)).toBe(false);
    expect(await s.getTab(3)).toBeDefined();
    expect(await s.observationsOfShop('example-shop.fi')).toHaveLength(0);
  });

  it('survives being closed and opened again, as when the worker is stopped', async () => {
    const name = freshName();
    const first = await openStore(name);
    await first.saveProfile(profile());
    await first.recordPage(9, analysis(), 10);
    first.close();
    const second = await store(name);
    expect(await second.listProfiles()).toHaveLength(1);
    expect((await second.getTab(9))?.at).toBe(10);
  });

  it('prunes observations older than a cut-off and nothing newer', async () => {
    const s = await store();
    for (const at of [100, 200, 300]) await s.recordPage(1, analysis(), at);
    expect(await s.pruneObservations(250)).toBe(2);
    expect((await s.observationsOfShop('example-shop.fi')).map((o) => o.at)).toEqual([300]);
  });

  it('exports everything and wipes everything', async () => {
    const s = await store();
    await s.saveProfile(profile());
    await s.recordPage(1, analysis(), 1);
    await s.saveSettings({ historyDays: 30, markPage: true });
    const data = await s.exportAll();
    expect(data.profiles).toHaveLength(1);
    expect(data.observations).toHaveLength(1);
    expect(data.settings).toEqual({ historyDays: 30, markPage: true });
    await s.wipe();
    const after = await s.exportAll();
    expect(after.profiles).toHaveLength(0);
    expect(after.observations).toHaveLength(0);
    expect(after.settings.historyDays).toBe(90);
    expect(await s.getTab(1)).toBeUndefined();
  });
});

describe('migrations', () => {
  it('has one numbered step per schema version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('takes a version-1 database with data to the current version without losing a record', async () => {
    const name = freshName();
    // A database as version 1 of Needfit left it: built by migration 1 alone.
    const v1 = await openStore(name, MIGRATIONS.slice(0, 1));
    await v1.saveProfile(profile());
    const legacy = [
      { at: 1, url: 'https://a.fi/tv', shop: 'a.fi', kind: 'product', name: 'Lumo L55', brand: 'Lumo', price: { amount: 849, currency: 'EUR' }, priorPrice: null, lowest30d: null, promotions: [], highlighted: [] },
      { at: 2, url: 'https://b.fi/x', shop: 'b.fi', kind: 'listing', name: null, brand: null, price: null, priorPrice: null, lowest30d: null, promotions: [], highlighted: [{ title: 'TV', price: null, reasons: ['Sponsored'] }] },
    ];
    for (const record of legacy) await v1.db.add('observations', record as never);
    await v1.saveSettings({ historyDays: 14, markPage: false });
    v1.close();

    const current = await store(name);
    expect(current.db.version).toBe(DB_VERSION);
    expect(await current.listProfiles()).toEqual([profile()]);
    const observations = (await current.exportAll()).observations;
    expect(observations).toHaveLength(2);
    expect(observations.map((o) => o.productKey)).toEqual(['name:lumo lumo l55', null]);
    expect(await current.observationsOfProduct('name:lumo lumo l55')).toHaveLength(1);
    expect((await current.getSettings()).historyDays).toBe(14);
    expect(current.db.objectStoreNames.contains('tabs')).toBe(true);
    expect(current.db.objectStoreNames.contains('items')).toBe(true);
    // Version 4: filed by identity from what they kept: the name's model code, the pushed title's none.
    expect(observations.map((o) => o.identityKeys)).toEqual([[], []]);
  });

  it('takes a version-2 database to the current version, keeping its tabs and observations', async () => {
    const name = freshName();
    const v2 = await openStore(name, MIGRATIONS.slice(0, 2));
    await v2.saveProfile(profile());
    await v2.db.put('tabs', { tabId: 4, at: 5, analysis: { url: 'https://a.fi/tv', kind: 'other', product: null, items: [], highlighted: [], partial: false } } as never);
    await v2.db.add('observations', { at: 5, url: 'https://a.fi/tv', shop: 'a.fi', kind: 'product', productKey: 'sku:1', name: 'Lumo', brand: null, price: null, priorPrice: null, lowest30d: null, promotions: [], highlighted: [] } as never);
    v2.close();
    const current = await store(name);
    expect(current.db.version).toBe(DB_VERSION);
    expect((await current.getTab(4))?.at).toBe(5);
    expect(await current.observationsOfProduct('sku:1')).toHaveLength(1);
    expect(await current.db.count('items')).toBe(0);
  });

  it('takes a version-3 database to version 4, filing old observations by their GTIN, model codes and pushed items', async () => {
    const name = freshName();
    const v3 = await openStore(name, MIGRATIONS.slice(0, 3));
    const old = { url: 'https://a.fi/tv', shop: 'a.fi', brand: null, price: null, priorPrice: null, lowest30d: null, promotions: [] };
    // A UPC-12 with its leading zero dropped by the product key, as version 2 wrote it.
    await v3.db.add('observations', { ...old, at: 1, kind: 'product', productKey: 'gtin:885909950805', name: 'Apple iPhone', highlighted: [] } as never);
    await v3.db.add('observations', { ...old, at: 2, kind: 'product', productKey: 'name:tcl 65c8k', name: 'TCL 65C8K 65" QLED', brand: 'TCL', highlighted: [] } as never);
    await v3.db.add('observations', { ...old, at: 3, kind: 'listing', productKey: null, name: null, highlighted: [{ title: 'Epson EH-TW7400 projektori', price: null, reasons: ['Suosittelemme'] }] } as never);
    await v3.db.put('items', { key: 'k', at: 3, shop: 'a.fi', title: 'x', url: null, brand: null, category: [], price: null, availability: null, specs: [], from: 'card' } as never);
    v3.close();
    const current = await store(name);
    expect(current.db.version).toBe(4);
    const keys = (await current.exportAll()).observations.map((o) => o.identityKeys);
    expect(keys).toEqual([['gtin:00885909950805'], ['model:65c8k'], ['model:ehtw7400']]);
    expect((await current.observationsOfIdentity(['model:65c8k'])).map((o) => o.at)).toEqual([2]);
    expect((await current.observationsOfIdentity(['gtin:00885909950805', 'model:ehtw7400'])).map((o) => o.at)).toEqual([3, 1]);
    expect(await current.db.count('items')).toBe(1);
  });

  it('rolls a failing migration back whole, leaving the old version and its data', async () => {
    const name = freshName();
    const v1 = await openStore(name, MIGRATIONS.slice(0, 1));
    await v1.saveProfile(profile());
    v1.close();
    const broken = [...MIGRATIONS, () => { throw new Error('boom'); }];
    await expect(openStore(name, broken)).rejects.toThrow(/boom/);
    const db = await openDB(name);
    expect(db.version).toBe(1);
    expect(await db.count('profiles')).toBe(1);
    db.close();
  });
});

describe('seen elsewhere: the identity index', () => {
  it('files a product page under its GTIN, part number and model code, and finds it from another shop in one query', async () => {
    const s = await store();
    const tv = analysis({
      url: 'https://www.power.fi/tv/tcl-65c8k',
      product: { ...analysis().product!, name: 'TCL 65C8K 65" 4K QLED', brand: 'TCL', gtin: '5901292520465', mpn: '65C8K',
        specs: [{ key: null, value: '65C8K', unit: null, label: 'Malli', raw: '65C8K' }] },
    });
    await s.recordPage(1, tv, 100);
    await s.recordPage(2, analysis(), 200);
    const [stored] = await s.observationsOfShop('power.fi');
    expect(stored).toMatchObject({ gtin: '5901292520465', mpn: '65C8K', modelRows: [{ name: 'Malli', value: '65C8K' }] });
    expect(stored!.identityKeys).toEqual(['gtin:05901292520465', 'mpn:65c8k', 'model:65c8k']);
    // Another shop names the model "65-C8K" and prints no GTIN: the code still finds it.
    expect((await s.observationsOfIdentity(['model:65c8k'])).map((o) => o.shop)).toEqual(['power.fi']);
    expect(await s.observationsOfIdentity(['model:55c8k'])).toEqual([]);
  });

  it('reads the newest observations of a key first, each once, and at most the limit per key', async () => {
    const s = await store();
    for (let at = 1; at <= 30; at++) await s.recordPage(at, analysis(), at);
    const found = await s.observationsOfIdentity(['model:v50uq7', 'model:v50uq7'], 10);
    expect(found.map((o) => o.at)).toEqual([30, 29, 28, 27, 26, 25, 24, 23, 22, 21]);
  });

  it('keys an import again, so a file from before identity keys is found too', async () => {
    const s = await store();
    await s.recordPage(1, analysis(), 1);
    const data = await s.exportAll();
    const old = { ...data, observations: data.observations.map(({ identityKeys: _drop, ...o }) => o) };
    await s.replaceAll(old);
    expect(await s.observationsOfIdentity(['model:v50uq7'])).toHaveLength(1);
  });
});

describe('errors', () => {
  it('turns a full disk into a message for the shopper', () => {
    const error = storageError(new DOMException('quota', 'QuotaExceededError'));
    expect(error.code).toBe('quota');
    expect(error.message).toMatch(/disk is full/);
  });

  it('keys products by gtin, then sku, then name', () => {
    expect(productKeyOf({ name: 'X', gtin: '06430012345679', sku: 'S' })).toBe('gtin:6430012345679');
    expect(productKeyOf({ name: 'X', sku: ' AB-1 ' })).toBe('sku:ab-1');
    expect(productKeyOf({ name: ' Big  TV ', brand: 'Lumo' })).toBe('name:lumo big tv');
    expect(productKeyOf({ name: null })).toBeNull();
  });
});

describe('export, wipe, import', () => {
  it('restores exactly what was there', async () => {
    const s = await store();
    await s.saveProfile(profile());
    await s.saveProfile(profile({ id: 'p-2', name: 'Koulun läppäri', category: 'laptop', createdAt: 2 }));
    for (const at of [10, 20, 30]) await s.recordPage(at, analysis(), at);
    await s.saveSettings({ historyDays: 7, markPage: true });
    const before = await s.exportAll();
    const copy = structuredClone(before);
    await s.wipe();
    expect((await s.exportAll()).profiles).toHaveLength(0);
    await s.replaceAll(copy);
    expect(await s.exportAll()).toEqual(before);
  });
});

describe('a full disk', () => {
  it('writes neither the tab nor the observation when one of them does not fit, and says why', async () => {
    const s = await store();
    await s.recordPage(1, analysis(), 1);
    const before = await s.exportAll();
    const proto = Object.getPrototypeOf(s.db.transaction('observations').store) as { add: (...a: unknown[]) => unknown };
    const original = proto.add;
    // Simulates the disk filling up on the second write of the transaction.
    proto.add = function (this: unknown, ...args: unknown[]) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      await expect(s.recordPage(2, analysis({ url: 'https://www.example-shop.fi/tv/other' }), 2)).rejects.toMatchObject({ code: 'quota' });
    } finally {
      proto.add = original;
    }
    expect(await s.exportAll()).toEqual(before);
    expect(await s.getTab(2)).toBeUndefined();
  });

  it('leaves the data as it was when an import fails half-way', async () => {
    const s = await store();
    await s.saveProfile(profile());
    const before = await s.exportAll();
    const incoming = { ...before, profiles: [profile({ id: 'p-new', name: 'Uusi' })], observations: [{ at: 1, cannotBeStored: () => 1 } as never] };
    await expect(s.replaceAll(incoming)).rejects.toMatchObject({ code: 'storage' });
    expect(await s.exportAll()).toEqual(before);
  });
});
