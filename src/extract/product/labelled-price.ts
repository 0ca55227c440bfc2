/**
 * The price printed after a price label ("Price:", "Preis", "特價") near the title, for
 * pages whose markup and class names say nothing (old table layouts, hand-made shops).
 * Walks forward from the title over a bounded number of text nodes; labels are data.
 */
import { parsePrice } from '../../core/price.ts';
import type { Budget } from '../budget.ts';
import type { Money } from '../../contract/analysis.ts';
import { classWords } from './dom.ts';
import { NOT_CURRENT_PRICE, PRICE_LABEL_WORDS, PRIOR_PRICE_LABELS } from './words.ts';
import { isFromPriceLabel } from '../words/index.ts';
import { TWO_LETTERS } from '../../core/letters.ts';

const MAX_TEXT_NODES = 150;
const MAX_LABEL_TEXT = 40;
const LOOK_AHEAD = 40;
const REGION_LEVELS = 6;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Both are matched against lower-cased text: with the `i` flag V8 compiles the case-folded
// alternatives anew on every page, which costs more than lower-casing a short label.
const PRICE_LABEL = new RegExp(`(${PRICE_LABEL_WORDS.map(escape).join('|')})`, 'u');
const PRIOR_LABEL = new RegExp(`(${[...PRIOR_PRICE_LABELS, '原價', '原价', '建議售價', '建议售价', '定價', '定价'].map(escape).join('|')})`, 'u');
const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION']);
const STRUCK = 'del, s, strike';

/** A number with a currency just before or after it ("$ 99", "294 元"); null when no amount names its currency. */
function amountWithCurrency(text: string): Money | null {
  const numbers = /\d(?:[\d.,'’\u00a0 ]*\d)?/g;
  for (let match = numbers.exec(text), guard = 0; match && guard < 8; match = numbers.exec(text), guard++) {
    const before = (/[^\d]{0,4}$/.exec(text.slice(0, match.index))?.[0] ?? '').trimStart();
    const after = (/^[^\d]{0,4}/.exec(text.slice(match.index + match[0].length))?.[0] ?? '').trimEnd();
    for (const piece of [`${before}${match[0]}`, `${match[0]}${after}`]) {
      const price = parsePrice(piece.trim());
      if (price?.currency && price.amount > 0) return { amount: price.amount, currency: price.currency };
    }
  }
  return null;
}

/** The title's surroundings: a few levels up from it, short of the body. */
function regionAround(title: Element): Element {
  let region: Element = title;
  for (let i = 0; i < REGION_LEVELS && region.parentElement && region.parentElement.tagName !== 'BODY'; i++) region = region.parentElement;
  return region;
}

export interface LabelledPrice {
  el: Element;
  price: Money;
}

/** The first current price after a price label, walking forward from the title within a few levels around it. */
export function labelledPrice(title: Element, budget: Budget): LabelledPrice | null {
  const region = regionAround(title);
  const doc = title.ownerDocument;
  const walker = doc.createTreeWalker(region, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = title;
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
    const parent = node.parentElement;
    if (!parent || SKIP_PARENTS.has(parent.tagName)) continue;
    const text = (node.nodeValue ?? '').trim();
    if (!text || text.length > MAX_LABEL_TEXT) continue;
    const lower = text.toLowerCase();
    const label = PRICE_LABEL.exec(lower);
    if (!label || PRIOR_LABEL.test(lower)) continue;
    // The label's own text after the word, then the next text nodes, up to a short window.
    let ahead = text.slice(label.index + label[0].length);
    let holder: Element = parent;
    const peek = doc.createTreeWalker(region, 4);
    peek.currentNode = node;
    for (let next = peek.nextNode(), i = 0; next && i < 6 && ahead.length < LOOK_AHEAD; next = peek.nextNode(), i++) {
      const el = next.parentElement;
      if (!el || SKIP_PARENTS.has(el.tagName) || el.closest(STRUCK) || NOT_CURRENT_PRICE.test(classWords(el, 1))) continue;
      if (/\d/.test(next.nodeValue ?? '') && !/\d/.test(ahead)) holder = el;
      ahead += ` ${(next.nodeValue ?? '').trim()}`;
    }
    const price = amountWithCurrency(ahead.slice(0, LOOK_AHEAD * 2));
    if (price) {
      budget.visit(visited);
      return { el: holder, price };
    }
  }
  budget.visit(visited);
  return null;
}

/** Text nodes after the title read for a price printed on its own, at most. */
const MAX_BARE_NODES = 60;
/** Currency codes ("EUR"), left out before looking for words beside an amount. */
const CODE = /\b[A-Z]{3}\b/gu;

/**
 * The price printed on its own right after the title ("<h1>…</h1><p>53,11 €</p>"), for pages
 * whose price box has no class or label that names it. Only the first amount with a currency
 * after the title is looked at: it must be the whole of its text, outside a link (a card's),
 * not struck through, and not set after a label of its own ("Shipping:", "from"). Counts and
 * ratings without a currency are passed over.
 */
export function pricePrintedAfter(title: Element, budget: Budget): LabelledPrice | null {
  const region = regionAround(title);
  const walker = title.ownerDocument.createTreeWalker(region, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = title;
  let before = '';
  let visited = 0;
  try {
    for (let node = walker.nextNode(); node && visited < MAX_BARE_NODES; node = walker.nextNode(), visited++) {
      const parent = node.parentElement;
      if (!parent || SKIP_PARENTS.has(parent.tagName) || title.contains(node)) continue;
      const text = (node.nodeValue ?? '').trim();
      if (!text) continue;
      const price = /\d/.test(text) && text.length <= MAX_LABEL_TEXT ? amountWithCurrency(text) : null;
      if (!price) {
        before = text;
        continue;
      }
      const alone = !TWO_LETTERS.test(text.replace(CODE, ''));
      const labelled = /:$/u.test(before) || isFromPriceLabel(before);
      const aside = parent.closest(`a[href], ${STRUCK}`) !== null || NOT_CURRENT_PRICE.test(classWords(parent, 1));
      return alone && !labelled && !aside ? { el: parent, price } : null;
    }
    return null;
  } finally {
    budget.visit(visited);
  }
}
