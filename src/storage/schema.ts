/**
 * The IndexedDB schema and its numbered migrations. Migration N takes a database at
 * version N-1 to version N; `openDB`'s upgrade runs every one above the old version, in
 * order, inside the single versionchange transaction, so a failed step rolls back whole.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { NeedsProfile } from '../core/needs.ts';
import type { Availability, Money, PageAnalysis, PriorPrice, Spec } from '../contract/analysis.ts';
import type { Settings } from '../messages.ts';

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
    indexes: { byTime: number; byShop: string; byProduct: string };
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
];

export const DB_VERSION = MIGRATIONS.length;
