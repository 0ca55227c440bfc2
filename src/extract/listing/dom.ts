/**
 * Small DOM helpers for listings: price-looking elements, links, headings, class signatures.
 * Every walk is bounded; page text is only read, never written.
 */
import type { Budget } from '../budget.ts';
import { runToEnd, type Steps } from '../steps.ts';
import { textPrefix, textUpTo } from '../bounded-text.ts';
import { LETTERS } from '../../core/letters.ts';
import { currencySigns, isCurrencyCode } from '../../core/currencies.ts';

/** The currency signs of the core's table, as a character class. */
const SIGNS = currencySigns().replace(/[\\\]^-]/g, '\\$&');
const CURRENCY = String.raw`(?:[${SIGNS}]|kr\.?|zł|kč|руб\.?|грн|chf|eur|usd|sek|nok|dkk|pln|gbp|:-)`;
/** A currency next to a number, either side: "$12.99", "1 299,90 €", "349,– €", "199:-". */
const PRICE_LIKE = new RegExp(
  `${CURRENCY}\\s?\\d|\\d[\\d\\s.,'’\\u00a0\\u202f]*[,.]?[-–]?\\s?${CURRENCY}(?![${LETTERS}])|\\d,[-–]`,
  'u',
);
/**
 * Any ISO 4217 code beside a number, in its own capitals: "CAD 247.94", "1 200 CZK". Minified
 * markup glues a label's word to the code ("Sale" + "CAD 12" reads "SaleCAD 12"), so only a
 * capital before the code makes it part of a longer word.
 */
const CODE_BESIDE_NUMBER = /(?<![A-Z])([A-Z]{3})\s?\d|\d[\d\s.,'’\u00a0\u202f]*[,.]?[-–]?\s?([A-Z]{3})(?![A-Za-z])/g;
/** Marks right-to-left pages set between a number and its sign ("0.01 \u200f₪"). */
const DIRECTION_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const THREE_LETTERS = new RegExp(`[${LETTERS}]{3}`, 'u');
const MAX_PRICE_TEXT = 40;
const CURRENCY_WORDS = /\b(?:eur|usd|sek|nok|dkk|pln|gbp|chf|kr)\b/gi;
const MAX_ANCHORS = 6_000;
const SKIP_TEXT_OF = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION']);
const SHOW_TEXT = 4;

/** A text on one line, white space collapsed. */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** True when `text` holds a word, three letters in a row, as a product's name does. */
export function holdsWord(text: string): boolean {
  return THREE_LETTERS.test(text);
}

export function looksLikePrice(text: string): boolean {
  return text.length <= MAX_PRICE_TEXT && holdsPrice(text);
}

/** Whether a text of any length holds a price somewhere: "Now $1.52 Was $1.96 19.0 ¢/oz". */
export function holdsPrice(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const plain = text.replace(DIRECTION_MARKS, '');
  // Lower case instead of the `i` flag, which makes every page compile the letter ranges twice.
  return PRICE_LIKE.test(plain.toLowerCase()) || hasCodeBesideNumber(plain);
}

function hasCodeBesideNumber(text: string): boolean {
  for (const match of text.matchAll(CODE_BESIDE_NUMBER)) if (isCurrencyCode(match[1] ?? match[2] ?? '')) return true;
  return false;
}

export function textOf(el: Element, budget: Budget, max = 2_000): string {
  const text = textPrefix(el, max);
  budget.read(text.length);
  return text;
}

/**
 * Elements whose short text is a price, in document order. A price split over spans
 * ("<span>$</span><span>12</span>") is found at the smallest element holding all of it.
 */
export function priceElements(root: Element, budget: Budget): Element[] {
  return runToEnd(priceElementSteps(root, budget));
}

/** Text nodes read between two chances for the page to run. */
const NODES_PER_STEP = 400;

/** Characters of an element read to see that what follows its price is a note without one. */
const MAX_NOTED_PRICE = 120;
/** Children of an element looked at beside its price, at most. */
const MAX_PIECES = 8;

/**
 * An element that opens with a price of its own text and goes on only with a note in child
 * elements that names no other price: "Was £499.00<span> (from 12/05/2021 to 03/06/2021)</span>".
 * A sentence in running text has more text of its own and is no price.
 */
function leadsWithPrice(el: Element, node: Node): boolean {
  const own = oneLine(node.nodeValue);
  if (el.firstChild !== node || !looksLikePrice(own)) return false;
  let siblings = 0;
  for (let child = node.nextSibling; child; child = child.nextSibling) {
    if (++siblings > MAX_PIECES || (child.nodeType === 3 && (child.nodeValue ?? '').trim())) return false;
  }
  const whole = textUpTo(el, MAX_NOTED_PRICE);
  return whole !== null && !holdsPrice(whole.slice(own.length));
}

/** True when a child of `el` other than `from` is, on its own, a price. */
function holdsPricedChild(el: Element, from: Element | null): boolean {
  const children = el.children;
  for (let i = 0; i < children.length && i < MAX_PIECES; i++) {
    const piece = children[i];
    if (!piece || piece === from) continue;
    const text = textUpTo(piece, MAX_PRICE_TEXT);
    if (text !== null && looksLikePrice(text)) return true;
  }
  return false;
}

export function* priceElementSteps(root: Element, budget: Budget): Steps<Element[]> {
  const doc = root.ownerDocument;
  const found: Element[] = [];
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let read = 0;
  for (let node = walker.nextNode(); node && found.length < MAX_ANCHORS; node = walker.nextNode()) {
    if (!budget.visit()) break;
    if (++read % NODES_PER_STEP === 0) yield;
    const value = node.nodeValue ?? '';
    if (!/\d/.test(value)) continue;
    let el = node.parentElement;
    if (!el || SKIP_TEXT_OF.has(el.tagName)) continue;
    // Words are labels or titles: such a text may be a price on its own ("List: $34.99") but
    // is never one piece of a price split over spans, so it does not climb.
    const levels = holdsWord(value.replace(CURRENCY_WORDS, '')) ? 1 : 3;
    let child: Element | null = null;
    for (let level = 0; el && level < levels && el !== root.parentElement; level++, el = el.parentElement) {
      if (seen.has(el)) break;
      const text = textUpTo(el, MAX_PRICE_TEXT);
      if (text === null) {
        if (level === 0 && leadsWithPrice(el, node)) {
          seen.add(el);
          found.push(el);
        }
        break;
      }
      if (looksLikePrice(text)) {
        // A block whose other child is a price of its own ("100 g" beside "5.25 CHF") is not
        // one price in pieces: that child is found from its own text.
        if (level > 0 && holdsPricedChild(el, child)) break;
        seen.add(el);
        found.push(el);
        break;
      }
      child = el;
    }
  }
  return found;
}

/** Markup that hides its subtree from every reader: not drawn and not read aloud. */
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], .hidden, .d-none, .is-hidden';
const SHOW_ELEMENT_AND_TEXT = 1 | 4;

/**
 * The element's text without what its markup hides (image lists kept in a hidden span, a
 * template copy), white space collapsed, at most `max` characters read.
 */
export function shownTextOf(el: Element, budget: Budget, max = 300): string {
  if (el.childElementCount === 0) return textOf(el, budget, max);
  const filter = { acceptNode: (node: Node) => (node.nodeType === 1 && (SKIP_TEXT_OF.has((node as Element).tagName) || (node as Element).matches(HIDDEN)) ? 2 : 1) };
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT_AND_TEXT, filter as unknown as NodeFilter);
  let text = '';
  for (let node = walker.nextNode(); node && text.length <= max * 2 && budget.visit(); node = walker.nextNode()) {
    // Collapsed as it is read: indentation alone would fill the length bound before the words.
    if (node.nodeType !== 3) continue;
    const words = oneLine(node.nodeValue);
    if (words) text += ` ${words}`;
  }
  const shown = text.trim().slice(0, max);
  budget.read(shown.length);
  return shown;
}

export function isUsableHref(href: string | null): href is string {
  if (!href) return false;
  const h = href.trim().toLowerCase();
  return h.length > 0 && !h.startsWith('#') && !h.startsWith('javascript:') && !h.startsWith('mailto:') && !h.startsWith('tel:');
}

/** The first link to somewhere, found by the selector engine instead of listing every link. */
const USABLE_LINK =
  'a[href]:not([href=""]):not([href^="#"]):not([href^="javascript:" i]):not([href^="mailto:" i]):not([href^="tel:" i])';

export function hasLink(el: Element): boolean {
  if (el.tagName === 'A' && isUsableHref(el.getAttribute('href'))) return true;
  const first = el.querySelector(USABLE_LINK);
  if (!first) return false;
  if (isUsableHref(first.getAttribute('href'))) return true;
  // Rare: an href the selector let through but the check refuses (" #top"): look at the rest.
  for (const a of el.querySelectorAll('a[href]')) if (isUsableHref(a.getAttribute('href'))) return true;
  return false;
}

export function hasImage(el: Element): boolean {
  return el.querySelector('img, picture') !== null;
}

export function resolveUrl(href: string | null, pageUrl: string): string | null {
  if (!isUsableHref(href)) return null;
  try {
    const url = new URL(href, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function classTokens(el: Element): Set<string> {
  return new Set((el.getAttribute('class') ?? '').split(/\s+/).filter((t) => t.length > 0));
}

export function inDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : a === b ? 0 : 1));
}

export function safeQueryAll(root: ParentNode, selector: string | undefined, max: number): Element[] {
  if (!selector) return [];
  try {
    return Array.from(root.querySelectorAll(selector)).slice(0, max);
  } catch {
    return [];
  }
}

export function safeQuery(root: ParentNode, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}
