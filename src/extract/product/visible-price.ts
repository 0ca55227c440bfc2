/**
 * The price the shopper sees: among price-looking elements, the most prominent one near
 * the product title (or the buy button), skipping struck-through, per-unit and instalment
 * prices and the prices of other products in shelves and carousels.
 */
import { parsePrice } from '../../core/price.ts';
import type { Budget } from '../budget.ts';
import { textUpTo } from '../bounded-text.ts';
import type { Money } from '../../contract/analysis.ts';
import { ancestors, classWords, hintsOf, isAfter, treeDistance } from './dom.ts';
import type { PageScan } from './scan.ts';
import { CURRENT_PRICE, MAYBE_OTHER_PRODUCTS, NOT_CURRENT_PRICE, OTHER_PRODUCTS } from './words.ts';

const MAX_PRICE_TEXT = 60;

const STRUCK = 'del, s, strike';
const HIDDEN_TEXT =
  '[class*="offscreen" i], [class*="sr-only" i], [class*="visually-hidden" i], [class*="screen-reader" i], [class*="screenreader" i]';

export interface PriceCandidate {
  el: Element;
  price: Money;
  score: number;
  struck: boolean;
  /** Inside a shelf of other products: never the product's own price. */
  shelf: boolean;
}

/**
 * The text of a price element. Screen-reader copies are the cleanest; cents set apart in
 * a last child ("87<sup>11</sup>", "$229<span>99</span>") get their decimal point back.
 */
export function priceText(el: Element): string {
  const hidden = el.firstElementChild ? el.querySelector(HIDDEN_TEXT) : null;
  const hiddenText = hidden?.textContent?.trim() ?? '';
  if (hiddenText && /\d/.test(hiddenText) && hiddenText.length <= MAX_PRICE_TEXT) return hiddenText;
  const full = el.textContent ?? '';
  if (full.length > MAX_PRICE_TEXT * 3) return full;
  const children = el.children;
  for (let i = 0; i < children.length && i < 6; i++) {
    const cents = children[i]?.textContent ?? '';
    if (!/^\s*\d{2}\s*$/.test(cents)) continue;
    // Where the cents start in the element's text: right after the whole units, with only
    // a currency after them.
    const at = full.lastIndexOf(cents);
    const units = full.slice(0, at).trim();
    const after = full.slice(at + cents.length);
    if (at > 0 && /\d$/.test(units) && !/[.,]\d{1,2}$/.test(units) && !/\d/.test(after)) return `${units}.${cents.trim()}${after}`;
  }
  return full;
}

/** Two or more separate numbers ("UVP € 149,99 -21% € 119,01"): a box around several prices. */
export function severalNumbers(text: string): boolean {
  const numbers = text.match(/\d(?:[\d.,'’\u00a0 ]*\d)?/g);
  return (numbers?.length ?? 0) > 1;
}

/** Price elements read and scored at most: the ones nearest the title when a page has more. */
export const MAX_SCORED = 30;

/**
 * The `max` elements nearest the anchor in the tree, in document order (the first `max` when
 * there is no anchor). Pages with hundreds of price-classed elements have them in carousels
 * of other products, far from the title.
 */
function nearest(els: readonly Element[], anchorUp: readonly Element[], max: number): Element[] {
  if (els.length <= max || anchorUp.length === 0) return els.slice(0, max);
  const up = new Map<Element, number>(anchorUp.map((el, i) => [el, i]));
  const distance = (el: Element): number => {
    let steps = 0;
    for (let node: Element | null = el; node && steps < 80; node = node.parentElement, steps++) {
      const i = up.get(node);
      if (i !== undefined) return steps + i;
    }
    return Infinity;
  };
  const ranked = els.map((el, index) => ({ index, distance: distance(el) }));
  ranked.sort((a, b) => a.distance - b.distance || a.index - b.index);
  return ranked
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
    .map(({ index }) => els[index] as Element);
}

/** Every price-looking element, parsed, with a score; higher means more likely the price to pay. */
export function priceCandidates(scan: PageScan, anchor: Element | null, budget: Budget): { candidates: PriceCandidate[]; cut: boolean } {
  const anchorUp = anchor ? ancestors(anchor) : [];
  // Leaving out far price elements is a choice, not a page too big to read: not marked cut.
  const els = nearest(scan.prices, anchorUp, MAX_SCORED);
  const cut = scan.cut;
  const count = els.length;
  const taken = new Set<Element>();
  const words = new Map<Element, string>();
  const out: PriceCandidate[] = [];
  for (let i = 0; i < count && !budget.exhausted; i++) {
    const el = els[i] as Element;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'META' || el.tagName === 'INPUT') continue;
    // A parsed container already stands for its pieces ("$", "87", ".11").
    if (insideTaken(el, taken)) continue;
    const content = el.getAttribute('content');
    // A big container classed "price" is no price: ruled out after reading a few nodes,
    // before the subtree searches below.
    if (content === null && textUpTo(el, MAX_PRICE_TEXT * 3) === null) continue;
    // A box holding a struck-through price too: its pieces are the candidates.
    if (el.querySelector(STRUCK)) continue;
    const raw = content ?? priceText(el);
    if (raw.length > MAX_PRICE_TEXT * 3 || !/\d/.test(raw)) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length > MAX_PRICE_TEXT) continue;
    budget.read(text.length);
    const price = parsePrice(text);
    if (!price || price.amount <= 0) continue;
    const candidate = scoreCandidate(el, price, anchor, anchorUp, words);
    if (severalNumbers(text)) {
      // A box around a prior and a current price, or a price and its delivery cost: its
      // first number is a poor guess, so its own price-classed pieces compete on their own.
      candidate.score -= 8;
    } else {
      taken.add(el);
    }
    out.push(candidate);
  }
  return { candidates: out, cut };
}

function insideTaken(el: Element, taken: Set<Element>): boolean {
  let node = el.parentElement;
  for (let i = 0; node && i < 8; i++, node = node.parentElement) if (taken.has(node)) return true;
  return false;
}

function scoreCandidate(el: Element, price: Money, anchor: Element | null, anchorUp: Element[], words: Map<Element, string>): PriceCandidate {
  const own = classWords(el, 1, words);
  const wider = classWords(el, 6, words);
  const struck = el.closest(STRUCK) !== null || NOT_CURRENT_PRICE.test(own);
  let score = 0;
  if (struck) score -= 40;
  if (CURRENT_PRICE.test(own)) score += 8;
  if (el.getAttribute('itemprop') === 'price') score += 6;
  if (price.currency) score += 4;
  // A price in a shelf of other products (carousel, "related", "also viewed") is theirs.
  const shelf = OTHER_PRODUCTS.test(wider);
  if (MAYBE_OTHER_PRODUCTS.test(wider)) score -= 25;
  if (el.closest('header, footer, nav, aside, li li, [role="dialog"]')) score -= 15;
  if (anchor) {
    const distance = treeDistance(anchorUp, el);
    score -= Math.min(distance, 30) * 1.5;
    if (isAfter(anchor, el)) score += 5;
  }
  if (/price/.test(hintsOf(el))) score += 2;
  return { el, price, score, struck, shelf };
}

/** The best current-price candidate, or null. */
export function bestPrice(candidates: PriceCandidate[]): PriceCandidate | null {
  let best: PriceCandidate | null = null;
  for (const c of candidates) if (!c.struck && !c.shelf && (!best || c.score > best.score)) best = c;
  return best;
}

/** A struck-through or "was"-classed price near the chosen one and above it. */
export function nearPriorPrice(candidates: PriceCandidate[], chosen: PriceCandidate): PriceCandidate | null {
  const chosenUp = ancestors(chosen.el);
  let best: PriceCandidate | null = null;
  let bestDistance = 7;
  for (const c of candidates) {
    if (!c.struck || c.price.amount <= chosen.price.amount) continue;
    const distance = treeDistance(chosenUp, c.el);
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}
