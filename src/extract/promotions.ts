/**
 * Promotion signals inside a product area or a card: short labels whose words (per language,
 * see words/) claim a paid placement, the shop's pick, a campaign, a discount, urgency or
 * social proof, plus struck-through prior prices. Each comes with its exact text and where
 * it sits. Titles are never read as labels: "Deal Finder 3000" is a product, not a badge.
 */
import type { Budget } from './budget.ts';
import { textUpTo } from './bounded-text.ts';
import type { Promotion, PromotionType } from '../contract/analysis.ts';
import { isLowest30dLabel, normalise, promotionTypesOf } from './words/index.ts';
import { TWO_LETTERS } from '../core/letters.ts';
import { currencyCode } from '../core/currencies.ts';
import { holdsPrice, looksLikePrice } from './listing/dom.ts';

/** Longer texts are sentences or titles, not labels. */
const MAX_LABEL = 60;
/** A label element holds a few spans at most; bigger elements are containers to descend into. */
const MAX_LABEL_CHILDREN = 6;
const MAX_ELEMENTS = 5_000;
const MAX_FOUND = 40;

const NEVER_LABELS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TEXTAREA', 'SELECT', 'OPTION']);
/**
 * A class token that ends in "title" or "name" ("product-card__title") marks a title; a
 * line-height utility of the atomic CSS kits ("lh-title") is typography, not a title.
 */
const TITLE_MARKERS = /(?:^|\s)(?!lh-)[\w-]*(?:title|name)(?:\s|$)/i;
const NOT_IN_LABELS = 'h1, h2, h3, h4, h5, h6, img, picture, s, del, strike, [data-a-strike], [itemprop="name"], [class*="title" i]';
const STRUCK_TAGS = new Set(['S', 'DEL', 'STRIKE']);
const STRUCK_CLASS = /strike|line-?through|old-?price|price-?old|was-?price|price-?was|before-?price|price-?before|crossed/i;

/**
 * "Anzeige: 2481357", "Ad:": a short word and a colon names a field (a classified-ads site's
 * label for its listings, the ad's number), it does not mark the item as paid.
 */
const FIELD_NAME = /^[^:：]{1,24}[:：]/u;

const WHERE_HINTS: ReadonlyArray<[RegExp, string]> = [
  [/badge|ribbon|sticker|flag|label|pill|chip|tag|splash|banner/i, 'badge'],
  [/price/i, 'near the price'],
  [/image|img|media|thumb|picture/i, 'on the image'],
];

export interface FoundPromotion {
  promotion: Promotion;
  el: Element;
}

export interface ScanOptions {
  /** Subtrees to leave out, e.g. the cards inside a shelf when reading the shelf's own header. */
  skip?: (el: Element) => boolean;
}

/** Screen-reader copies double a price ("$13.99$13.99"); the shopper sees it once. */
const DOUBLED_PRICE = /([$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?[$€£¥]|\d+[.,]\d{2})\1/g;

export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(DOUBLED_PRICE, '$1').slice(0, 120);
}

function hints(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-test') ?? ''}`;
}

function whereOf(el: Element): string {
  let at: Element | null = el;
  for (let depth = 0; at && depth < 4; depth++, at = at.parentElement) {
    const h = hints(at);
    for (const [re, where] of WHERE_HINTS) if (re.test(h)) return where;
  }
  return 'label';
}

/**
 * What the scan needs of an element, read once: most elements of a product area have no
 * attributes at all, and each attribute read is a call into the DOM.
 */
interface Looked {
  tag: string;
  /** The class attribute, or null when the element has no attributes at all. */
  cls: string | null;
}

function look(el: Element): Looked {
  return { tag: el.tagName, cls: el.hasAttributes() ? (el.getAttribute('class') ?? '') : null };
}

function isTitle(el: Element, { tag, cls }: Looked): boolean {
  if (NEVER_LABELS.has(tag)) return true;
  return cls !== null && (el.getAttribute('itemprop') === 'name' || TITLE_MARKERS.test(cls));
}

function isStruck(el: Element, { tag, cls }: Looked): boolean {
  if (STRUCK_TAGS.has(tag)) return true;
  if (cls === null) return false;
  if (el.getAttribute('data-a-strike') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  return /line-through/i.test(style) || STRUCK_CLASS.test(cls);
}

/** A struck-through amount is a discount claim, unless it is the EU 30-day low. */
function struckPrice(el: Element, budget: Budget): Promotion | null {
  const ownText = textUpTo(el, 40);
  if (ownText === null || !/\d/.test(ownText)) return null;
  const own = clean(ownText);
  const parentText = el.parentElement ? textUpTo(el.parentElement, MAX_LABEL) : null;
  budget.read(own.length + (parentText?.length ?? MAX_LABEL));
  // The parent's text is the better evidence only when it adds words ("Ovh. 1 199,00 €"),
  // not when it only adds the current price beside the struck one.
  const around = parentText !== null ? clean(parentText) : null;
  const context = around !== null && TWO_LETTERS.test(around.replace(own, '')) ? around : own;
  if (isLowest30dLabel(context) || isLowest30dLabel(el.getAttribute('aria-label') ?? '')) return null;
  return { type: 'discount', text: context, where: 'struck-through price' };
}

/** Every promotion signal in `root` with the element carrying it; bounded by `budget`. */
export function scanPromotions(root: Element, budget: Budget, options: ScanOptions = {}): FoundPromotion[] {
  const found: FoundPromotion[] = [];
  const add = (promotion: Promotion, el: Element): void => {
    const text = normalise(promotion.text);
    // "Amazon's Choice: Overall Pick" says nothing "Overall Pick" did not: one label each.
    const same = found.some(({ promotion: p }) => {
      const other = normalise(p.text);
      return p.type === promotion.type && (other.includes(text) || text.includes(other));
    });
    if (same || found.length >= MAX_FOUND) return;
    found.push({ promotion, el });
  };
  const stack: Element[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_ELEMENTS && found.length < MAX_FOUND) {
    const el = stack.pop() as Element;
    if (!budget.visit()) break;
    const looked = look(el);
    if (isTitle(el, looked) || (el !== root && options.skip?.(el))) continue;
    if (isStruck(el, looked)) {
      const struck = struckPrice(el, budget);
      if (struck) {
        add(struck, el);
        continue;
      }
    }
    // The root is the card or product area itself: its labels are inside it.
    if ((el !== root || el.childElementCount === 0) && readLabel(el, looked.cls !== null, budget, add)) continue;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return found;
}

/**
 * "Sale CAD 34.42", "Now $12": one word naming the price beside it is the card's price line,
 * whose claim is the discount the prior price makes, not a campaign sticker of its own.
 */
function isPriceLine(text: string): boolean {
  if (!looksLikePrice(text)) return false;
  const words = text.split(/[\s\d.,'’:()–-]+/u).filter((w) => w.length > 0 && currencyCode(w) === null && TWO_LETTERS.test(w));
  return words.length <= 1;
}

/** How far up a label's accessible name is looked for. */
const NAME_LEVELS = 3;

/**
 * True when the label's accessible name, given by `aria-labelledby` on it or a near ancestor,
 * does not say it is paid. A shop that prints "Sponsored" on every card can hide the word
 * from screen readers and draw it only on some (by font or by layout); the name a screen
 * reader reads is the only account the markup gives, and it wins over the hidden word.
 */
function namedOtherwise(el: Element, budget: Budget): boolean {
  // The label may be found at a wrapper whose only text is the named element's.
  let at: Element | null = el.getAttribute('aria-labelledby') === null ? (el.querySelector('[aria-labelledby]') ?? el) : el;
  for (let level = 0; at && level < NAME_LEVELS; level++, at = at.parentElement) {
    const ids = at.getAttribute('aria-labelledby');
    if (ids === null) continue;
    const name = ids
      .split(/\s+/)
      .slice(0, 4)
      .map((id) => (id ? el.ownerDocument.getElementById(id) : null))
      .map((named) => (named ? (textUpTo(named, MAX_LABEL) ?? '') : ''))
      .join(' ');
    budget.read(name.length);
    return !promotionTypesOf(normalise(clean(name))).includes('sponsored');
  }
  return false;
}

/** An image's text this long at most is a sticker's word, not a description of a product photo. */
const MAX_IMAGE_LABEL = 30;

/** A sticker drawn as an image whose alternative text is the word: "SALE", "Bestseller". */
function readImageLabel(img: Element, add: (p: Promotion, el: Element) => void): boolean {
  const alt = clean(img.getAttribute('alt') ?? '');
  if (alt.length === 0 || alt.length > MAX_IMAGE_LABEL || FIELD_NAME.test(alt)) return false;
  const types = promotionTypesOf(normalise(alt));
  for (const type of types) add({ type, text: alt, where: whereOf(img) }, img);
  return types.length > 0;
}

/** A line of parts set apart by a bar or a dot is read part by part up to this length. */
const MAX_PARTED_LINE = 200;
const SEPARATORS = '|·•∙⋅';
const PART_SEPARATOR = new RegExp(`\\s[${SEPARATORS}]\\s`, 'u');
const ANY_SEPARATOR = new RegExp(`[${SEPARATORS}]`, 'u');
/** Words at most in a part that is a label of its own. */
const MAX_PART_WORDS = 3;

/**
 * A line too long for a label that begins or ends a paid disclosure with parts set apart:
 * "Sponsored | Based on star rating and number of customer ratings" over a shelf. Only a part
 * that is a paid mark on its own counts; a sentence that mentions the word is no label.
 */
function readPaidPart(el: Element, budget: Budget, add: (p: Promotion, el: Element) => void): boolean {
  // Most long texts are sentences without a separator: the first text node tells, unread.
  if (!ANY_SEPARATOR.test(el.firstChild?.nodeValue?.slice(0, MAX_PARTED_LINE) ?? '')) return false;
  const raw = textUpTo(el, MAX_PARTED_LINE);
  budget.read(raw?.length ?? MAX_PARTED_LINE);
  if (raw === null || !PART_SEPARATOR.test(raw)) return false;
  const parts = clean(raw).split(PART_SEPARATOR).map((part) => part.trim());
  const paid = parts.find((part) => part.split(/\s+/).length <= MAX_PART_WORDS && promotionTypesOf(normalise(part)).includes('sponsored'));
  if (!paid || FIELD_NAME.test(paid) || namedOtherwise(el, budget)) return false;
  add({ type: 'sponsored', text: paid, where: whereOf(el) }, el);
  return true;
}

/** Reads `el` as one label; true when it was one and matched, so its children need no visit. */
function readLabel(el: Element, attributed: boolean, budget: Budget, add: (p: Promotion, el: Element) => void): boolean {
  if (el.tagName === 'IMG') return attributed && readImageLabel(el, add);
  const aria = attributed ? el.getAttribute('aria-label') : null;
  if (aria && aria.length <= 40) {
    for (const type of promotionTypesOf(normalise(aria))) add({ type, text: clean(aria), where: whereOf(el) }, el);
  }
  if (el.childElementCount > MAX_LABEL_CHILDREN) return false;
  // The bounded text read first: it rules out most containers after a few nodes, while the
  // selector below searches the whole subtree.
  const raw = textUpTo(el, MAX_LABEL);
  budget.read(raw?.length ?? MAX_LABEL);
  if (raw === null) return el.childElementCount === 0 && readPaidPart(el, budget, add);
  const text = clean(raw);
  if (text.length === 0) return false;
  const priceLine = isPriceLine(text);
  const types: PromotionType[] = promotionTypesOf(normalise(text)).filter(
    (type) => (type !== 'sponsored' || (!FIELD_NAME.test(text) && !namedOtherwise(el, budget))) && (type !== 'campaign' || !priceLine),
  );
  if (types.length === 0) return false;
  // A small card is short too, but a label holds no title, picture or struck price. Asked
  // only of texts that claim something: the subtree search is the costly part.
  if (el.childElementCount > 0 && el.querySelector(NOT_IN_LABELS)) return false;
  for (const type of types) add({ type, text, where: whereOf(el) }, el);
  return types.length > 0;
}

/** Promotion signals inside `root` (a product area or a card), each with its exact text. */
export function findPromotions(root: Element, budget: Budget): Promotion[] {
  try {
    return scanPromotions(root, budget).map((f) => f.promotion);
  } catch {
    return [];
  }
}

/** Children of one parent looked at to tell a row of other products' tiles. */
const TILE_SAMPLE = 8;
const TILES_AT_LEAST = 3;
const TILE_TEXT = 1_200;
/**
 * An amount without a currency ("12.99", "349,-"), or in one of the few spellings that are
 * also common words in lower case ("12 990 Ft", "45 lei"). Currencies by sign or code are
 * asked of the card finder's price test, which knows the core's whole table.
 */
const BARE_AMOUNT = /\d[\d\s.,'’\u00a0]*(?:[.,]\d{2}|[.,]-|\s?(?:Ft|lei|тг)(?!\p{L}))/u;

/** A short element holding a link and an amount: what another product's tile looks like. */
function looksLikeTile(el: Element, budget: Budget): boolean {
  if (!el.querySelector('a[href]')) return false;
  const text = textUpTo(el, TILE_TEXT);
  budget.read(text?.length ?? TILE_TEXT);
  return text !== null && (BARE_AMOUNT.test(text) || holdsPrice(text));
}

/**
 * The product area's scan leaves out other products' tiles ("Similar products", "Others
 * also bought"): an element one of a row of at least three siblings that each hold a link
 * and an amount, unless it holds the page's own heading. Their badges and discount claims are
 * theirs, not the product's. Each parent is judged once.
 */
export function otherProductsTiles(budget: Budget): (el: Element) => boolean {
  const rows = new WeakMap<Element, boolean>();
  const isRow = (parent: Element): boolean => {
    let known = rows.get(parent);
    if (known === undefined) {
      let tiles = 0;
      let child = parent.firstElementChild;
      for (let i = 0; child && i < TILE_SAMPLE && tiles < TILES_AT_LEAST; i++, child = child.nextElementSibling) {
        if (looksLikeTile(child, budget)) tiles++;
      }
      known = tiles >= TILES_AT_LEAST;
      rows.set(parent, known);
    }
    return known;
  };
  return (el) => {
    const parent = el.parentElement;
    if (!parent || parent.childElementCount < TILES_AT_LEAST) return false;
    return isRow(parent) && looksLikeTile(el, budget) && !el.querySelector('h1');
  };
}

/** The product's own promotion signals: its area's, without other products' tiles in it. */
export function findProductPromotions(area: Element, budget: Budget): Promotion[] {
  try {
    return scanPromotions(area, budget, { skip: otherProductsTiles(budget) }).map((f) => f.promotion);
  } catch {
    return [];
  }
}
