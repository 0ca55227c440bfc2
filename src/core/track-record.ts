/**
 * The shop's track record: from the local log of the shopper's visits to one shop, what
 * the shop pushed each time ("highlighted this TV on 4 visits since 3 Nov; in October it
 * pushed another TV"). Pure; the worker hands in the shop's observations.
 */
import { itemKey, sameTitle } from './alternatives.ts';

/** The fields of a stored observation this needs (see storage/schema.ts). */
export interface VisitLog {
  at: number;
  url: string;
  kind: 'product' | 'listing' | 'other';
  productKey: string | null;
  name: string | null;
  /** Promotion labels on a product page; non-empty means the shop pushed that product. */
  promotions: string[];
  /** On listings: the items the shop pushed. */
  highlighted: { title: string }[];
}

export interface PushedItem {
  title: string;
  /** Visits on which the shop pushed it. */
  visits: number;
  first: number;
  last: number;
}

export interface TrackRecord {
  /** Distinct visits to this shop in the log. */
  visits: number;
  since: number | null;
  /** Visits on which the shop pushed something. */
  pushingVisits: number;
  /** How often it pushed the item the shopper is looking at now; null if never. */
  current: PushedItem | null;
  /** What else it pushed, most visits first. */
  others: PushedItem[];
}

/** Page views of one shop with no longer pause between them are one visit. */
export const VISIT_GAP_MS = 30 * 60_000;
const MAX_LOG = 5_000;
const MAX_PUSHED_PER_VISIT = 20;

export interface CurrentItem {
  productKey: string | null;
  title: string | null;
  url: string | null;
}

interface Pushed {
  title: string;
  productKey: string | null;
  url: string | null;
}

function pushedOn(log: VisitLog): Pushed[] {
  if (log.kind === 'product') {
    return log.promotions.length > 0 && log.name ? [{ title: log.name, productKey: log.productKey, url: log.url }] : [];
  }
  return log.highlighted.slice(0, MAX_PUSHED_PER_VISIT).map((h) => ({ title: h.title, productKey: null, url: null }));
}

function isItem(p: Pushed, item: CurrentItem): boolean {
  if (item.productKey && p.productKey === item.productKey) return true;
  if (item.url && p.url && itemKey(p.url, '') === itemKey(item.url, '')) return true;
  return item.title !== null && sameTitle(p.title, item.title);
}

/** One visit: a session on the shop, its page views with no half hour between them. */
export interface Visit {
  at: number;
  views: VisitLog[];
}

/**
 * Groups a shop's log into visits, oldest first: a listing and the product opened from it a
 * minute later are one visit, not two; the same page reported again as it changes is too.
 */
export function visitsOf(logs: VisitLog[]): Visit[] {
  const sorted = logs.slice(-MAX_LOG).sort((a, b) => a.at - b.at);
  const visits: Visit[] = [];
  let lastAt = -Infinity;
  for (const log of sorted) {
    const open = visits[visits.length - 1];
    if (open && log.at - lastAt <= VISIT_GAP_MS) open.views.push(log);
    else visits.push({ at: log.at, views: [log] });
    lastAt = log.at;
  }
  return visits;
}

function tally(into: PushedItem[], title: string, at: number, visit: Set<PushedItem>): PushedItem {
  let entry = into.find((e) => sameTitle(e.title, title));
  if (!entry) {
    entry = { title, visits: 0, first: at, last: at };
    into.push(entry);
  }
  if (!visit.has(entry)) {
    visit.add(entry);
    entry.visits++;
    entry.first = Math.min(entry.first, at);
    entry.last = Math.max(entry.last, at);
  }
  return entry;
}

export function trackRecordOf(logs: VisitLog[], item: CurrentItem, limit = 5): TrackRecord {
  const visits = visitsOf(logs);
  let current: PushedItem | null = null;
  const others: PushedItem[] = [];
  let pushingVisits = 0;
  for (const visit of visits) {
    const pushed = visit.views.flatMap(pushedOn);
    if (pushed.length > 0) pushingVisits++;
    const counted = new Set<PushedItem>();
    for (const p of pushed) {
      if (isItem(p, item)) {
        current ??= { title: item.title ?? p.title, visits: 0, first: visit.at, last: visit.at };
        if (!counted.has(current)) {
          counted.add(current);
          current.visits++;
          current.last = Math.max(current.last, visit.at);
        }
      } else if (others.length < 200 || others.some((o) => sameTitle(o.title, p.title))) {
        tally(others, p.title, visit.at, counted);
      }
    }
  }
  others.sort((a, b) => b.visits - a.visits || b.last - a.last);
  return { visits: visits.length, since: visits[0]?.at ?? null, pushingVisits, current, others: others.slice(0, limit) };
}

/** One other shop of the chain: what it pushed on the shopper's visits there. */
export interface ChainShopRecord extends TrackRecord {
  shop: string;
}

/** What a chain pushed across its other shops the shopper visited (chains.json says which). */
export interface ChainRecord {
  chain: string;
  /** The chain's shops other than this one that she visited, the most visited first. */
  shops: ChainShopRecord[];
}

const MAX_CHAIN_SHOPS = 6;

/**
 * The chain's track record beside this shop's: each other shop's own record for the same
 * item. Across shops a page address says nothing, so the item is the same by product key
 * (a GTIN is one at every shop) or by name. Null when she visited no other shop of it.
 */
export function chainRecordOf(chain: string, logsByShop: ReadonlyMap<string, VisitLog[]>, item: CurrentItem, limit = 3): ChainRecord | null {
  const across: CurrentItem = { ...item, url: null };
  const shops = [...logsByShop]
    .filter(([, logs]) => logs.length > 0)
    .map(([shop, logs]): ChainShopRecord => ({ shop, ...trackRecordOf(logs, across, limit) }))
    .sort((a, b) => b.visits - a.visits || a.shop.localeCompare(b.shop))
    .slice(0, MAX_CHAIN_SHOPS);
  return shops.length > 0 ? { chain, shops } : null;
}
