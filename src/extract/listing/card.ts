/**
 * Reads one product card: title, link, price, prior price, promotions and the specs its
 * title carries. Adapter selectors get the first say per field; the generic reading follows.
 */
import { isCurrencyCode } from '../../core/currencies.ts';
import { isPriceRange, parsePrice } from '../../core/price.ts';
import type { Budget } from '../budget.ts';
import { clean, scanPromotions } from '../promotions.ts';
import type { ListingSelectors } from '../sites/types.ts';
import type { ListingItem, Money, PriorPrice, Promotion } from '../../contract/analysis.ts';
import { isFromPriceLabel, isLowest30dLabel, isPriorPriceLabel, normalise, promotionTypesOf } from '../words/index.ts';
import { holdsPrice, isUsableHref, looksLikePrice, oneLine, priceElements, resolveUrl, safeQuery, safeQueryAll, shownTextOf, textOf } from './dom.ts';
import { TWO_LETTERS } from '../../core/letters.ts';
import { priceText } from '../product/visible-price.ts';
import { classWords } from '../product/dom.ts';
import { PRIOR_PRICE_CLASS } from '../product/words.ts';


const MAX_TITLE = 300;
/** The longest brand read in front of a name. */
const MAX_BRAND = 40;
/** Where a card's title sits, most telling first. */
const TITLE_SELECTORS = [
  'h2, h3, h4, h5, [role="heading"]',
  '[itemprop="name"]',
  '[class*="title" i], [class*="name" i], [data-test*="title" i], [data-testid*="title" i], [data-testid*="name" i]',
  // A card's own header, for markup whose class names say nothing ("sc-1f9ti8e-0").
  'header',
];
/** Classes of the lines printed beside a product's name: its brand, maker, seller or category. */
const ASIDE_NAME = /brand|manufacturer|vendor|seller|category|categories|kategorie/i;
const STRUCK = 's, del, strike, [data-a-strike="true"], [style*="line-through" i]';
const SCREEN_READER = '[class*="offscreen" i], [class*="sr-only" i], [class*="visually-hidden" i]';

export interface CardContext {
  pageUrl: string;
  position: number;
  shelf: string | null;
  budget: Budget;
  selectors?: ListingSelectors | undefined;
  /** Promotions of the shelf as a whole ("Sponsored" over a carousel) that hold for each card. */
  shared?: Promotion[];
}

/** The alternative text of the first image in `root` that has one. */
function altOf(root: Element): string {
  return oneLine(root.querySelector('img[alt]')?.getAttribute('alt'));
}

/** The shortest alt text taken for a product's name: "image", "photo 1" name nothing. */
const MIN_NAMING_ALT = 8;
/** Images of a card whose alt is read for its name, at most. */
const MAX_ALTS = 4;

/** Lines of a card-wide link read for its name, at most; controls inside it are no name. */
const MAX_LINES = 200;
const NOT_A_NAME = 'button, label, select, option, script, style, svg';

/** The text lines of `root`: each element's own text, in page order, controls left out. */
function linesOf(root: Element, budget: Budget): { text: string; el: Element }[] {
  const lines: { text: string; el: Element }[] = [];
  // A control's words say what it does, not what the card sells: its subtree is rejected whole.
  const filter = { acceptNode: (el: Element) => (el.matches(NOT_A_NAME) ? 2 : 1) };
  const walker = root.ownerDocument.createTreeWalker(root, 1, filter as unknown as NodeFilter);
  for (let el = walker.nextNode() as Element | null; el && lines.length < MAX_LINES && budget.visit(); el = walker.nextNode() as Element | null) {
    const own = [...el.childNodes].filter((c) => c.nodeType === 3).map((c) => c.nodeValue ?? '').join(' ');
    const text = oneLine(own);
    if (text) lines.push({ text, el });
  }
  return lines;
}

/**
 * A link around the whole card (image, name, rating, specs and price in one anchor) is no
 * name: its name is the line inside it that the link's own title or the image's alt repeats,
 * or else its first line of words that is neither a price nor a promotion. Null when the link
 * holds no price.
 */
function nameInWideLink(link: Element, ctx: CardContext): { text: string; el: Element } | null {
  const lines = linesOf(link, ctx.budget);
  if (!lines.some((line) => looksLikePrice(line.text))) return null;
  for (const said of [oneLine(link.getAttribute('title')).toLowerCase(), altOf(link).toLowerCase()]) {
    const named = said ? lines.find((line) => line.text.toLowerCase() === said) : undefined;
    if (named) return named;
  }
  return lines.find((line) => line.text.length >= 8 && TWO_LETTERS.test(line.text) && !looksLikePrice(line.text) && promotionTypesOf(normalise(line.text)).length === 0) ?? null;
}

/** Text nodes looked at after a name line for the line under it. */
const NEXT_LINE_NODES = 40;

/**
 * A name printed over two lines ("MICKE" over "Work station"): the line under the name
 * element is part of the name when the product picture's alt says both in a row. Without
 * that the line under a name is a subtitle, a rating or a size, and is left out.
 */
function withNextLine(text: string, el: Element, card: Element, budget: Budget): string {
  const alt = altOf(card);
  if (alt.length <= text.length || !alt.toLowerCase().startsWith(`${text.toLowerCase()} `)) return text;
  const rest = alt.slice(text.length).trim().toLowerCase();
  const walker = card.ownerDocument.createTreeWalker(card, 4);
  for (let node = walker.nextNode(), n = 0; node && n < NEXT_LINE_NODES && budget.visit(); node = walker.nextNode(), n++) {
    if (el.contains(node) || !(el.compareDocumentPosition(node) & 4)) continue;
    const line = oneLine(node.nodeValue);
    if (!line) continue;
    return TWO_LETTERS.test(line) && !looksLikePrice(line) && rest.startsWith(line.toLowerCase()) ? `${text} ${line}`.slice(0, MAX_TITLE) : text;
  }
  return text;
}

/** Elements that run on in one line of text, as a brand and a name printed side by side. */
const INLINE = new Set(['SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL']);
const BRAND_CLASS = /brand|manufacturer/i;

/**
 * The name with the brand printed right before it on the same line ("<span class=brand>BOSCH</span>
 * <span class=title>Heißluftfritteuse …</span>"): the card's name line says both. A brand on a
 * line of its own over the name (a block) is not part of the name.
 */
function withBrand(text: string, el: Element, budget: Budget): string {
  const brand = el.previousElementSibling;
  if (!brand || !INLINE.has(el.tagName) || !INLINE.has(brand.tagName) || !BRAND_CLASS.test(brand.getAttribute('class') ?? '')) return text;
  const said = textOf(brand, budget, MAX_BRAND + 1);
  if (!said || said.length > MAX_BRAND || looksLikePrice(said) || text.toLowerCase().startsWith(said.toLowerCase())) return text;
  return `${said} ${text}`.slice(0, MAX_TITLE);
}

function titleOf(card: Element, ctx: CardContext): { text: string; el: Element | null } {
  const picked = safeQuery(card, ctx.selectors?.title);
  if (picked) return { text: textOf(picked, ctx.budget, MAX_TITLE), el: picked };
  for (const selector of TITLE_SELECTORS) {
    for (const el of safeQueryAll(card, selector, 20)) {
      const text = textOf(el, ctx.budget, MAX_TITLE);
      if (text.length < 3 || text.length >= MAX_TITLE || looksLikePrice(text)) continue;
      // A block of lines with a price among them is the price box ("lh-title" is a line height).
      if (el.childElementCount > 0 && holdsPrice(text)) continue;
      // The brand or category line over the name ("HDX", "Carte graphique") is not the name.
      if (ASIDE_NAME.test(el.getAttribute('class') ?? '') || /^(brand|category|manufacturer)$/i.test(el.getAttribute('itemprop') ?? '')) continue;
      if (text.length > 30 || promotionTypesOf(normalise(text)).length === 0) return { text: withBrand(withNextLine(text, el, card, ctx.budget), el, ctx.budget), el };
    }
  }
  let best: { text: string; el: Element | null } = { text: '', el: null };
  // The picture's alt names the product: the shortest link that says it is the name link.
  // A card's first image may be a sticker ("HK_COM_WK5_PAYIN3"): each of its first few counts.
  const alts = safeQueryAll(card, 'img[alt]', MAX_ALTS)
    .map((img) => oneLine(img.getAttribute('alt')).toLowerCase())
    .filter((alt) => alt.length >= MIN_NAMING_ALT);
  let named: { text: string; el: Element } | null = null;
  for (const a of safeQueryAll(card, 'a[href]', 30)) {
    // A control drawn as a link ("Save to list", href="#") names no product.
    if (!isUsableHref(a.getAttribute('href'))) continue;
    const text = shownTextOf(a, ctx.budget, MAX_TITLE);
    if (looksLikePrice(text)) continue;
    if (text.length > best.text.length) best = { text, el: a };
    // A link around the whole card says the alt too, among its prices: nameInWideLink reads that one.
    if (alts.length === 0 || text.length >= MAX_TITLE || (named && text.length >= named.text.length) || holdsPrice(text)) continue;
    const lower = text.toLowerCase();
    if (alts.some((alt) => lower.includes(alt))) named = { text, el: a };
  }
  if (named) return named;
  const inner = best.el && best.text.length >= 8 ? nameInWideLink(best.el, ctx) : null;
  if (inner) return { text: inner.text.slice(0, MAX_TITLE), el: inner.el };
  if (best.text.length >= 8) return best;
  return { text: altOf(card).slice(0, MAX_TITLE), el: null };
}

function linkOf(card: Element, title: Element | null, ctx: CardContext): string | null {
  const picked = safeQuery(card, ctx.selectors?.link);
  if (picked) return resolveUrl(picked.getAttribute('href'), ctx.pageUrl);
  const around = title?.closest('a[href]') ?? title?.querySelector('a[href]');
  if (around && card.contains(around)) return resolveUrl(around.getAttribute('href'), ctx.pageUrl);
  if (card.tagName === 'A') return resolveUrl(card.getAttribute('href'), ctx.pageUrl);
  for (const a of safeQueryAll(card, 'a[href]', 30)) {
    if (isUsableHref(a.getAttribute('href'))) return resolveUrl(a.getAttribute('href'), ctx.pageUrl);
  }
  return null;
}

function amountIn(el: Element, budget: Budget): Money | null {
  const reader = el.matches(SCREEN_READER) ? el : el.querySelector(SCREEN_READER);
  // Cents set apart ("$19<span>97</span>") are read as the product page reads them.
  const text = reader && /\d/.test(reader.textContent ?? '') ? textOf(reader, budget, 80) : priceText(el).replace(/\s+/g, ' ').trim().slice(0, 80);
  budget.read(text.length);
  const parsed = parsePrice(clean(text));
  return parsed ? { amount: parsed.amount, currency: parsed.currency } : null;
}

const PRICE_IN_TEXT = /[-–]?\s*[$€£¥]?\s?\d[\d\s.,–-]*\s?(?:[$€£¥]|kr|zł|eur|usd)?/gi;

/** Where the first amount of a price's text starts, its currency sign with it. */
const FIRST_AMOUNT = /[$€£¥]?\s?\d/;

/** The last piece of text before `el` inside `box`: the words printed right in front of it. */
function textBefore(el: Element, box: Element, budget: Budget): string {
  const walker = box.ownerDocument.createTreeWalker(box, 4);
  let last = '';
  for (let node = walker.nextNode(), n = 0; node && n < 200; node = walker.nextNode(), n++) {
    if (el.contains(node) || !budget.visit()) break;
    const text = (node.nodeValue ?? '').trim();
    if (text) last = text;
  }
  return last;
}

/** The words of a price's own label, or else those printed right before it: "List: $34.99" gives "List". */
function labelBefore(el: Element, budget: Budget): string {
  // The currency code printed with the amount ("13.50 CHF", "CAD 95.74") is no label of it.
  const tidy = (t: string): string =>
    clean(t)
      .replace(PRICE_IN_TEXT, ' ')
      .split(/\s+/)
      .filter((word) => !isCurrencyCode(word))
      .join(' ')
      .replace(/[:\s]+$/, '')
      .trim();
  const text = textOf(el, budget, 100);
  // Words in front of the only amount are its label; a note after it ("(from 12/05 to 03/06)") is not.
  const amountAt = FIRST_AMOUNT.exec(text)?.index ?? 0;
  const lead = tidy(text.slice(0, amountAt));
  if (TWO_LETTERS.test(lead) && !holdsPrice(text.slice(amountAt + 1))) return lead.slice(0, 40);
  const own = tidy(text);
  if (TWO_LETTERS.test(own)) return own.slice(0, 40);
  let box: Element = el;
  for (let level = 0; level < 2 && box.parentElement; level++) {
    const parent: Element = box.parentElement;
    if (textOf(parent, budget, 200).length > 80) break;
    box = parent;
  }
  const before = box === el ? '' : tidy(textBefore(el, box, budget));
  return TWO_LETTERS.test(before) ? before.slice(-40).trim() : '';
}

/**
 * True when `el` or an ancestor inside the card is struck through, or named in its class as
 * the price paid before ("price-was", "oldPrice", "strikethrough"). Asked of the levels inside
 * the card only: the card's own classes name its template, not one of its prices.
 */
function struckWithin(el: Element, card: Element): boolean {
  for (let node: Element | null = el; node && node !== card; node = node.parentElement) {
    if (node.matches(STRUCK) || PRIOR_PRICE_CLASS.test(classWords(node, 0))) return true;
  }
  return card.matches(STRUCK);
}

/** Inside markup hidden from screen readers, below `card`: a drawn copy of a price ("$2<sup>78</sup>"). */
function hiddenFromReaders(el: Element, card: Element): boolean {
  for (let node: Element | null = el; node && node !== card.parentElement; node = node.parentElement) {
    if (node.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/**
 * The prices a screen reader reads, when the card also has them: a shop that draws a price in
 * pieces for the eye ("$" "2" "78", cents raised) and hides that from screen readers prints
 * the price whole beside it ("current price $2.78"), and the whole one is the one to read.
 */
function readablePrices(found: Element[], card: Element, labelOf: (el: Element) => string): Element[] {
  const read = found.filter((el) => !hiddenFromReaders(el, card));
  // Only when the readable ones hold a current price: a "Was $1199.99" alone is not one.
  const current = read.some((el) => !struckWithin(el, card) && !isPriorPriceLabel(labelOf(el)));
  return current ? read : found;
}

interface Prices {
  price: Money | null;
  priorPrice: PriorPrice | null;
}

/** Percent points by which a shop's rounding of a stated discount may miss the prices' own. */
const PERCENT_SLACK = 1;
/** Unlabelled prices of a card weighed against its price and its stated discount, at most. */
const MAX_PAIRED = 4;
/** Text nodes of a card read for a percentage off, at most, and the longest such statement. */
const MAX_CLAIM_NODES = 80;
const MAX_CLAIM = 30;
const PERCENT_OFF = /(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%/;

/** A discount the card states: a percentage off ("12% off", "-13 %") or an amount saved ("Save £50.00"). */
interface Claim {
  text: string;
  percent?: number;
  saved?: number;
}

/** The card's percentages off, each a short text of its own. */
function percentClaims(card: Element, budget: Budget): Claim[] {
  const claims: Claim[] = [];
  const walker = card.ownerDocument.createTreeWalker(card, 4);
  for (let node = walker.nextNode(), n = 0; node && n < MAX_CLAIM_NODES && budget.visit(); node = walker.nextNode(), n++) {
    const text = oneLine(node.nodeValue);
    const percent = text.length <= MAX_CLAIM ? PERCENT_OFF.exec(text) : null;
    if (percent && promotionTypesOf(normalise(text)).includes('discount')) claims.push({ text, percent: Number(percent[1]?.replace(',', '.')) });
  }
  return claims;
}

/**
 * The card's own statement of the discount that `higher` over `lower` comes to, if one does.
 * Two prices printed without a word or a strike between them are then told apart by the
 * card itself: the higher one is the price paid before.
 */
function statedDiscount(lower: Money, higher: Money, claims: readonly Claim[]): string | null {
  const off = higher.amount - lower.amount;
  if (off <= 0 || (lower.currency && higher.currency && lower.currency !== higher.currency)) return null;
  const percentOff = (100 * off) / higher.amount;
  const claim = claims.find((c) => (c.percent !== undefined ? Math.abs(percentOff - c.percent) < PERCENT_SLACK : c.saved !== undefined && Math.abs(c.saved - off) < 0.01));
  return claim?.text ?? null;
}

/** The words of an amount saved, its label with it ("Save £50.00"), or null when `el` is no such amount. */
function savingOf(el: Element, label: string, budget: Budget): string | null {
  const text = textOf(el, budget, MAX_CLAIM);
  const stated = text.includes(label) ? text : `${label} ${text}`;
  return promotionTypesOf(normalise(stated)).includes('discount') ? stated : null;
}

/** The card's price and an unlabelled other one, when the card's discount statement tells them apart. */
function pairByDiscount(out: Prices, unlabelled: Money[], claims: readonly Claim[]): void {
  const price = out.price;
  if (!price) return;
  for (const other of unlabelled) {
    if (other === price) continue;
    const [lower, higher] = other.amount < price.amount ? [other, price] : [price, other];
    const claim = statedDiscount(lower, higher, claims);
    if (!claim) continue;
    out.price = lower;
    out.priorPrice = { ...higher, label: claim };
    return;
  }
}

/** Characters read for the other end of a range, and the pieces after a price that may hold it. */
const MAX_RANGE_TEXT = 80;
const RANGE_PIECES = 2;

/**
 * True when the price at `el` is one end of a range ("$6.79 to $9.48"): in its own text, or
 * with the pieces printed right after it (`<span>$6.79</span><span> to </span><span>$9.48</span>`).
 * The card then names no one price the shopper pays. A range printed elsewhere in the card
 * ("Options from $9.91 – $22.64" under "current price $9.91") leaves the price alone.
 */
function endOfRange(el: Element, card: Element, budget: Budget): boolean {
  let box = el;
  let text = textOf(box, budget, MAX_RANGE_TEXT);
  // The price's wrappers, each holding nothing but it, share its place in the line.
  for (let parent = box.parentElement; parent && parent !== card && textOf(parent, budget, MAX_RANGE_TEXT + 1) === text; parent = parent.parentElement) box = parent;
  let pieces = 0;
  for (let next = box.nextSibling; next && pieces < RANGE_PIECES && text.length <= MAX_RANGE_TEXT; next = next.nextSibling) {
    const piece = next.nodeType === 1 ? textOf(next as Element, budget, MAX_RANGE_TEXT) : next.nodeType === 3 ? (next.nodeValue ?? '').slice(0, MAX_RANGE_TEXT) : '';
    if (!piece.trim()) continue;
    text += ` ${piece}`;
    pieces++;
  }
  return isPriceRange(text.slice(0, 2 * MAX_RANGE_TEXT));
}

function pricesOf(card: Element, ctx: CardContext): Prices {
  const { budget, selectors } = ctx;
  const out: Prices = { price: null, priorPrice: null };
  const pickedPrice = safeQuery(card, selectors?.price);
  if (pickedPrice) out.price = amountIn(pickedPrice, budget);
  const pickedPrior = safeQuery(card, selectors?.priorPrice);
  if (pickedPrior) {
    const m = amountIn(pickedPrior, budget);
    if (m) out.priorPrice = { ...m, label: labelBefore(pickedPrior, budget) || 'struck-through' };
  }
  // Each price's label is read once, though both the choice of readable prices and the loop ask it.
  const labels = new Map<Element, string>();
  const labelOf = (el: Element): string => {
    let label = labels.get(el);
    if (label === undefined) labels.set(el, (label = labelBefore(el, budget)));
    return label;
  };
  const unlabelled: Money[] = [];
  const saved: Claim[] = [];
  let priceAt: Element | null = null;
  for (const el of readablePrices(priceElements(card, budget), card, labelOf).slice(0, 12)) {
    if (out.price && out.priorPrice) break;
    const label = labelOf(el);
    // Neither the 30-day-low statement nor a from-price (another offer's lowest) is this card's price.
    if (isLowest30dLabel(label) || isFromPriceLabel(label)) continue;
    const prior = struckWithin(el, card) || isPriorPriceLabel(label);
    // An amount saved ("Save £50.00", "Säästä <b>30,00 €</b>") is a discount statement, not a price.
    const stated = label && !prior ? savingOf(el, label, budget) : null;
    if (stated !== null) {
      const money = amountIn(el, budget);
      if (money) saved.push({ text: stated, saved: money.amount });
      continue;
    }
    const money = amountIn(el, budget);
    if (!money) continue;
    if (prior && !out.priorPrice) out.priorPrice = { ...money, label: label || 'struck-through' };
    else if (!prior && !out.price) {
      out.price = money;
      priceAt = el;
    }
    if (!prior && !label && unlabelled.length < MAX_PAIRED) unlabelled.push(money);
  }
  // A range ("$6.79 to $9.48", one price per option) is no price of the card; a struck price beside it stays.
  if (priceAt && endOfRange(priceAt, card, budget)) return { price: null, priorPrice: out.priorPrice };
  if (!out.priorPrice && unlabelled.some((money) => money !== out.price)) pairByDiscount(out, unlabelled, [...saved, ...percentClaims(card, budget)]);
  if (out.price && out.priorPrice && out.priorPrice.amount <= out.price.amount) out.priorPrice = null;
  return out;
}

function promotionsOf(card: Element, ctx: CardContext): Promotion[] {
  const place = ctx.shelf ? `card ${ctx.position} of shelf "${ctx.shelf.slice(0, 60)}"` : `card ${ctx.position}`;
  const own = scanPromotions(card, ctx.budget).map(({ promotion }) => ({ ...promotion, where: `${promotion.where ?? 'label'} on ${place}` }));
  for (const el of safeQueryAll(card, ctx.selectors?.badges, 10)) {
    const text = textOf(el, ctx.budget, 80);
    const types = promotionTypesOf(normalise(text));
    for (const type of types) {
      if (!own.some((p) => p.type === type && p.text === text)) own.push({ type, text, where: `badge on ${place}` });
    }
  }
  const sponsoredEl = safeQuery(card, ctx.selectors?.sponsored);
  if (sponsoredEl && !own.some((p) => p.type === 'sponsored')) {
    own.push({ type: 'sponsored', text: textOf(sponsoredEl, ctx.budget, 80) || 'sponsored', where: `label on ${place}` });
  }
  return [...own, ...(ctx.shared ?? [])];
}

export function readCard(card: Element, ctx: CardContext): ListingItem {
  const title = titleOf(card, ctx);
  const promotions = promotionsOf(card, ctx);
  return {
    title: title.text,
    url: linkOf(card, title.el, ctx),
    ...pricesOf(card, ctx),
    position: ctx.position,
    specs: [], // read from the title by src/core/interpret.ts
    promotions,
    sponsored: promotions.some((p) => p.type === 'sponsored'),
    shelf: ctx.shelf,
  };
}
