/**
 * The IndexedDB schema and its numbered migrations. Migration N takes a database at
 * version N-1 to version N; `openDB`'s upgrade runs every one above the old version, in
 * order, inside the single versionchange transaction, so a failed step rolls back whole.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { NeedsProfile } from '../core/needs.ts';
import type { Availability, Money, PageAnalysis, PriorPrice, Spec } from '../contract/analysis.ts';
import type { Settings } from '../messages.ts';
import { identityKeys, normaliseGtin, type IdentitySource } from '../core/identity.ts';

export const DB_NAME = 'needfit';

/** One visit's record of what a shop showed: kept for price truth and the shop's track record. */
export interface Observation {
  id?: number;
  at: number;
  url: string;
  shop: string;
  kind: PageAnalysis['kind'];
  /** gtin, else sku, else the normalised name; null when the page has no product. */
  productKey: string | null;
  name: string | null;
  brand: string | null;
  price: Money | null;
  priorPrice: PriorPrice | null;
  lowest30d: Money | null;
  /** Promotion labels as found on the page ("Kampanja", "Sponsored"). */
  promotions: string[];
  /** On listings: the items the shop pushed, with why. */
  highlighted: { title: string; price: Money | null; reasons: string[] }[];
  /** The product's identity evidence, as the page gave it (absent on observations made before version 4). */
  gtin?: string | null;
  mpn?: string | null;
  /** Spec rows that name the model ("Malli: 65C8K"), at most a few. */
  modelRows?: { name: string; value: string }[];
  /**
   * Identity keys (core/identity.ts) of the product and of each pushed item: the
   * multiEntry index `byIdentity` finds every observation of one product in any shop.
   */
  identityKeys: string[];
}

/**
 * What was last known of one item the shopper saw, on a product page or as a listing's card:
 * enough to judge it again later, after its tab is gone ("items seen earlier keep what was
 * known about them"). Keyed by the item's address, else its normalised title.
 */
export interface SeenItem {
  key: string;
  at: number;
  shop: string;
  title: string;
  url: string | null;
  brand: string | null;
  category: string[];
  price: Money | null;
  availability: Availability | null;
  specs: Spec[];
  /** A product page's facts are fuller than a card's, and a card never overwrites them. */
  from: 'product' | 'card';
}

/** Profile ids the shopper last picked in the popup, by the product's category id. */
export type ProfileChoices = Record<string, string>;

export interface TabState {
  tabId: number;
  at: number;
  analysis: PageAnalysis;
  /** Parts of the report the worker left out because they broke the contract, one line each. */
  dropped?: string[];
}

export interface NeedfitDB extends DBSchema {
  profiles: { key: string; value: NeedsProfile };
  observations: {
    key: number;
    value: Observation;
    indexes: { byTime: number; byShop: string; byProduct: string; byIdentity: string };
  };
  /** Key "settings": the Settings; key "profile-choices": the profile last picked per category. */
  settings: { key: string; value: Settings | ProfileChoices };
  tabs: { key: number; value: TabState };
  items: { key: string; value: SeenItem; indexes: { byTime: number } };
}

type UpgradeTx = IDBPTransaction<NeedfitDB, StoreNames<NeedfitDB>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<NeedfitDB>, tx: UpgradeTx) => Promise<void> | void;

export function productKeyOf(o: { name: string | null; brand?: string | null; gtin?: string | null; sku?: string | null }): string | null {
  if (o.gtin) return `gtin:${o.gtin.replace(/\D/g, '').replace(/^0+/, '')}`;
  if (o.sku) return `sku:${o.sku.trim().toLowerCase()}`;
  if (o.name) return `name:${`${o.brand ?? ''} ${o.name}`.toLowerCase().replace(/\s+/g, ' ').trim()}`;
  return null;
}

/** Keys per observation at most: the product's and its pushed items' (10 at most). */
const MAX_IDENTITY_KEYS = 40;
const MAX_PUSHED_KEYED = 10;

/** A product key's GTIN ("gtin:6430012345679", leading zeros dropped) as a GTIN, if it is one. */
function gtinOfProductKey(key: string | null): string | null {
  const digits = key?.startsWith('gtin:') ? key.slice(5) : '';
  return [7, 8, 11, 12, 13, 14].includes(digits.length) ? normaliseGtin(digits.padStart(14, '0')) : null;
}

/** What identity is read from for an observation's product (null when it has none). */
export function productIdentityOf(o: Pick<Observation, 'name' | 'brand' | 'productKey' | 'gtin' | 'mpn' | 'modelRows'>): IdentitySource | null {
  if (!o.name && !o.gtin && !o.mpn) return null;
  return { name: o.name, brand: o.brand, gtin: o.gtin ?? gtinOfProductKey(o.productKey), mpn: o.mpn ?? null, specs: o.modelRows ?? [] };
}

/** The identity keys of an observation: its product's, then each pushed item's (from its title). */
export function identityKeysOf(o: Omit<Observation, 'identityKeys'>): string[] {
  const keys = new Set<string>();
  const product = productIdentityOf(o);
  if (product) for (const key of identityKeys(product)) keys.add(key);
  for (const item of o.highlighted.slice(0, MAX_PUSHED_KEYED)) for (const key of identityKeys({ name: item.title })) keys.add(key);
  return [...keys].slice(0, MAX_IDENTITY_KEYS);
}

/** Index 0 is migration 1. Never edit a shipped migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  // 1: profiles, observations by time and shop, settings.
  (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    const observations = db.createObjectStore('observations', { keyPath: 'id', autoIncrement: true });
    observations.createIndex('byTime', 'at');
    observations.createIndex('byShop', 'shop');
    db.createObjectStore('settings');
  },
  // 2: per-tab state survives the worker being stopped; observations get a product key.
  async (db, tx) => {
    db.createObjectStore('tabs', { keyPath: 'tabId' });
    const observations = tx.objectStore('observations');
    observations.createIndex('byProduct', 'productKey');
    let cursor = await observations.openCursor();
    while (cursor) {
      const record = cursor.value as Observation & { productKey?: string | null };
      if (record.productKey === undefined) {
        await cursor.update({ ...record, productKey: productKeyOf(record) });
      }
      cursor = await cursor.continue();
    }
  },
  // 3: the items seen, with what was known of each, newest by time.
  (db) => {
    const items = db.createObjectStore('items', { keyPath: 'key' });
    items.createIndex('byTime', 'at');
  },
  // 4: observations filed by product identity, for "seen elsewhere"; older ones keyed from what they kept.
  async (_db, tx) => {
    const observations = tx.objectStore('observations');
    observations.createIndex('byIdentity', 'identityKeys', { multiEntry: true });
    let cursor = await observations.openCursor();
    while (cursor) {
      const record = cursor.value;
      await cursor.update({ ...record, identityKeys: identityKeysOf(record) });
      cursor = await cursor.continue();
    }
  },
];

export const DB_VERSION = MIGRATIONS.length;
