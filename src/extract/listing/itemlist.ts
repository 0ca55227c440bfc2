/**
 * Listing items from schema.org ItemList JSON-LD, for shops whose grid markup gives nothing
 * away. Bounded: a few scripts, a capped size each, a capped item count.
 */
import { parseAmount } from '../../core/price.ts';
import type { Budget } from '../budget.ts';
import type { ListingItem } from '../../contract/analysis.ts';
import { resolveUrl, safeQueryAll } from './dom.ts';

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 500_000;
const MAX_ITEMS = 500;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(node: Json, type: string): boolean {
  const t = node['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

function lists(value: unknown, out: Json[], depth = 0): void {
  if (depth > 6 || out.length > 10) return;
  if (Array.isArray(value)) for (const v of value.slice(0, 50)) lists(v, out, depth + 1);
  else if (isObject(value)) {
    if (hasType(value, 'ItemList')) out.push(value);
    else if (Array.isArray(value['@graph'])) lists(value['@graph'], out, depth + 1);
  }
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, 300) : null;
}

function toItem(entry: unknown, index: number, pageUrl: string): ListingItem | null {
  if (!isObject(entry)) return null;
  const product = isObject(entry.item) ? entry.item : entry;
  const title = str(product.name) ?? str(entry.name);
  if (!title) return null;
  const offers = Array.isArray(product.offers) ? product.offers[0] : product.offers;
  const amount = isObject(offers) ? parseAmount(offers.price ?? offers.lowPrice) : null;
  const currency = isObject(offers) ? str(offers.priceCurrency) : null;
  const position = typeof entry.position === 'number' && entry.position > 0 ? entry.position : index + 1;
  return {
    title,
    url: resolveUrl(str(product.url) ?? str(entry.url), pageUrl),
    price: amount === null ? null : { amount, currency },
    priorPrice: null,
    position,
    specs: [], // read from the title by src/core/interpret.ts
    promotions: [],
    sponsored: false,
    shelf: null,
  };
}

/** The items of the page's first non-empty ItemList, in list order. */
export function itemListItems(doc: Document, pageUrl: string, budget: Budget): ListingItem[] {
  for (const script of safeQueryAll(doc, 'script[type="application/ld+json"]', MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS || !budget.read(text.length)) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const found: Json[] = [];
    lists(data, found);
    for (const list of found) {
      const entries = Array.isArray(list.itemListElement) ? list.itemListElement.slice(0, MAX_ITEMS) : [];
      const items = entries.map((e, i) => toItem(e, i, pageUrl)).filter((i): i is ListingItem => i !== null);
      if (items.length > 0) return items;
    }
  }
  return [];
}
