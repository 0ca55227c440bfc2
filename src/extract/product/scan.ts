/**
 * One bounded pass over the elements that have a class or id, sorting out what the visible
 * source needs: price-looking elements, buy buttons and availability boxes. A regex on
 * class/id per element is far cheaper than dozens of attribute-substring selectors on a
 * 100,000-node page.
 */
import type { Budget } from '../budget.ts';
import type { Steps } from '../steps.ts';
import { PRICE_CLASS_WORDS } from './words.ts';

const MAX_WALK = 40_000;
const MAX_PRICES = 600;
const MAX_OTHERS = 50;

const PRICE_HINT = new RegExp(PRICE_CLASS_WORDS.join('|'), 'i');
const BUY_HINT = /add-?to-?(cart|basket|bag)|addtocart|addtobasket|buy-?now|buy-?button|buybox-add/i;
const STOCK_HINT = /availability|stock/i;
/** What every hint above needs: one test rules out most elements before the three. */
const ANY_HINT = new RegExp(`${PRICE_CLASS_WORDS.join('|')}|add|buy|availability|stock`, 'i');
/** Elements marked by attributes rather than class words, found by the selector engine. */
const MARKED = '[itemprop="price"], [data-price], [itemprop="availability"], button[name*="add" i], input[name*="add" i]';

/**
 * A control's name that says "add" as a word ("add", "add-to-cart", "addToBasket"), not
 * inside another word: a newsletter box named "email_address" is no buy button.
 */
const ADD_NAME = /(?:^|[^a-z])add(?![a-z])|add[-_]?to/i;
/** Controls one presses: a button, or an input that submits; a text box is not pressed. */
const PRESSED_INPUTS = new Set(['submit', 'button', 'image']);

function isPressable(el: Element): boolean {
  if (el.tagName === 'BUTTON') return true;
  return el.tagName === 'INPUT' && PRESSED_INPUTS.has((el.getAttribute('type') ?? 'text').toLowerCase());
}

export interface PageScan {
  prices: Element[];
  buyButtons: Element[];
  stock: Element[];
  /** The walk stopped before the end of the page. */
  cut: boolean;
}

/** Elements looked at between two chances for the page to run. */
const ELEMENTS_PER_STEP = 1_500;

export function* scanPageSteps(doc: Document, budget: Budget): Steps<PageScan> {
  const scan: PageScan = { prices: [], buyButtons: [], stock: [], cut: false };
  const root = doc.body ?? doc.documentElement;
  if (!root) return scan;
  // Exact attribute matches and test ids are rare: the selector engine finds them at once, so
  // the loop below reads only class and id of each element (every DOM call costs in a fresh script).
  const marked = new Set(root.querySelectorAll(MARKED));
  const tested = new Set(root.querySelectorAll('[data-testid]'));
  // Every hint below is in a class, an id or a marked attribute: the selector engine leaves
  // out the many elements with none, in document order, faster than a walk asking each one.
  const hinted = root.querySelectorAll(`[class], [id], [data-testid], ${MARKED}`);
  let visited = 0;
  for (let i = 0; i < hinted.length; i++) {
    const node = hinted[i] as Element;
    if (++visited > MAX_WALK) {
      scan.cut = true;
      break;
    }
    if (visited % ELEMENTS_PER_STEP === 0) yield;
    const isTested = tested.size > 0 && tested.has(node);
    const hint = `${node.getAttribute('class') ?? ''} ${node.id}${isTested ? ` ${node.getAttribute('data-testid') ?? ''}` : ''}`;
    const isMarked = marked.size > 0 && marked.has(node);
    if (!isMarked && !ANY_HINT.test(hint)) continue;
    if (PRICE_HINT.test(hint) || (isMarked && (node.hasAttribute('data-price') || node.getAttribute('itemprop') === 'price'))) {
      if (scan.prices.length < MAX_PRICES) scan.prices.push(node);
      else scan.cut = true;
    }
    const name = isMarked && isPressable(node) ? (node.getAttribute('name') ?? '') : '';
    if ((BUY_HINT.test(hint) || ADD_NAME.test(name)) && scan.buyButtons.length < MAX_OTHERS) scan.buyButtons.push(node);
    if ((STOCK_HINT.test(hint) || (isMarked && node.getAttribute('itemprop') === 'availability')) && scan.stock.length < MAX_OTHERS) scan.stock.push(node);
  }
  budget.visit(Math.min(visited, MAX_WALK));
  return scan;
}
