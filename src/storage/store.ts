/**
 * The worker's storage: needs profiles, observations, settings and per-tab state in
 * IndexedDB. Every operation is one transaction, so a failure leaves the data as it was.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { NeedsProfile } from '../core/needs.ts';
import { DEFAULT_SETTINGS, NeedfitError, type Settings } from '../messages.ts';
import type { PageAnalysis } from '../contract/analysis.ts';
import { DB_NAME, MIGRATIONS, identityKeysOf, productKeyOf, type Migration, type NeedfitDB, type Observation, type ProfileChoices, type SeenItem, type TabState } from './schema.ts';
import { itemKey } from '../core/alternatives.ts';
import { shopOfUrl } from '../core/shop.ts';

const SETTINGS_KEY = 'settings';
export const CHOICES_KEY = 'profile-choices';
/** At most this many categories remembered (the vocabulary has fewer). */
const MAX_CHOICES = 50;

/** Turns IndexedDB failures into errors the shopper can understand. */
export function storageError(error: unknown): NeedfitError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new NeedfitError('quota', 'Your disk is full, so Needfit could not save. Nothing was changed; free some space and try again.');
  }
  if (error instanceof NeedfitError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new NeedfitError('storage', `Needfit could not save or read its data (${detail.slice(0, 200)}). Nothing was changed.`);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw storageError(error);
  }
}

type StoreName = 'profiles' | 'observations' | 'settings' | 'tabs' | 'items';
type WriteTx = IDBPTransaction<NeedfitDB, StoreName[], 'readwrite'>;

/**
 * Runs writes in one readwrite transaction and aborts it when any step throws, so a full
 * disk half-way leaves nothing written (an un-aborted transaction would commit the rest).
 */
async function writeAll<T>(db: IDBPDatabase<NeedfitDB>, names: StoreName[], work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(names, 'readwrite');
  const done = tx.done;
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the browser
    }
    throw error;
  }
}

export async function openStore(
  name: string = DB_NAME,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<Store> {
  // idb does not wait for an async upgrade: a failing migration must abort the
  // versionchange transaction itself, or the half-migrated database would be committed.
  let failure: unknown = null;
  try {
    const db = await openDB<NeedfitDB>(name, migrations.length, {
      async upgrade(database, oldVersion, _newVersion, tx) {
        try {
          for (let version = oldVersion + 1; version <= migrations.length; version++) {
            await migrations[version - 1]?.(database, tx);
          }
        } catch (error) {
          failure = error;
          tx.done.catch(() => undefined); // the open request reports the abort
          tx.abort();
        }
      },
    });
    return new Store(db);
  } catch (error) {
    throw storageError(failure ?? error);
  }
}

/** Items kept per report, and spec rows per item: a listing's grid, not its every card. */
const MAX_SEEN_PER_PAGE = 200;
const MAX_SEEN_SPECS = 60;

/** What a report tells of each item on it: the product page's product, and its cards. */
export function seenItemsOf(analysis: PageAnalysis, at: number): SeenItem[] {
  const shop = shopOfUrl(analysis.url);
  const out: SeenItem[] = [];
  const product = analysis.product;
  if (product?.name) {
    out.push({
      key: itemKey(analysis.url, product.name), at, shop, title: product.name, url: analysis.url, brand: product.brand,
      category: product.category.slice(0, 20), price: product.price, availability: product.availability,
      specs: product.specs.slice(0, MAX_SEEN_SPECS), from: 'product',
    });
  }
  for (const item of analysis.items.slice(0, MAX_SEEN_PER_PAGE)) {
    if (!item.title) continue;
    out.push({
      key: itemKey(item.url, item.title), at, shop, title: item.title, url: item.url, brand: null, category: [],
      price: item.price, availability: null, specs: item.specs.slice(0, MAX_SEEN_SPECS), from: 'card',
    });
  }
  return out;
}

/** A card seen again keeps what its product page told; anything else is replaced by the newer. */
function mergeSeen(old: SeenItem | undefined, next: SeenItem): SeenItem {
  if (!old || old.from === 'card' || next.from === 'product') return next;
  return { ...old, at: next.at, price: next.price ?? old.price };
}

type WriteItemsTx = { objectStore(name: 'items'): { get(key: string): Promise<SeenItem | undefined>; put(value: SeenItem): Promise<unknown> } };

async function writeSeen(tx: WriteItemsTx, items: SeenItem[]): Promise<void> {
  const store = tx.objectStore('items');
  await Promise.all(items.map(async (item) => store.put(mergeSeen(await store.get(item.key), item))));
}

/** Spec rows kept for identity: those a model code is read from, a few at most. */
const MODEL_ROW = /^(?:model|malli|modell|typ|type)\b|model number|mallinumero|artikelnummer|tuotenumero/i;

export function observationOf(analysis: PageAnalysis, at: number): Observation {
  const product = analysis.product;
  const shop = shopOfUrl(analysis.url);
  const observation: Omit<Observation, 'identityKeys'> = {
    at,
    url: analysis.url,
    shop,
    kind: analysis.kind,
    productKey: product ? productKeyOf(product) : null,
    name: product?.name ?? null,
    brand: product?.brand ?? null,
    price: product?.price ?? null,
    priorPrice: product?.priorPrice ?? null,
    lowest30d: product?.lowest30d ?? null,
    promotions: (product?.promotions ?? []).map((p) => p.text),
    highlighted: analysis.highlighted
      .filter((h) => h.index >= 0)
      .flatMap((h) => {
        const item = analysis.items[h.index];
        return item ? [{ title: item.title, price: item.price, reasons: h.reasons }] : [];
      }),
    gtin: product?.gtin ?? null,
    mpn: product?.mpn ?? null,
    modelRows: (product?.specs ?? [])
      .filter((s) => MODEL_ROW.test(s.label.trim()))
      .slice(0, 4)
      .map((s) => ({ name: s.label.slice(0, 100), value: s.raw.slice(0, 200) })),
  };
  return { ...observation, identityKeys: identityKeysOf(observation) };
}

/** Observations read per identity key: the newest this many. */
export const MAX_PER_IDENTITY_KEY = 200;
/** Keys asked for at most: a product's GTIN, part number and model codes, or a chain's shops. */
const MAX_QUERY_KEYS = 12;

type KeyIndex = { openCursor(key: string, direction: IDBCursorDirection): Promise<{ value: Observation; continue(): Promise<unknown> } | null> };

/**
 * The observations under each key of an index (byIdentity, byShop), newest first (the index sorts equal keys by primary key,
 * which grows with time), each observation once. All keys' walks run in the caller's transaction.
 */
export async function readNewestByKeys(index: KeyIndex, keys: readonly string[], limit: number): Promise<Observation[]> {
  const lists = await Promise.all(
    [...new Set(keys)].slice(0, MAX_QUERY_KEYS).map(async (key) => {
      const out: Observation[] = [];
      let cursor = await index.openCursor(key, 'prev');
      while (cursor && out.length < limit) {
        out.push(cursor.value);
        cursor = (await cursor.continue()) as typeof cursor;
      }
      return out;
    }),
  );
  const byId = new Map<number, Observation>();
  for (const o of lists.flat()) if (o.id !== undefined && !byId.has(o.id)) byId.set(o.id, o);
  return [...byId.values()].sort((a, b) => b.at - a.at);
}

export interface ExportedData {
  profiles: NeedsProfile[];
  observations: Observation[];
  settings: Settings;
}

/** What an import brings: its observations may predate identity keys, which are computed again. */
export interface ImportedData extends Omit<ExportedData, 'observations'> {
  observations: (Omit<Observation, 'identityKeys'> & { identityKeys?: string[] })[];
}

export class Store {
  constructor(readonly db: IDBPDatabase<NeedfitDB>) {}

  close(): void {
    this.db.close();
  }

  listProfiles(): Promise<NeedsProfile[]> {
    return guarded(async () => (await this.db.getAll('profiles')).sort((a, b) => a.createdAt - b.createdAt));
  }

  getProfile(id: string): Promise<NeedsProfile | undefined> {
    return guarded(() => this.db.get('profiles', id));
  }

  saveProfile(profile: NeedsProfile): Promise<NeedsProfile> {
    return guarded(async () => {
      await this.db.put('profiles', profile);
      return profile;
    });
  }

  deleteProfile(id: string): Promise<boolean> {
    return guarded(async () => {
      const tx = this.db.transaction('profiles', 'readwrite');
      const existed = (await tx.store.getKey(id)) !== undefined;
      if (existed) await tx.store.delete(id);
      await tx.done;
      return existed;
    });
  }

  getSettings(): Promise<Settings> {
    return guarded(async () => ({ ...DEFAULT_SETTINGS, ...((await this.db.get('settings', SETTINGS_KEY)) as Settings | undefined) }));
  }

  /** Remembers the profile the shopper picked for products of a category; one transaction. */
  rememberChoice(category: string, profileId: string): Promise<ProfileChoices> {
    return guarded(() =>
      writeAll(this.db, ['settings'], async (tx) => {
        const store = tx.objectStore('settings');
        const old = ((await store.get(CHOICES_KEY)) ?? {}) as ProfileChoices;
        if (old[category] === profileId) return old;
        const kept = Object.entries(old).filter(([c]) => c !== category).slice(-(MAX_CHOICES - 1));
        const next: ProfileChoices = Object.fromEntries([...kept, [category, profileId]]);
        await store.put(next, CHOICES_KEY);
        return next;
      }),
    );
  }

  saveSettings(settings: Settings): Promise<Settings> {
    return guarded(async () => {
      await this.db.put('settings', settings, SETTINGS_KEY);
      return settings;
    });
  }

  /**
   * Stores what a tab showed, and the observation for history, in one transaction; `dropped`
   * names the parts of the report the worker left out for breaking the contract.
   */
  recordPage(tabId: number, analysis: PageAnalysis, at: number, dropped: string[] = []): Promise<boolean> {
    return guarded(() =>
      writeAll(this.db, ['tabs', 'observations', 'items'], async (tx) => {
        await tx.objectStore('tabs').put(dropped.length > 0 ? { tabId, at, analysis, dropped } : { tabId, at, analysis });
        if (analysis.kind !== 'other') await writeSeen(tx, seenItemsOf(analysis, at));
        const worthKeeping = analysis.product !== null || analysis.highlighted.length > 0;
        if (worthKeeping) await tx.objectStore('observations').add(observationOf(analysis, at));
        return worthKeeping;
      }),
    );
  }

  /**
   * Replaces a tab's analysis with a fuller one of the same report (its shelves read), unless
   * a newer report arrived meanwhile. Adds no observation: the visit was logged on arrival.
   */
  completeTab(tabId: number, at: number, analysis: PageAnalysis): Promise<boolean> {
    return guarded(() =>
      writeAll(this.db, ['tabs', 'items'], async (tx) => {
        const tabs = tx.objectStore('tabs');
        const current = await tabs.get(tabId);
        if (current?.at !== at) return false;
        await tabs.put({ ...current, analysis });
        await writeSeen(tx, seenItemsOf({ ...analysis, product: null }, at));
        return true;
      }),
    );
  }

  getTab(tabId: number): Promise<TabState | undefined> {
    return guarded(() => this.db.get('tabs', tabId));
  }

  forgetTab(tabId: number): Promise<void> {
    return guarded(() => this.db.delete('tabs', tabId));
  }

  observationsOfProduct(productKey: string): Promise<Observation[]> {
    return guarded(() => this.db.getAllFromIndex('observations', 'byProduct', productKey));
  }

  /** Every observation filed under any of these identity keys, each once: one readonly transaction. */
  observationsOfIdentity(keys: readonly string[], limit = MAX_PER_IDENTITY_KEY): Promise<Observation[]> {
    return guarded(async () => {
      const tx = this.db.transaction('observations', 'readonly');
      const found = await readNewestByKeys(tx.store.index('byIdentity'), keys, limit);
      await tx.done;
      return found;
    });
  }

  observationsOfShop(shop: string): Promise<Observation[]> {
    return guarded(() => this.db.getAllFromIndex('observations', 'byShop', shop));
  }

  /** Deletes observations older than `before`; returns how many went. */
  pruneObservations(before: number): Promise<number> {
    return guarded(async () => {
      const tx = this.db.transaction(['observations', 'items'], 'readwrite');
      let removed = 0;
      for (const name of ['observations', 'items'] as const) {
        let cursor = await tx.objectStore(name).index('byTime').openCursor(IDBKeyRange.upperBound(before, true));
        while (cursor) {
          await cursor.delete();
          if (name === 'observations') removed++;
          cursor = await cursor.continue();
        }
      }
      await tx.done;
      return removed;
    });
  }

  exportAll(): Promise<ExportedData> {
    return guarded(async () => {
      const tx = this.db.transaction(['profiles', 'observations', 'settings'], 'readonly');
      const [profiles, observations, settings] = await Promise.all([
        tx.objectStore('profiles').getAll(),
        tx.objectStore('observations').getAll(),
        tx.objectStore('settings').get(SETTINGS_KEY),
      ]);
      await tx.done;
      return { profiles, observations, settings: { ...DEFAULT_SETTINGS, ...(settings as Settings | undefined) } };
    });
  }

  /**
   * Replaces everything with an export's contents in one transaction: either all of it is
   * written or, on any failure (a full disk), nothing changes.
   */
  replaceAll(data: ImportedData): Promise<void> {
    const names: StoreName[] = ['profiles', 'observations', 'settings', 'tabs', 'items'];
    return guarded(() =>
      writeAll(this.db, names, async (tx) => {
        await Promise.all(names.map((n) => tx.objectStore(n).clear()));
        for (const profile of data.profiles) await tx.objectStore('profiles').put(profile);
        // A file's observations are keyed again: a file from before identity keys has none.
        for (const observation of data.observations) {
          await tx.objectStore('observations').put({ ...observation, identityKeys: identityKeysOf(observation) });
        }
        await tx.objectStore('settings').put(data.settings, SETTINGS_KEY);
      }),
    );
  }

  wipe(): Promise<void> {
    return guarded(async () => {
      const names = ['profiles', 'observations', 'settings', 'tabs', 'items'] as const;
      const tx = this.db.transaction([...names], 'readwrite');
      await Promise.all(names.map((n) => tx.objectStore(n).clear()));
      await tx.done;
    });
  }

  /**
   * Writes an import's profiles in one transaction, after checking inside it that the
   * total stays within `limit`: either every profile is written or none is.
   */
  importProfiles(profiles: NeedsProfile[], limit: number): Promise<number> {
    return guarded(() =>
      writeAll(this.db, ['profiles'], async (tx) => {
        const store = tx.objectStore('profiles');
        const stored = new Set(await store.getAllKeys());
        const total = stored.size + profiles.filter((p) => !stored.has(p.id)).length;
        if (total > limit) {
          throw new NeedfitError('bad-message', `The import would make ${total} needs profiles; at most ${limit} are kept. Nothing was changed.`);
        }
        for (const profile of profiles) await store.put(profile);
        return profiles.length;
      }),
    );
  }
}
