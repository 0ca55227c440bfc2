/**
 * Matching: an offer (a product page's product or a listing card) against a needs profile.
 * Each requirement is met, unmet or unknown, with the value the page showed and where it
 * was; a missing spec is unknown, never a pass. The budget is checked like a must-have.
 */
import type { Budget, NeedsProfile, Requirement } from './needs.ts';
import type { Money } from '../contract/analysis.ts';
import { factsOf, offerTexts, type Fact, type FactOrigin, type Offer } from './facts.ts';
import {
  compareBoolean, compareEnumValue, compareList, compareNumber, compareText, fold, inUnit, type RowStatus,
} from './compare.ts';
import { convert, findQuantities, unitFor, type UnitId } from './units.ts';
import { attribute } from './vocabulary/index.ts';

export type { RowStatus } from './compare.ts';
export type Fit = 'fits' | 'partly' | 'misfit' | 'unknown';

/** Worst to best, for comparing two fits. */
export const FIT_RANK: Readonly<Record<Fit, number>> = { misfit: 0, unknown: 1, partly: 2, fits: 3 };

/**
 * How far an unmet number falls short, in the shopper's own unit: found 50, wanted 55, "in",
 * below. Only for "at least" and "at most" of one number, where "50″ < 55″" says it all.
 */
export interface Gap {
  found: number;
  wanted: number;
  unit: UnitId | null;
  side: 'below' | 'above';
}

export interface RequirementMatch {
  requirement: Requirement;
  status: RowStatus;
  gap?: Gap;
  /** The page's words for the value ("55\" (139 cm)", "849.00 EUR"), or null when not stated. */
  found: string | null;
  /** The spec label it sat under, "" for the title, null when not found. */
  where: string | null;
  origin: FactOrigin | null;
}

export interface BudgetMatch {
  status: RowStatus;
  budget: Budget;
  price: Money | null;
  origin: FactOrigin | null;
}

export interface Match {
  fit: Fit;
  /** 0..1, the weighted share of requirements met (must-haves weigh 3). */
  score: number;
  rows: RequirementMatch[];
  budget: BudgetMatch | null;
  mustTotal: number;
  mustUnmet: number;
  mustUnknown: number;
}

export const MUST_WEIGHT = 3;

export function formatMoney(money: Money): string {
  return `${money.amount.toFixed(2)} ${money.currency ?? ''}`.trim();
}

/** Converted figures carry the shop's rounding ("139 cm" read as 54.7"): allow 1% then. */
function toleranceFor(fact: Fact, requirementUnit: UnitId | null): number {
  const stated = findQuantities(fact.shown, { limit: 6 }).some((q) => q.unit === fact.unit);
  return (requirementUnit && requirementUnit !== fact.unit) || (fact.unit && !stated) ? 0.01 : 1e-9;
}

function compareFact(requirement: Requirement, fact: Fact): RowStatus {
  const def = attribute(requirement.attribute);
  const kind = def?.kind ?? (typeof fact.value === 'number' ? 'number' : 'text');
  const { op, value } = requirement;
  switch (kind) {
    case 'number': {
      if (typeof fact.value !== 'number') return 'unknown';
      const from = (requirement.unit ? unitFor(requirement.unit) : null) ?? def?.unit ?? null;
      const factUnit = fact.unit ?? def?.unit ?? null;
      const wanted = inUnit(value, from, factUnit);
      return wanted ? compareNumber(op, fact.value, wanted, toleranceFor(fact, from)) : 'unknown';
    }
    case 'enum':
      return compareEnumValue(requirement.attribute, op, String(fact.value), value);
    case 'list':
      return compareList(op, String(fact.value), value);
    case 'boolean':
      return typeof fact.value === 'boolean' ? compareBoolean(op, fact.value, value) : 'unknown';
    default:
      return compareText(op, String(fact.value), value);
  }
}

/** "Must mention": the words anywhere in the title or the spec rows. */
function matchMention(requirement: Requirement, offer: Offer): RequirementMatch {
  const words = requirement.value.kind === 'text' ? [requirement.value.value] : requirement.value.kind === 'list' ? requirement.value.values : [];
  const wanted = words.map(fold).filter((w) => w.trim() !== '');
  const hit = wanted.length ? offerTexts(offer).find((t) => wanted.every((w) => fold(t.text).includes(w))) : undefined;
  // Not seeing the words in what was read is no proof the product lacks them.
  if (!hit) return { requirement, status: 'unknown', found: null, where: null, origin: null };
  return { requirement, status: 'met', found: hit.text.trim().slice(0, 200), where: hit.label, origin: hit.origin };
}

function matchPrice(requirement: Requirement, offer: Offer): RequirementMatch {
  const price = offer.price;
  if (!price) return { requirement, status: 'unknown', found: null, where: null, origin: null };
  const currency = requirement.unit && /^[A-Z]{3}$/.test(requirement.unit) ? requirement.unit : null;
  const comparable = !currency || !price.currency || currency === price.currency;
  const status = comparable ? compareNumber(requirement.op, price.amount, requirement.value) : 'unknown';
  return { requirement, status, found: formatMoney(price), where: null, origin: offer.priceSource };
}

export function matchRequirement(requirement: Requirement, facts: Map<string, Fact>, offer: Offer): RequirementMatch {
  if (requirement.op === 'mentions' || requirement.attribute === 'text') return matchMention(requirement, offer);
  if (requirement.attribute === 'price') return matchPrice(requirement, offer);
  const fact = facts.get(requirement.attribute);
  if (!fact) return { requirement, status: 'unknown', found: null, where: null, origin: null };
  const status = compareFact(requirement, fact);
  const gap = status === 'unmet' ? gapOf(requirement, fact) : null;
  return { requirement, status, ...(gap ? { gap } : {}), found: fact.shown || String(fact.value), where: fact.label, origin: fact.origin };
}

/** The shortfall of a number fact, in the unit the shopper typed (else the fact's own). */
export function gapOf(requirement: Requirement, fact: Fact): Gap | null {
  if ((requirement.op !== 'atLeast' && requirement.op !== 'atMost') || requirement.value.kind !== 'number') return null;
  if (typeof fact.value !== 'number' || !Number.isFinite(fact.value)) return null;
  // As compareFact reads them: a bare number is in the attribute's own unit.
  const own = attribute(requirement.attribute)?.unit ?? null;
  const wantedUnit = (requirement.unit ? unitFor(requirement.unit) : null) ?? own;
  const factUnit = fact.unit ?? own;
  const found = wantedUnit && factUnit ? convert(fact.value, factUnit, wantedUnit) : fact.value;
  if (found === null) return null;
  return { found, wanted: requirement.value.value, unit: wantedUnit, side: requirement.op === 'atLeast' ? 'below' : 'above' };
}

export function matchBudget(offer: Offer, budget: Budget | null): BudgetMatch | null {
  if (!budget) return null;
  const price = offer.price;
  const comparable = price && (price.currency === null || price.currency === budget.currency);
  const status: RowStatus = !price || !comparable ? 'unknown' : price.amount <= budget.max ? 'met' : 'unmet';
  return { status, budget, price, origin: price ? offer.priceSource : null };
}

interface Weighed {
  status: RowStatus;
  importance: 'must' | 'nice';
  weight: number;
}

/** Any unmet must-have is a misfit; an unknown must-have makes it "can't tell"; a missed nice-to-have, "partly". */
export function fitOf(rows: Weighed[]): Pick<Match, 'fit' | 'score' | 'mustTotal' | 'mustUnmet' | 'mustUnknown'> {
  const musts = rows.filter((r) => r.importance === 'must');
  const mustUnmet = musts.filter((r) => r.status === 'unmet').length;
  const mustUnknown = musts.filter((r) => r.status === 'unknown').length;
  const total = rows.reduce((sum, r) => sum + r.weight, 0);
  const gained = rows.filter((r) => r.status === 'met').reduce((sum, r) => sum + r.weight, 0);
  let fit: Fit;
  if (rows.length === 0) fit = 'unknown';
  else if (mustUnmet > 0) fit = 'misfit';
  else if (mustUnknown > 0) fit = 'unknown';
  else if (rows.some((r) => r.importance === 'nice' && r.status !== 'met')) fit = 'partly';
  else fit = 'fits';
  return { fit, score: total ? gained / total : 0, mustTotal: musts.length, mustUnmet, mustUnknown };
}

export const weightOf = (r: { importance: 'must' | 'nice'; weight: number }): number =>
  r.importance === 'must' ? MUST_WEIGHT : Math.min(5, Math.max(1, r.weight));

export function matchOffer(offer: Offer, profile: NeedsProfile): Match {
  const facts = factsOf(offer);
  const rows = profile.requirements.slice(0, 100).map((r) => matchRequirement(r, facts, offer));
  const budget = matchBudget(offer, profile.budget);
  const weighed: Weighed[] = rows.map((r) => ({ status: r.status, importance: r.requirement.importance, weight: weightOf(r.requirement) }));
  if (budget) weighed.push({ status: budget.status, importance: 'must', weight: MUST_WEIGHT });
  return { ...fitOf(weighed), rows, budget };
}
