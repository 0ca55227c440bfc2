/**
 * The visible page: the title near the top, the price shown with it, the prior price and
 * the EU 30-day-low statement beside it, availability words and spec rows. This is what
 * the shopper sees, so its price wins over markup that disagrees (see merge.ts).
 */
import { parsePrice } from '../../core/price.ts';
import type { Budget } from '../budget.ts';
import type { Money, PriorPrice } from '../types.ts';
import { availabilityFromWords, isClearOutOfStock } from './availability.ts';
import type { Clues } from './clues.ts';
import { commonAncestor } from './dom.ts';
import { scanPage } from './scan.ts';
import { squash, textOf } from './text.ts';
import { bestPrice, nearPriorPrice, priceCandidates, type PriceCandidate } from './visible-price.ts';
import { visibleSpecs } from './visible-specs.ts';
import { LOWEST_30D_PHRASES, PRIOR_PRICE_LABELS } from './words.ts';
import { findIdentifiers, type Identifiers } from './identifiers.ts';

const MAX_AREA_NODES = 3_000;
const MAX_AREA_CHARS = 30_000;
export interface VisibleResult {
  clues: Clues;
  /** The element standing for the product: the product area for promotions. */
  area: Element | null;
  /** Prices the page shows near the product, so merge can tell whether markup agrees. */
  shownAmounts: number[];
  /** Identifiers printed beside a label: what the shopper reads wins over markup. */
  printed: Identifiers;
  /** A title and a price, or a buy button: this looks like a product page. */
  looksLikeProduct: boolean;
  /** The page was larger than the bounded reads cover. */
  cut: boolean;
  /** One or two buy buttons, or an identifier printed on the page: a single product's page. */
  singleProduct: boolean;
}

function findTitle(doc: Document): Element | null {
  const h1s = doc.querySelectorAll('h1');
  for (let i = 0; i < h1s.length && i < 10; i++) {
    const h1 = h1s[i] as Element;
    if ((h1.textContent ?? '').trim().length >= 2) return h1;
  }
  return null;
}

interface AreaText {
  /** Text nodes joined with spaces so prices stay apart. */
  text: string;
  /** The short text nodes on their own, for statements like "Sold out". */
  short: string[];
}

function areaText(area: Element, budget: Budget): AreaText {
  const doc = area.ownerDocument;
  const walker = doc.createTreeWalker(area, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let chars = 0;
  for (let i = 0; i < MAX_AREA_NODES && chars < MAX_AREA_CHARS; i++) {
    const node = walker.nextNode();
    if (!node) break;
    const tag = node.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    const text = node.nodeValue?.trim();
    if (text) {
      parts.push(text);
      chars += text.length;
    }
  }
  budget.visit(parts.length);
  budget.read(chars);
  return { text: squash(parts.join(' ')), short: parts.filter((p) => p.length <= 60) };
}

/** The product area: the smallest ancestor holding both title and price, if not the whole page. */
function productArea(title: Element | null, price: PriceCandidate | null): Element | null {
  const base = title && price ? commonAncestor(title, price.el) : (price?.el ?? title);
  let area = base;
  if (area && (area.tagName === 'BODY' || area.tagName === 'HTML')) area = price?.el.parentElement?.parentElement ?? title;
  // A bare title or price says little; widen a few levels to reach labels beside it.
  for (let i = 0; area && i < 3 && (area.textContent ?? '').length < 400 && area.parentElement?.tagName !== 'BODY'; i++) {
    area = area.parentElement;
  }
  return area;
}

const PRICE_TOKEN = /(?:[A-Z]{2,3}\$?|[$€£¥₺₹₽]|kr\.?|zł|Kč|Ft|lei)?\s?\d[\d .,'’\u00a0]*(?:[.,](?:\d{1,2}|[-–]{1,2}))?\s?(?:[A-Z]{3}|[$€£¥₺₹₽]|kr\.?|zł|Kč|Ft|lei|:-|,-)?/u;

/** The first price in a short text after a label. */
function priceAfter(text: string, from: number): Money | null {
  const window = text.slice(from, from + 50);
  const token = PRICE_TOKEN.exec(window);
  return token ? parsePrice(token[0].trim()) : null;
}

function lowest30d(text: string): Money | null {
  for (const phrase of LOWEST_30D_PHRASES) {
    const match = phrase.exec(text);
    if (match) return priceAfter(text, match.index + match[0].length);
  }
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PRIOR_LABEL = new RegExp(`(?:^|[^\\p{L}])(${PRIOR_PRICE_LABELS.map(escape).join('|')})(?![\\p{L}])\\s*:?`, 'iu');

function labelledPrior(text: string, current: Money | null): PriorPrice | null {
  let rest = text;
  for (let guard = 0; guard < 10; guard++) {
    const match = PRIOR_LABEL.exec(rest);
    if (!match) return null;
    const found = priceAfter(rest, match.index + match[0].length);
    if (found && (!current || found.amount > current.amount)) return { ...found, label: (match[1] ?? '').trim() };
    rest = rest.slice(match.index + match[0].length);
  }
  return null;
}

function availabilityShown(els: Element[], area: AreaText, budget: Budget): Clues['availability'] {
  for (let i = 0; i < els.length && i < 30; i++) {
    const found = availabilityFromWords(textOf(els[i], budget, 300));
    if (found) return found;
  }
  return area.short.some(isClearOutOfStock) ? 'OutOfStock' : null;
}

export function fromVisible(doc: Document, budget: Budget): VisibleResult {
  const title = findTitle(doc);
  const scan = scanPage(doc, budget);
  const anchor = title ?? scan.buyButtons[0] ?? null;
  const { candidates, cut: tooManyPrices } = priceCandidates(scan, anchor, budget);
  const chosen = bestPrice(candidates);
  const area = productArea(title, chosen);
  const shown = area ? areaText(area, budget) : { text: '', short: [] };
  const text = shown.text;
  const specs = visibleSpecs(doc, budget);
  const ids = findIdentifiers(doc, budget);
  const printed: Identifiers = {
    sku: specs.sku ?? ids.printed.sku,
    gtin: specs.gtin ?? ids.printed.gtin,
    mpn: specs.mpn ?? ids.printed.mpn,
  };
  const price = chosen?.price ?? null;
  const struck = chosen ? nearPriorPrice(candidates, chosen) : null;
  const clues: Clues = {
    name: title ? textOf(title, budget, 500) || null : null,
    price,
    priorPrice: struck ? { ...struck.price, label: 'was' } : labelledPrior(text, price),
    lowest30d: lowest30d(text),
    availability: availabilityShown(scan.stock, shown, budget),
    sku: printed.sku ?? ids.posted.sku ?? null,
    gtin: printed.gtin ?? ids.posted.gtin ?? null,
    mpn: printed.mpn ?? ids.posted.mpn ?? null,
    specs: specs.specs,
  };
  // Any price the page shows counts: markup wins unless its amount is shown nowhere at all.
  const nearby = candidates.map((c) => c.price.amount);
  const buyButtons = scan.buyButtons.length;
  const looksLikeProduct = (title !== null && chosen !== null) || buyButtons > 0;
  const singleProduct = title !== null && ((buyButtons > 0 && buyButtons <= 3) || printed.sku !== undefined || ids.posted.sku !== undefined);
  return { clues, area, shownAmounts: nearby, printed, looksLikeProduct, singleProduct, cut: tooManyPrices || ids.cut };
}
