/**
 * "Seen elsewhere": where else the shopper saw the product on the page, from her own
 * visits. Each other shop's latest price for it, when she saw it there, and whether that
 * shop pushed it. Pure: the worker reads the sightings, this decides which are the product.
 */
import type { Money } from '../contract/analysis.ts';
import { sameProduct, type IdentitySource, type SameBy } from './identity.ts';
import { sharedChain } from './chains.ts';

/** One time the shopper saw an item in a shop: a product page's product or a pushed card. */
export interface Sighting {
  shop: string;
  at: number;
  url: string | null;
  identity: IdentitySource;
  price: Money | null;
  /** The shop pushed the item on that visit, with the labels it used ("Kampanja"). */
  pushed: boolean;
  labels: readonly string[];
}

export interface ElsewhereEntry {
  shop: string;
  /** When the shopper last saw the product in that shop. */
  at: number;
  url: string | null;
  /** The latest price seen there, in that shop's own currency. */
  price: Money | null;
  priceAt: number | null;
  /** That price minus this page's: negative when it was cheaper there; null across currencies. */
  difference: number | null;
  /** The shop pushed the product on any of the visits, with these labels (a few at most). */
  pushed: boolean;
  labels: string[];
  by: SameBy;
  /** The chain that shop and this page's shop both belong to (Gigantti and Elgiganten: Elkjøp). */
  sameChain: string | null;
}

const MAX_SHOPS = 6;
const MAX_LABELS = 3;
/** Sightings compared at most: the caller passes them newest first. */
const MAX_SIGHTINGS = 600;

/**
 * Per other shop, newest first, what was seen of the same product. A shop's own host is
 * never "elsewhere"; an item whose identity evidence is too thin to match gives nothing.
 */
export function seenElsewhere(
  subject: { shop: string; identity: IdentitySource; price: Money | null },
  sightings: readonly Sighting[],
): ElsewhereEntry[] {
  const byShop = new Map<string, ElsewhereEntry>();
  const ordered = [...sightings.slice(0, MAX_SIGHTINGS)].sort((a, b) => b.at - a.at);
  for (const s of ordered) {
    if (s.shop === subject.shop) continue;
    const by = sameProduct(subject.identity, s.identity);
    if (!by) continue;
    let entry = byShop.get(s.shop);
    if (!entry) {
      if (byShop.size >= MAX_SHOPS) continue;
      entry = { shop: s.shop, at: s.at, url: s.url, price: null, priceAt: null, difference: null, pushed: false, labels: [], by, sameChain: sharedChain(s.shop, subject.shop) };
      byShop.set(s.shop, entry);
    }
    if (!entry.price && s.price) {
      entry.price = s.price;
      entry.priceAt = s.at;
      entry.difference = differenceOf(s.price, subject.price);
    }
    if (s.pushed) {
      entry.pushed = true;
      for (const label of s.labels) {
        if (entry.labels.length < MAX_LABELS && !entry.labels.includes(label)) entry.labels.push(label);
      }
    }
  }
  return [...byShop.values()];
}

/** There minus here, in cents rounded; only when both are in one known currency. */
function differenceOf(there: Money, here: Money | null): number | null {
  if (!here || !there.currency || there.currency !== here.currency) return null;
  return Math.round((there.amount - here.amount) * 100) / 100;
}
