/**
 * From a Document and its URL to a page analysis: the content script calls extractPage, the
 * Node tools analyzePage (analyze.ts), which is the same plus the meaning of spec rows. Sources run in order within one work budget; a page that trips
 * the budget or breaks a source still yields what was found, marked partial.
 */
import { Budget, DEFAULT_LIMITS, type BudgetLimits } from './budget.ts';
import { extractListingSteps, type ListingResult } from './listing/index.ts';
import { ActiveClock, runInSlices, runToEnd, type Steps } from './steps.ts';
import { clearlyProduct, isEditorial, pageKind } from './page-kind.ts';
import { fromAdapter } from './product/adapter.ts';
import { isEmpty } from './product/clues.ts';
import { fromJsonLd } from './product/jsonld.ts';
import { mergeClues, type SourceClues } from './product/merge.ts';
import { fromMicrodata } from './product/microdata.ts';
import { fromMetaTags } from './product/opengraph.ts';
import { fromRdfa } from './product/rdfa.ts';
import { fromVisibleSteps, type VisibleResult } from './product/visible.ts';
import { findProductPromotions } from './promotions.ts';
import { adapterFor } from './sites/index.ts';
import { siteOfHost } from '../core/shop.ts';
import { cleanPageUrl, fitItems, fitToContract } from '../contract/fit.ts';
import { CONTRACT_LIMITS, type Highlight, type ListingItem, type PageAnalysis } from '../contract/analysis.ts';

export interface AnalyzeOptions {
  /** Use the site adapter for the host (default true); the benchmark turns it off. */
  adapters?: boolean;
  limits?: Partial<BudgetLimits>;
  /** Clock for the budget, injected by tests. */
  now?: () => number;
  /**
   * When a clear product page's shelves of other products are read: with the rest (the
   * default, for the Node tools), or only when asked (`readShelvesInSlices`), as the content script
   * does, since the popup is the only place that shows them.
   */
  shelves?: 'now' | 'on-request';
}

/** Items of other products read on a product page: the first shelves' worth. */
export const PRODUCT_PAGE_ITEMS = 24;

function emptyAnalysis(url: string, partial: boolean): PageAnalysis {
  return { url: cleanPageUrl(url), kind: 'other', product: null, items: [], highlighted: [], partial };
}

/**
 * How many distinct products the richest markup source declares; 1 when the page names one
 * of them as its own (in its title or main heading), as a product page with marked-up
 * related products does, while a listing's per-card markup is named by no page heading.
 */
function ownProductOf(doc: Document, sources: string[][]): number {
  const names = sources.reduce((a, b) => (b.length > a.length ? b : a), []);
  if (names.length < 2) return names.length;
  const heading = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`.replace(/\s+/g, ' ').toLowerCase();
  return names.some((name) => name.length >= 6 && heading.includes(name)) ? 1 : names.length;
}

/**
 * Cards whose link leads to another site than the page's. None when the page's site cannot be
 * told: an unknown host, or a machine's own address (a saved page served from 127.0.0.1 keeps
 * its links to the shop it was saved from).
 */
function offsite(items: readonly ListingItem[], host: string): number {
  if (!host || host === 'localhost' || /^[\d.]+$|^\[|:/.test(host)) return 0;
  const site = siteOfHost(host);
  return items.filter((item) => item.url !== null && siteOfHost(hostOf(item.url)) !== site).length;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Runs one step; a step that throws counts as cut short rather than sinking the analysis. */
function attempt<T>(step: () => T, fallback: T, onFail: () => void): T {
  try {
    return step();
  } catch {
    onFail();
    return fallback;
  }
}

function* analyze(doc: Document, url: string, budget: Budget, options: AnalyzeOptions): Steps<PageAnalysis> {
  const useAdapters = options.adapters ?? true;
  let cut = false;
  const fail = () => {
    cut = true;
  };
  const sources: SourceClues[] = [];
  const adapter = useAdapters ? attempt(() => adapterFor(url), null, fail) : null;
  if (adapter) sources.push({ source: 'adapter', clues: attempt(() => fromAdapter(doc, adapter, budget), {}, fail) });
  const none = { clues: {}, isProduct: false, products: [] as string[], cut: false, types: [] as string[] };
  const jsonld = attempt(() => fromJsonLd(doc, url, budget), none, fail);
  yield;
  const microdata = budget.exhausted ? none : attempt(() => fromMicrodata(doc, url, budget), none, fail);
  const rdfa = budget.exhausted ? none : attempt(() => fromRdfa(doc, url, budget), none, fail);
  const meta = attempt(() => fromMetaTags(doc, url, budget), { opengraph: {}, meta: {}, ogType: null }, fail);
  yield;
  let visible: VisibleResult | null = null;
  if (!budget.exhausted) {
    try {
      visible = yield* fromVisibleSteps(doc, budget);
    } catch {
      fail();
    }
  }
  yield;
  sources.push(
    { source: 'json-ld', clues: jsonld.clues },
    { source: 'microdata', clues: microdata.clues },
    { source: 'rdfa', clues: rdfa.clues },
    { source: 'opengraph', clues: meta.opengraph },
    { source: 'meta', clues: meta.meta },
  );
  if (visible) sources.push({ source: 'visible', clues: visible.clues });
  // Caps of the product sources (too many scripts, prices or codes to read them all) leave the
  // product unread, not a listing's cards: they make a product's analysis partial only.
  const productCut = jsonld.cut || microdata.cut || rdfa.cut || (visible?.cut ?? false);

  const merged = mergeClues(
    sources.filter((s) => !isEmpty(s.clues)),
    { shownAmounts: visible?.shownAmounts ?? [], printed: visible?.printed ?? {} },
  );
  const signals = {
    host: hostOf(url),
    productMarkup: jsonld.isProduct || microdata.isProduct || rdfa.isProduct,
    markupProducts: ownProductOf(doc, [jsonld.products, microdata.products, rdfa.products]),
    types: meta.ogType ? [...jsonld.types, meta.ogType] : jsonld.types,
    hasName: merged.name !== null,
    hasPrice: merged.price !== null,
    hasIdentifier: merged.sku !== null || merged.gtin !== null,
    hasAvailability: merged.availability !== null,
    looksLikeProduct: visible?.looksLikeProduct ?? false,
    singleProduct: visible?.singleProduct ?? false,
  };
  const noListing: ListingResult = { items: [], highlighted: [], source: 'none' };
  let listing = noListing;
  const product = clearlyProduct(signals);
  // On a page that is a product page whatever else it shows, the other products' shelves are
  // the alternatives beside it, not its subject: read up to a bound, or later when asked.
  const shelvesLater = product && options.shelves === 'on-request';
  if (!budget.exhausted && !shelvesLater) {
    try {
      listing = yield* extractListingSteps(doc, url, budget, product ? SHELF_OPTIONS : {});
    } catch {
      fail();
    }
  }
  yield;
  const grid = listing.items.filter((item) => item.shelf === null);
  // Where the cards lead matters only on a page that calls itself an article or the like.
  const offsiteItems = isEditorial(signals.types) ? offsite(grid, signals.host) : 0;
  const kind = pageKind({ ...signals, gridItems: grid.length, offsiteItems });
  const partial = cut || budget.exhausted;
  if (kind === 'other') return emptyAnalysis(url, partial || productCut);
  // The work budget ran out before the page could be read whole, and only weak evidence says
  // product: the grid that would have made it a listing may be what went unread. Better to
  // say nothing of this page than to show a heading and a stray number as its product.
  if (kind === 'product' && budget.exhausted && !product) return emptyAnalysis(url, true);
  if (kind === 'listing') return { url, kind, product: null, items: listing.items, highlighted: listing.highlighted, partial };

  const area = visible?.area ?? doc.body;
  const promotions = area && !budget.exhausted ? attempt(() => findProductPromotions(area, budget), [], fail) : [];
  // The reasons are a summary (the promotions themselves travel with the product): bounded
  // as the worker's contract bounds them, or a page with many badges would be refused whole.
  const reasons = ['the product this page shows', ...promotions.map((p) => p.text)].slice(0, CONTRACT_LIMITS.reasons);
  // The page's own product first; the shelves' highlights after it, within the same bound.
  const highlighted = [{ index: -1, reasons }, ...listing.highlighted].slice(0, CONTRACT_LIMITS.highlights);
  return {
    url,
    kind,
    product: { ...merged, promotions },
    items: listing.items,
    highlighted,
    partial: partial || productCut || budget.exhausted,
    ...(shelvesLater ? { shelvesPending: true } : {}),
  };
}

const SHELF_OPTIONS = { maxItems: PRODUCT_PAGE_ITEMS };

/**
 * What the page shows, with spec rows as printed: the content script's part. Never throws.
 * `analyzePage` (analyze.ts) adds what the rows mean; the worker does the same on receipt.
 */
export function extractPage(doc: Document, url: string, options: AnalyzeOptions = {}): PageAnalysis {
  try {
    const budget = new Budget({ ...DEFAULT_LIMITS, ...options.limits }, options.now);
    return fitToContract(runToEnd(analyze(doc, url, budget, options)));
  } catch {
    return emptyAnalysis(url, true);
  }
}

/** What running in slices needs from the tab: the pause for the page and its clock. */
type SliceDeps = { sliceMs?: number; yieldToPage: () => Promise<void>; wall: () => number };

export interface SlicedExtraction {
  analysis: PageAnalysis;
  /** Main-thread time spent on it, without the pauses given to the page. */
  activeMs: number;
  slices: number;
  longestSliceMs: number;
}

/**
 * extractPage for the shop's tab: the same steps, run in slices of at most `sliceMs` with
 * the page's own tasks in between. The work budget counts only our own time.
 */
export async function extractPageInSlices(
  doc: Document,
  url: string,
  options: AnalyzeOptions & SliceDeps,
): Promise<SlicedExtraction> {
  const clock = new ActiveClock(options.wall);
  try {
    const budget = new Budget({ ...DEFAULT_LIMITS, ...options.limits }, clock.now);
    const result = await runInSlices(analyze(doc, url, budget, options), slicing(options, clock));
    return { analysis: fitToContract(result.value), activeMs: result.activeMs, slices: result.slices, longestSliceMs: result.longestSliceMs };
  } catch {
    return { analysis: emptyAnalysis(url, true), activeMs: 0, slices: 0, longestSliceMs: 0 };
  }
}

function slicing(options: SliceDeps, clock: ActiveClock) {
  return {
    sliceMs: options.sliceMs ?? 12,
    now: options.wall,
    yieldToPage: async () => {
      clock.pause();
      await options.yieldToPage();
      clock.resume();
    },
  };
}

/** A product page's shelves of other products, read when asked: the part `shelves: 'on-request'` left out. */
export interface Shelves {
  items: ListingItem[];
  /** Indices into `items`. */
  highlighted: Highlight[];
}

/** Reads the shelves in slices, as the analysis does; never throws (no shelves on failure). */
export async function readShelvesInSlices(
  doc: Document,
  url: string,
  options: Pick<AnalyzeOptions, 'limits'> & SliceDeps,
): Promise<{ shelves: Shelves; activeMs: number }> {
  const clock = new ActiveClock(options.wall);
  try {
    const budget = new Budget({ ...DEFAULT_LIMITS, ...options.limits }, clock.now);
    const result = await runInSlices(extractListingSteps(doc, url, budget, SHELF_OPTIONS), slicing(options, clock));
    const shelves = fitItems(result.value.items, result.value.highlighted, CONTRACT_LIMITS.shelfItems);
    return { shelves, activeMs: result.activeMs };
  } catch {
    return { shelves: { items: [], highlighted: [] }, activeMs: 0 };
  }
}
