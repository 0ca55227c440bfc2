/**
 * The verdict: a page's highlighted product against one needs profile. Pure; the popup
 * renders it and the worker turns it into a toolbar badge.
 */
import type { NeedsProfile } from './needs.ts';
import type { Money, PageAnalysis, Product } from '../extract/types.ts';

export type Fit = 'fits' | 'partly' | 'misfit' | 'unknown';
export type RowStatus = 'met' | 'unmet' | 'unknown';

export interface VerdictRow {
  /** Requirement id, or "budget". */
  id: string;
  attribute: string;
  status: RowStatus;
  importance: 'must' | 'nice';
  /** What the page says, as shown to the shopper ("1 299,00 EUR"), or null when not stated. */
  found: string | null;
  /** Where on the page that value came from (a Source name). */
  evidence: string | null;
}

export interface Verdict {
  fit: Fit;
  /** The shop pushes this item (sponsored, badged, campaign). */
  promoted: boolean;
  rows: VerdictRow[];
  mustTotal: number;
  mustUnmet: number;
  mustUnknown: number;
  /** 0..1, the share of weighted requirements met. */
  score: number;
}

export function formatMoney(money: Money): string {
  return `${money.amount.toFixed(2)} ${money.currency ?? ''}`.trim();
}

export function budgetRow(product: Product, profile: NeedsProfile): VerdictRow | null {
  const budget = profile.budget;
  if (!budget) return null;
  const price = product.price;
  const comparable = price && (price.currency === null || price.currency === budget.currency);
  return {
    id: 'budget',
    attribute: 'price',
    importance: 'must',
    status: !price || !comparable ? 'unknown' : price.amount <= budget.max ? 'met' : 'unmet',
    found: price ? formatMoney(price) : null,
    evidence: product.sources.price ?? null,
  };
}

/** Promoted means the page showed a promotion signal for it; each one is evidence the popup lists. */
export function isPromoted(product: Product): boolean {
  return product.promotions.length > 0;
}

/** Sums rows into an overall fit: any unmet must-have is a misfit; unknown must-haves make it "can't tell". */
export function summarise(rows: VerdictRow[], promoted: boolean, weightOf: (row: VerdictRow) => number): Verdict {
  const musts = rows.filter((r) => r.importance === 'must');
  const mustUnmet = musts.filter((r) => r.status === 'unmet').length;
  const mustUnknown = musts.filter((r) => r.status === 'unknown').length;
  const nice = rows.filter((r) => r.importance === 'nice');
  const total = rows.reduce((sum, r) => sum + weightOf(r), 0);
  const met = rows.filter((r) => r.status === 'met').reduce((sum, r) => sum + weightOf(r), 0);
  let fit: Fit;
  if (rows.length === 0) fit = 'unknown';
  else if (mustUnmet > 0) fit = 'misfit';
  else if (mustUnknown > 0) fit = 'unknown';
  else if (nice.some((r) => r.status !== 'met')) fit = 'partly';
  else fit = 'fits';
  return { fit, promoted, rows, mustTotal: musts.length, mustUnmet, mustUnknown, score: total ? met / total : 0 };
}

/** The first slice: the budget is the only requirement the verdict checks. */
export function judge(analysis: PageAnalysis, profile: NeedsProfile): Verdict | null {
  const product = analysis.product;
  if (!product) return null;
  const row = budgetRow(product, profile);
  const rows = row ? [row] : [];
  return summarise(rows, isPromoted(product), (r) => (r.importance === 'must' ? 3 : 1));
}
