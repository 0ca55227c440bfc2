/**
 * Keeps a page analysis inside the contract's bounds before it leaves the content script, so
 * that one overlong address or text costs that field, never the whole report: addresses lose
 * their fragment and tracking parameters (then their query, then themselves), texts are cut
 * at a character boundary, lists at their bound, and a highlight keeps pointing at its card.
 */
import {
  CONTRACT_LIMITS,
  type Highlight,
  type ListingItem,
  type Money,
  type PageAnalysis,
  type PriorPrice,
  type Product,
  type Promotion,
  type Spec,
} from './analysis.ts';

const T = CONTRACT_LIMITS.text;

/** Query parameters that only say who sent the visit or which ad was clicked. */
const TRACKING_EXACT = new Set([
  'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'fbclid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'igshid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', '_ga', '_gl', 'srsltid', 'spm', 'scm',
  'pvid', 'algo_pvid', 'algo_expid', 'pd_rd_w', 'pd_rd_wg', 'pd_rd_r', 'pd_rd_i', 'pf_rd_p', 'pf_rd_r',
  'pf_rd_s', 'pf_rd_t', 'pf_rd_i', 'pf_rd_m', 'qid', 'sr', 'crid', 'sprefix', 'dib', 'dib_tag',
  'ref_', 'content-id', 'hash', 'trk', 'trkid', 'campaign_id', 'ad_id', 'adgroup_id', 'cmpid',
]);
const TRACKING_PREFIXES = ['utm_', 'pd_rd_', 'pf_rd_', 'mtm_', 'pk_', 'hsa_', 'ga_'];

const isTracking = (name: string): boolean => {
  const lower = name.toLowerCase();
  return TRACKING_EXACT.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
};

function paramName(part: string): string {
  const name = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * An address as the contract takes it: without fragment and tracking parameters; when still
 * too long, without its query; when even that is too long (or it is no URL), null.
 */
export function cleanUrl(raw: string, max: number = T.url): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.length <= max && !/\s/.test(raw) ? raw : null;
  }
  // A fragment is a place on the page, unless it is a single-page shop's route ("#/tv/123").
  if (!/^#[/!]/.test(url.hash)) url.hash = '';
  // The query is filtered as text: it keeps the shop's own encoding, and a Firefox content
  // script cannot iterate URLSearchParams (the sandbox's wrappers refuse it).
  if (url.search) {
    const kept = url.search.slice(1).split('&').filter((part) => part !== '' && !isTracking(paramName(part)));
    url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  }
  let out = url.href;
  if (out.length > max) {
    url.search = '';
    out = url.href;
  }
  return out.length <= max ? out : null;
}

/** At most `max` UTF-16 units, never ending inside a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}

const cutOrNull = (text: string | null, max: number): string | null => (text === null ? null : cut(text, max));

const fitAmount = (amount: number): boolean => Number.isFinite(amount) && amount >= 0 && amount <= CONTRACT_LIMITS.amount;
const fitMoney = (m: Money | null): Money | null => (m && fitAmount(m.amount) ? { amount: m.amount, currency: m.currency } : null);
const fitPrior = (m: PriorPrice | null): PriorPrice | null =>
  m && fitAmount(m.amount) ? { amount: m.amount, currency: m.currency, label: cut(m.label, T.priorLabel) } : null;

function fitSpec(spec: Spec): Spec {
  const value = typeof spec.value === 'string' ? cut(spec.value, T.specValue) : typeof spec.value === 'number' && !Number.isFinite(spec.value) ? null : spec.value;
  return {
    key: cutOrNull(spec.key, T.specKey),
    value,
    unit: cutOrNull(spec.unit, T.specUnit),
    label: cut(spec.label, T.specLabel),
    raw: cut(spec.raw, T.specRaw),
  };
}

function fitPromotion(p: Promotion): Promotion {
  const out: Promotion = { type: p.type, text: cut(p.text, T.promotion) };
  if (p.where !== undefined) out.where = cut(p.where, T.where);
  return out;
}

function fitProduct(p: Product): Product {
  return {
    ...p,
    name: cutOrNull(p.name, T.name),
    brand: cutOrNull(p.brand, T.brand),
    sku: cutOrNull(p.sku, T.sku),
    gtin: cutOrNull(p.gtin, T.gtin),
    mpn: cutOrNull(p.mpn, T.mpn),
    image: p.image === null ? null : cleanUrl(p.image),
    category: p.category.slice(0, CONTRACT_LIMITS.categories).map((c) => cut(c, T.category)),
    price: fitMoney(p.price),
    priorPrice: fitPrior(p.priorPrice),
    lowest30d: fitMoney(p.lowest30d),
    specs: p.specs.slice(0, CONTRACT_LIMITS.productSpecs).map(fitSpec),
    promotions: p.promotions.slice(0, CONTRACT_LIMITS.productPromotions).map(fitPromotion),
  };
}

function fitItem(item: ListingItem): ListingItem {
  return {
    title: cut(item.title, T.title),
    url: item.url === null ? null : cleanUrl(item.url),
    price: fitMoney(item.price),
    priorPrice: fitPrior(item.priorPrice),
    position: Math.min(Math.max(0, Math.trunc(item.position) || 0), CONTRACT_LIMITS.position),
    specs: item.specs.slice(0, CONTRACT_LIMITS.cardSpecs).map(fitSpec),
    promotions: item.promotions.slice(0, CONTRACT_LIMITS.cardPromotions).map(fitPromotion),
    sponsored: item.sponsored,
    shelf: cutOrNull(item.shelf, T.shelf),
  };
}

/** Items and the highlights into them, within `maxItems`; a highlight of a cut card goes with it. */
export function fitItems(items: ListingItem[], highlighted: Highlight[], maxItems: number): { items: ListingItem[]; highlighted: Highlight[] } {
  return {
    items: items.slice(0, maxItems).map(fitItem),
    highlighted: highlighted
      .filter((h) => h.index === -1 || (h.index >= 0 && h.index < maxItems))
      .slice(0, CONTRACT_LIMITS.highlights)
      .map((h) => ({ index: h.index, reasons: h.reasons.slice(0, CONTRACT_LIMITS.reasons).map((r) => cut(r, T.reason)) })),
  };
}

/** The page's own address as reported: like a card's, within the page bound, else its origin. */
export function cleanPageUrl(raw: string): string {
  const clean = cleanUrl(raw, T.pageUrl);
  if (clean !== null) return clean;
  try {
    return `${new URL(raw).origin}/`;
  } catch {
    return cut(raw, T.pageUrl);
  }
}

export function fitToContract(analysis: PageAnalysis): PageAnalysis {
  const { items, highlighted } = fitItems(analysis.items, analysis.highlighted, CONTRACT_LIMITS.items);
  const out: PageAnalysis = {
    url: cleanPageUrl(analysis.url),
    kind: analysis.kind,
    product: analysis.product ? fitProduct(analysis.product) : null,
    items,
    highlighted,
    partial: analysis.partial,
  };
  if (analysis.shelvesPending !== undefined) out.shelvesPending = analysis.shelvesPending;
  return out;
}
