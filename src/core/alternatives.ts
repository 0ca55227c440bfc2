/**
 * Better alternatives: among the items the shopper can see (the listing's other cards) or
 * saw before (her history), the ones that fit her needs better than what the shop pushes,
 * ranked by fit then price. Also the "you'd pay more" note when the pushed item fits but a
 * clearly cheaper item fits as well. Pure, so the ranking is tested without a browser.
 */
import type { Availability, Money, PromotionType } from '../contract/analysis.ts';
import { FIT_RANK, type Fit, type RowStatus } from './match.ts';

/** The part of a verdict that ranks an item. */
export interface FitSummary {
  fit: Fit;
  /** 0..1, the weighted share of requirements met. */
  score: number;
  mustTotal: number;
  mustUnmet: number;
  mustUnknown: number;
}

export interface Candidate {
  /** Identifies the item across pages: its URL, else its normalised title. */
  key: string;
  title: string;
  url: string | null;
  price: Money | null;
  fit: FitSummary;
  /** Where the shopper saw it: this page's listing, or an earlier visit (with when). */
  seen: 'here' | 'earlier';
  seenAt: number | null;
  /** As its product page said when seen; null when unknown (a card says nothing of stock). */
  availability?: Availability | null;
  /** Its verdict row by row (the same requirement ids as the pushed item's), for the comparison table. */
  cells?: Cell[];
  /**
   * How the shop pushes it, as its card on this page showed ([] when the card carries no
   * signal); absent for an item seen earlier, whose card is not at hand.
   */
  pushedAs?: PromotionType[];
}

/** One need's row of one item in the comparison: met or not, and what the page said. */
export interface Cell {
  id: string;
  status: RowStatus;
  found: string | null;
  money?: Money;
}

export interface Overpay {
  /** How much more the pushed item costs than `than`. */
  difference: Money;
  than: Candidate;
}

const MAX_CANDIDATES = 2_000;
/** "Clearly more": at least this share of the price and this many currency units. */
const CLEAR_SHARE = 0.05;
const CLEAR_UNITS = 10;
const SCORE_EPSILON = 1e-6;

/** A title reduced to words, so "Lumo L55-Q9 55\"" and "lumo l55 q9 55" compare equal. */
export function normaliseTitle(title: string): string {
  return title.slice(0, 300).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A key for an item: the URL without fragment, else its normalised title. */
export function itemKey(url: string | null, title: string): string {
  if (url) {
    try {
      const parsed = new URL(url);
      parsed.hash = '';
      return parsed.href;
    } catch {
      // not a URL: fall back to the title
    }
  }
  return `title:${normaliseTitle(title)}`;
}

/**
 * Whether two titles name the same item: equal once normalised, or one extends the other
 * (a listing card adds ", 120 Hz" to the product page's name). The shorter must carry at
 * least three words, so "Lumo" alone never matches every Lumo.
 */
export function sameTitle(a: string, b: string): boolean {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.split(' ').length >= 3 && long.startsWith(`${short} `);
}

/** Best first: fit, then fewer missed must-haves, then more of the needs met, then the lower price. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    FIT_RANK[b.fit.fit] - FIT_RANK[a.fit.fit] ||
    a.fit.mustUnmet - b.fit.mustUnmet ||
    b.fit.score - a.fit.score ||
    // What can be bought now before what is sold out.
    Number(a.availability === 'OutOfStock') - Number(b.availability === 'OutOfStock') ||
    (a.price?.amount ?? Number.POSITIVE_INFINITY) - (b.price?.amount ?? Number.POSITIVE_INFINITY) ||
    a.title.localeCompare(b.title)
  );
}

/**
 * Fits better than `current`: a better fit class, or, where the class leaves room (partly,
 * can't tell), more of the needs met. Another misfit is never offered as "better": the
 * shopper wants what fits, not what misses a little less.
 */
export function fitsBetter(candidate: FitSummary, current: FitSummary): boolean {
  const diff = FIT_RANK[candidate.fit] - FIT_RANK[current.fit];
  if (diff !== 0) return diff > 0;
  if (candidate.fit === 'misfit' || candidate.fit === 'fits') return false;
  return candidate.mustUnmet <= current.mustUnmet && candidate.score > current.score + SCORE_EPSILON;
}

/** Keeps the first of each key (the caller lists the freshest first). */
function distinct(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.slice(0, MAX_CANDIDATES).filter((c) => {
    if (seen.has(c.key)) return false;
    seen.add(c.key);
    return true;
  });
}

const isCurrent = (c: Candidate, current: { key: string | null; title: string | null }) =>
  (current.key !== null && c.key === current.key) || (current.title !== null && sameTitle(c.title, current.title));

/**
 * The items that fit better than the pushed one, best first. With nothing pushed (`fit`
 * null), every item that fits at least partly, best first.
 */
export function betterAlternatives(
  current: { key: string | null; title: string | null; fit: FitSummary | null },
  candidates: Candidate[],
  limit = 5,
): Candidate[] {
  return distinct(candidates)
    .filter((c) => !isCurrent(c, current))
    .filter((c) => (current.fit ? fitsBetter(c.fit, current.fit) : FIT_RANK[c.fit.fit] >= FIT_RANK.partly))
    .sort(compareCandidates)
    .slice(0, Math.max(0, limit));
}

/**
 * When the pushed item fits (fully or partly) but an item that fits at least as well costs
 * clearly less: the cheapest such item and the difference. Prices in another currency are
 * not compared.
 */
export function overpayFor(
  current: { key: string | null; title: string | null; fit: FitSummary | null; price: Money | null },
  candidates: Candidate[],
): Overpay | null {
  const { fit, price } = current;
  if (!fit || !price || FIT_RANK[fit.fit] < FIT_RANK.partly) return null;
  const cheapest = distinct(candidates)
    .filter((c) => !isCurrent(c, current) && c.price !== null)
    .filter((c) => FIT_RANK[c.fit.fit] >= FIT_RANK[fit.fit])
    .filter((c) => c.price!.currency === price.currency || c.price!.currency === null || price.currency === null)
    .sort((a, b) => a.price!.amount - b.price!.amount)[0];
  if (!cheapest?.price) return null;
  const difference = price.amount - cheapest.price.amount;
  const clearly = Math.max(CLEAR_UNITS, price.amount * CLEAR_SHARE);
  if (difference < clearly) return null;
  return { difference: { amount: Math.round(difference * 100) / 100, currency: price.currency ?? cheapest.price.currency }, than: cheapest };
}
