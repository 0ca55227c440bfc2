/**
 * Listing pages: the product cards of the main result grid (from the site adapter when its
 * selectors match, else found generically, else from ItemList JSON-LD), the shelves kept
 * apart, and the items the shop pushes. Never throws; bounded by the budget.
 */
import type { Budget } from '../budget.ts';
import { scanPromotions } from '../promotions.ts';
import { adapterFor } from '../sites/index.ts';
import type { ListingSelectors } from '../sites/types.ts';
import type { Highlight, ListingItem, Promotion } from '../../contract/analysis.ts';
import { readCard } from './card.ts';
import { safeQueryAll } from './dom.ts';
import { findLayout, type Group } from './grid.ts';
import { highlightsOf, pinnedFirst } from './highlight.ts';
import { itemListItems } from './itemlist.ts';
import { runToEnd, type Steps } from '../steps.ts';

export interface ListingResult {
  items: ListingItem[];
  highlighted: Highlight[];
  /** Where the main grid came from, so the popup and the tests can tell adapter from generic. */
  source: 'adapter' | 'visible' | 'json-ld' | 'none';
}

const MAX_ADAPTER_CARDS = 3_000;
/** The shelf name of a lone item placed between the results in a template of its own. */
export const OTHER_PLACEMENT = 'Other placement';

/** Labels that hold for a whole shelf ("Sponsored" over a carousel), outside its cards. */
function shelfPromotions(group: Group, budget: Budget): Promotion[] {
  const cards = new Set(group.cards);
  return scanPromotions(group.root, budget, { skip: (el) => cards.has(el) }).map(({ promotion }) => ({
    ...promotion,
    where: `shelf heading "${(group.heading ?? '').slice(0, 60)}"`,
  }));
}

export interface ListingOptions {
  /** Items read at most, shelves included (a product page's shelves); no bound by default. */
  maxItems?: number;
}

function* readGroup(
  group: Group,
  shelf: string | null,
  pageUrl: string,
  budget: Budget,
  selectors?: ListingSelectors,
  room = Infinity,
): Steps<ListingItem[]> {
  if (room <= 0) return [];
  const shared = shelf === null ? [] : shelfPromotions(group, budget);
  const items: ListingItem[] = [];
  let kept = 0;
  for (const card of group.cards) {
    if (budget.exhausted || kept >= room) break;
    const item = readCard(card, { pageUrl, position: items.length + 1, shelf, budget, selectors, shared });
    items.push(item);
    if (item.title.length > 0) kept++;
    yield;
  }
  return items.filter((i) => i.title.length > 0);
}

/** A paid mark on this share of a grid of at least `UNIFORM_MIN` cards is on every card. */
const UNIFORM_SHARE = 0.9;
const UNIFORM_MIN = 8;

/**
 * A "Sponsored" mark that nearly every card of the grid carries tells no card apart: the
 * shop hides it on most of them by means the markup does not show (a font, the layout), and
 * calling every result paid would be wrong on most. No card of such a grid is called paid.
 */
function withoutUniformPaid(items: ListingItem[]): ListingItem[] {
  const main = items.filter((i) => i.shelf === null);
  const texts = new Map<string, number>();
  for (const item of main) {
    for (const text of new Set(item.promotions.filter((p) => p.type === 'sponsored').map((p) => p.text))) texts.set(text, (texts.get(text) ?? 0) + 1);
  }
  const [mark, count] = [...texts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (main.length < UNIFORM_MIN || count < main.length * UNIFORM_SHARE) return items;
  // The same word on the page's shelves and lone placements says as little there.
  return items.map((item) => {
    if (!item.promotions.some((p) => p.type === 'sponsored' && p.text === mark)) return item;
    const promotions = item.promotions.filter((p) => p.type !== 'sponsored' || p.text !== mark);
    return { ...item, promotions, sponsored: promotions.some((p) => p.type === 'sponsored') };
  });
}

function adapterCards(doc: Document, selectors: ListingSelectors): { main: Element[]; shelves: Group[] } {
  const shelfRoots = safeQueryAll(doc, selectors.shelf, 20);
  const inShelf = (el: Element): boolean => shelfRoots.some((s) => s.contains(el));
  const all = safeQueryAll(doc, selectors.card, MAX_ADAPTER_CARDS);
  const shelves = shelfRoots.map((root) => ({ container: root, root, cards: all.filter((c) => root.contains(c)), heading: null }));
  return { main: all.filter((c) => !inShelf(c)), shelves: shelves.filter((s) => s.cards.length > 0) };
}

function headingText(root: Element): string | null {
  const h = root.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  const text = h?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return text ? text.slice(0, 120) : null;
}

function* extract(doc: Document, url: string, budget: Budget, options: ListingOptions): Steps<ListingResult> {
  const max = options.maxItems ?? Infinity;
  const body = doc.body ?? doc.documentElement;
  const selectors = adapterFor(url)?.listing;
  const items: ListingItem[] = [];
  let source: ListingResult['source'] = 'none';
  let mainCards: Element[] = [];
  let shelves: Group[] = [];
  if (selectors) {
    const found = adapterCards(doc, selectors);
    if (found.main.length > 0) {
      source = 'adapter';
      mainCards = found.main;
      items.push(...(yield* readGroup({ container: body, root: body, cards: found.main, heading: null }, null, url, budget, selectors, max)));
      shelves = found.shelves.map((s) => ({ ...s, heading: headingText(s.root) ?? 'Recommendations' }));
    }
  }
  // The generic layout also runs beside an adapter: shelves and lone placements it finds
  // outside the adapter's cards still count.
  const layout = yield* findLayout(body, budget);
  const outsideAdapter = (el: Element): boolean => !mainCards.some((c) => c.contains(el) || el.contains(c));
  if (source === 'none' && layout.main) {
    source = 'visible';
    mainCards = layout.main.cards;
    items.push(...(yield* readGroup(layout.main, null, url, budget, undefined, max)));
  }
  if (shelves.length === 0) shelves = layout.shelves.filter((s) => outsideAdapter(s.container));
  for (const el of layout.placements) {
    if (outsideAdapter(el)) shelves.push({ container: el, root: el, cards: [el], heading: OTHER_PLACEMENT });
  }
  if (source === 'none') {
    const fromJson = itemListItems(doc, url, budget);
    if (fromJson.length > 0) {
      source = 'json-ld';
      items.push(...fromJson.slice(0, max));
    }
  }
  for (const shelf of shelves) {
    if (budget.exhausted) break;
    if (items.length >= max) break;
    items.push(...(yield* readGroup(shelf, shelf.heading ?? 'Other products', url, budget, selectors, max - items.length)));
  }
  const pinned = pinnedFirst(mainCards) && items[0]?.shelf === null ? 0 : null;
  const read = withoutUniformPaid(items);
  return { items: read, highlighted: highlightsOf(read, pinned), source };
}

/** The listing's items and the ones the shop pushes; empty on any failure. */
export function extractListing(doc: Document, url: string, budget: Budget, options: ListingOptions = {}): ListingResult {
  return runToEnd(extractListingSteps(doc, url, budget, options));
}

/** The same, as steps that let the page run between cards. */
export function* extractListingSteps(doc: Document, url: string, budget: Budget, options: ListingOptions = {}): Steps<ListingResult> {
  try {
    return yield* extract(doc, url, budget, options);
  } catch {
    return { items: [], highlighted: [], source: 'none' };
  }
}
