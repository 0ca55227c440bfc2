/**
 * The verdict: a page's highlighted product against one needs profile. Pure; the popup
 * renders it and the worker turns it into a toolbar badge. Matching does the work; this
 * file shapes its result into rows the popup shows.
 */
import type { NeedsProfile } from './needs.ts';
import type { Labels } from './vocabulary/index.ts';
import type { Money, PageAnalysis, Product } from '../contract/analysis.ts';
import { offerOfProduct, type Offer } from './facts.ts';
import { formatMoney, matchBudget, matchOffer, weightOf, MUST_WEIGHT, type Fit, type Gap, type RowStatus } from './match.ts';
import { describeRequirement, inEachLanguage } from './describe.ts';

export type { Fit, RowStatus } from './match.ts';
export { formatMoney } from './match.ts';

export interface VerdictRow {
  /** Requirement id, or "budget". */
  id: string;
  attribute: string;
  status: RowStatus;
  importance: 'must' | 'nice';
  /** What the page says, as shown to the shopper ("1 299,00 EUR"), or null when not stated. */
  found: string | null;
  /** Where on the page that value came from (a Source name, "title" or "derived"). */
  evidence: string | null;
  /** The requirement in words, in each UI language ("Screen size at least 55 in"). */
  need?: Labels;
  /** The spec label the value sat under ("Näytön koko"); "" for the title. */
  where?: string | null;
  /** Nice-to-have weight, 1..5 (must-haves weigh 3 in the score). */
  weight?: number;
  /**
   * The budget row of a price shown in another currency than the budget's: not missing, just
   * not comparable without a conversion Needfit does not make.
   */
  otherCurrency?: { price: string; budget: string };
  /** The price itself, for a row about the price: the UI formats it in the shopper's language. */
  money?: Money;
  /** An unmet number's shortfall ("50″ < 55″"), for the one-line verdict. */
  gap?: Gap;
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

function budgetRowOf(offer: Offer, profile: NeedsProfile): VerdictRow | null {
  const budget = matchBudget(offer, profile.budget);
  if (!budget) return null;
  return {
    id: 'budget',
    attribute: 'price',
    importance: 'must',
    status: budget.status,
    found: budget.price ? formatMoney(budget.price) : null,
    ...(budget.price ? { money: budget.price } : {}),
    evidence: budget.origin,
    ...(budget.price?.currency && budget.price.currency !== budget.budget.currency
      ? { otherCurrency: { price: budget.price.currency, budget: budget.budget.currency } }
      : {}),
  };
}


/** Promoted means the page showed a promotion signal for it; each one is evidence the popup lists. */
export function isPromoted(product: Product): boolean {
  return product.promotions.length > 0;
}

/** Any offer (a product, a listing card) against a profile. */
export function judgeOffer(offer: Offer, profile: NeedsProfile, promoted: boolean): Verdict {
  const match = matchOffer(offer, profile);
  const rows: VerdictRow[] = match.rows.map((m) => ({
    id: m.requirement.id,
    attribute: m.requirement.attribute,
    status: m.status,
    ...(m.gap ? { gap: m.gap } : {}),
    importance: m.requirement.importance,
    found: m.found,
    evidence: m.origin,
    need: inEachLanguage((lang) => describeRequirement(m.requirement, lang)),
    where: m.where,
    weight: weightOf(m.requirement),
  }));
  const budget = budgetRowOf(offer, profile);
  if (budget) rows.push({ ...budget, weight: MUST_WEIGHT });
  return { fit: match.fit, score: match.score, mustTotal: match.mustTotal, mustUnmet: match.mustUnmet, mustUnknown: match.mustUnknown, promoted, rows };
}

/** The page's product against the profile: every requirement, then the budget. */
export function judge(analysis: PageAnalysis, profile: NeedsProfile): Verdict | null {
  const product = analysis.product;
  if (!product) return null;
  return judgeOffer(offerOfProduct(product), profile, isPromoted(product));
}
