/**
 * The visible page: the title near the top, the price shown with it, the prior price and
 * the EU 30-day-low statement beside it, availability words and spec rows. This is what
 * the shopper sees, so its price wins over markup that disagrees (see merge.ts).
 */
import { parsePrice } from '../../core/price.ts';
import type { Budget } from '../budget.ts';
import type { Money, PriorPrice } from '../../contract/analysis.ts';
import { availabilityFromWords, isClearOutOfStock } from './availability.ts';
import type { Clues } from './clues.ts';
import { ancestors, commonAncestor, treeDistance } from './dom.ts';
import { labelledPrice, pricePrintedAfter } from './labelled-price.ts';
import { scanPageSteps } from './scan.ts';
import { runToEnd, type Steps } from '../steps.ts';
import { squash, textOf } from './text.ts';
import { bestPrice, nearPriorPrice, priceCandidates, type PriceCandidate } from './visible-price.ts';
import { visibleSpecs } from './visible-specs.ts';
import { LOWEST_30D_PHRASES, PRIOR_PRICE_LABELS } from './words.ts';
import { addressCode, hintedCode } from './code-hints.ts';
import { findIdentifiers, type Identifiers } from './identifiers.ts';
import { LETTERS, WORD_CHARS } from '../../core/letters.ts';

const MAX_AREA_NODES = 3_000;
const TITLE_WORD = new RegExp(`[${WORD_CHARS}]{2,}`, 'gu');
const MAX_AREA_CHARS = 30_000;
/** Tree steps from the title within which a price-classed element counts as shown with it. */
const NEAR_TITLE = 8;
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

/** Lower-case words of two letters or more, for comparing a heading with the page title. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(TITLE_WORD) ?? [];
}

/** The page's frame and its overlays: a cookie or sign-in dialog has headings of its own. */
const PAGE_FRAME = 'header, nav, aside, footer, dialog, [role="navigation"], [role="banner"], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/**
 * The product title: the h1 sharing most words with the document title (a shop's first h1
 * is sometimes its logo or a category heading in the menu), else the first h1 with text
 * outside the page frame.
 */
export function findTitle(doc: Document): Element | null {
  const h1s = doc.querySelectorAll('h1');
  const pageTitle = new Set(wordsOf((doc.title ?? '').slice(0, 300)));
  let best: Element | null = null;
  let bestShare = -1;
  for (let i = 0; i < h1s.length && i < 10; i++) {
    const h1 = h1s[i] as Element;
    const text = (h1.textContent ?? '').slice(0, 300);
    if (text.trim().length < 2) continue;
    const words = wordsOf(text);
    let share = words.length ? words.filter((w) => pageTitle.has(w)).length / words.length : 0;
    // A heading in the menus, the page frame or a dialog over the page names a section or a notice, not the product.
    if (h1.closest(PAGE_FRAME)) share -= 2;
    if (share > bestShare) {
      best = h1;
      bestShare = share;
    }
  }
  return best;
}

/**
 * Without an h1: a short heading or title-classed element whose text the document title
 * repeats ("Name - Shop"), bounded to the first few hundred such elements.
 */
function titleFromPageTitle(doc: Document): Element | null {
  const pageTitle = (doc.title ?? '').trim().toLowerCase();
  if (pageTitle.length < 4) return null;
  const els = doc.querySelectorAll('h2, [itemprop="name"], [class*="title" i]');
  for (let i = 0; i < els.length && i < 300; i++) {
    const el = els[i] as Element;
    if (el.childElementCount > 3 || el.closest(PAGE_FRAME)) continue;
    const text = (el.textContent ?? '').slice(0, 300).trim().toLowerCase();
    if (text.length >= 4 && text.length <= 200 && pageTitle.includes(text)) return el;
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
/** Matched against the text in lower case: the `i` flag would compile every letter range twice. */
const PRIOR_LABEL = new RegExp(`(?:^|[^${LETTERS}])(${PRIOR_PRICE_LABELS.map(escape).join('|')})(?![${LETTERS}])\\s*:?`, 'u');

function labelledPrior(text: string, current: Money | null): PriorPrice | null {
  let rest = text;
  for (let guard = 0; guard < 10; guard++) {
    const lower = rest.toLowerCase();
    const match = PRIOR_LABEL.exec(lower);
    if (!match) return null;
    const found = priceAfter(rest, match.index + match[0].length);
    if (found && (!current || found.amount > current.amount)) {
      // The label as printed ("UVP"), where lower-casing kept every position.
      const label = match[1] ?? '';
      const at = match.index + match[0].indexOf(label);
      return { ...found, label: (lower.length === rest.length ? rest.slice(at, at + label.length) : label).trim() };
    }
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
  return runToEnd(fromVisibleSteps(doc, budget));
}

/** The same, as steps: the page gets the thread back between the walks. */
export function* fromVisibleSteps(doc: Document, budget: Budget): Steps<VisibleResult> {
  const title = findTitle(doc) ?? titleFromPageTitle(doc);
  const scan = yield* scanPageSteps(doc, budget);
  const anchor = title ?? scan.buyButtons[0] ?? null;
  const { candidates, cut: tooManyPrices } = priceCandidates(scan, anchor, budget);
  yield;
  let chosen = bestPrice(candidates);
  // No price-classed element near the title: read the price printed after a price label.
  const titleUp = title ? ancestors(title) : [];
  const chosenDistance = chosen && title ? treeDistance(titleUp, chosen.el) : Infinity;
  if (title && chosenDistance > NEAR_TITLE) {
    const labelled = labelledPrice(title, budget) ?? pricePrintedAfter(title, budget);
    // It wins only when printed nearer the title than the price-classed choice.
    if (labelled && treeDistance(titleUp, labelled.el) < chosenDistance) {
      chosen = { ...labelled, score: 0, struck: false, shelf: false };
      candidates.push(chosen);
    }
  }
  const area = productArea(title, chosen);
  const shown = area ? areaText(area, budget) : { text: '', short: [] };
  const text = shown.text;
  yield;
  const specs = visibleSpecs(doc, budget);
  yield;
  const ids = findIdentifiers(doc, budget);
  yield;
  // A spec row beats a loose "Label: value" line, unless its label was a weak one and the
  // line's was not.
  const pick = (field: 'sku' | 'gtin' | 'mpn') => {
    // A label printed with many values is each card's: neither its row nor its line is the page's.
    if (ids.many.has(field)) return undefined;
    const fromRow = specs[field] ?? undefined;
    const fromLine = ids.printed[field];
    if (fromRow && fromLine && specs.weak.has(field) && !ids.weak.has(field)) return fromLine;
    return fromRow ?? fromLine;
  };
  const labelledSku = pick('sku');
  const printed: Identifiers = { sku: labelledSku ?? hintedCode(area, budget) ?? undefined, gtin: pick('gtin'), mpn: pick('mpn') };
  const price = chosen?.price ?? null;
  const struck = chosen ? nearPriorPrice(candidates, chosen) : null;
  const clues: Clues = {
    name: title ? textOf(title, budget, 500) || null : null,
    price,
    priorPrice: struck ? { ...struck.price, label: 'was' } : labelledPrior(text, price),
    lowest30d: lowest30d(text),
    availability: availabilityShown(scan.stock, shown, budget),
    // The address's product number only on a page that sells something: a price or a buy button.
    sku: printed.sku ?? ids.posted.sku ?? (chosen || scan.buyButtons.length > 0 ? addressCode(doc.URL) : null) ?? null,
    gtin: printed.gtin ?? ids.posted.gtin ?? null,
    mpn: printed.mpn ?? ids.posted.mpn ?? null,
    specs: specs.specs,
  };
  // Any price the page shows counts: markup wins unless its amount is shown nowhere at all.
  // A markup amount that matches only a struck-through price is the prior one, not the price.
  const nearby = candidates.filter((c) => !c.struck).map((c) => c.price.amount);
  const buyButtons = scan.buyButtons.length;
  const looksLikeProduct = (title !== null && chosen !== null) || buyButtons > 0;
  // A code read off a class name beside the title says one product only where the buy buttons
  // do not say many (one per card); a labelled or posted code says it whatever the buttons.
  const hinted = printed.sku !== undefined && labelledSku === undefined;
  const singleProduct =
    title !== null && (((buyButtons > 0 || hinted) && buyButtons <= 3) || labelledSku !== undefined || ids.posted.sku !== undefined);
  return { clues, area, shownAmounts: nearby, printed, looksLikeProduct, singleProduct, cut: tooManyPrices || ids.cut };
}
