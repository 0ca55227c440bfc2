/**
 * Price truth: is a "was" price an honest reference? Under the EU price-indication rule
 * (Directive 98/6/EC art. 6a), an announced reduction must be measured from the lowest price
 * of the previous 30 days. We check the shop's claim against the page's own "lowest price
 * in 30 days" statement and against the prices this extension itself observed.
 */
import type { Money } from '../contract/analysis.ts';

export const WINDOW_MS = 30 * 86_400_000;

export interface PricePoint {
  at: number;
  price: Money;
}

export type ClaimStatus =
  /** No prior price shown: nothing to check. */
  | 'no-claim'
  /** The prior price is at or below the lowest 30-day price we know: the reduction is real. */
  | 'consistent'
  /** The prior price is above the lowest 30-day price: the discount is measured from a price that did not hold. */
  | 'inflated'
  /** A prior price is shown, but neither the page nor our history says what the 30-day low was. */
  | 'unverifiable';

export interface PriceTruth {
  status: ClaimStatus;
  price: Money | null;
  prior: Money | null;
  /** The claimed reduction in percent of the prior price, rounded. */
  claimedPercent: number | null;
  /** The reduction measured from the lowest 30-day price, when one is known. */
  realPercent: number | null;
  lowestStated: Money | null;
  lowestObserved: PricePoint | null;
  /** Earliest observation of this product, so the popup can say "observed since 3 Nov". */
  observedSince: number | null;
  /** Observations within the 30 days before now. */
  observationsIn30d: number;
  /**
   * True only when our observations really have gaps: two in a row, or the last one and now,
   * more than a week apart within the window. A short history is not a gappy one.
   */
  historyHasGaps: boolean;
  /** Our observations reach back over the whole 30-day window. */
  coversWindow: boolean;
  /** Where the 30-day low the claim was measured against came from: the page's own statement or our observations. */
  reference: 'page' | 'observed' | null;
}

const percent = (from: number, to: number) => Math.round(((from - to) / from) * 100);

const sameCurrency = (a: Money, b: Money) => a.currency === null || b.currency === null || a.currency === b.currency;

/** Longest gap between consecutive observations that still counts as "watching" the price. */
const MAX_GAP_MS = 7 * 86_400_000;

export function checkPriceClaim(
  current: { price: Money | null; priorPrice: Money | null; lowest30d: Money | null },
  history: PricePoint[],
  now: number,
): PriceTruth {
  const since = now - WINDOW_MS;
  const relevant = history
    .filter((p) => p.at <= now && (!current.price || sameCurrency(p.price, current.price)))
    .sort((a, b) => a.at - b.at);
  const recent = relevant.filter((p) => p.at >= since);
  const lowestObserved = recent.reduce<PricePoint | null>((low, p) => (!low || p.price.amount < low.price.amount ? p : low), null);
  const observedSince = relevant[0]?.at ?? null;
  const times = [...recent.map((p) => p.at), now];
  const historyHasGaps = recent.length > 0 && times.some((at, i) => i > 0 && at - times[i - 1]! > MAX_GAP_MS);
  const coversWindow = observedSince !== null && observedSince <= since;

  const base = {
    price: current.price,
    prior: current.priorPrice,
    lowestStated: current.lowest30d,
    lowestObserved,
    observedSince,
    observationsIn30d: recent.length,
    historyHasGaps,
    coversWindow,
  };
  const { price, priorPrice } = current;
  if (!price || !priorPrice || !sameCurrency(price, priorPrice) || priorPrice.amount <= price.amount) {
    return { ...base, status: 'no-claim', claimedPercent: null, realPercent: null, reference: null };
  }
  const claimedPercent = percent(priorPrice.amount, price.amount);
  // The lowest reference we can stand on: the page's own statement, or what we saw ourselves.
  const references = [current.lowest30d, lowestObserved?.price].filter((m): m is Money => !!m && sameCurrency(m, price));
  if (references.length === 0) return { ...base, status: 'unverifiable', claimedPercent, realPercent: null, reference: null };
  const lowest = Math.min(...references.map((m) => m.amount));
  const stated = current.lowest30d && sameCurrency(current.lowest30d, price) ? current.lowest30d.amount : Infinity;
  const reference = stated <= lowest ? 'page' : 'observed';
  const realPercent = Math.max(0, percent(lowest, price.amount));
  // A cent of rounding is not a lie.
  const status: ClaimStatus = priorPrice.amount > lowest + 0.01 ? 'inflated' : 'consistent';
  return { ...base, status, claimedPercent, realPercent, reference };
}
